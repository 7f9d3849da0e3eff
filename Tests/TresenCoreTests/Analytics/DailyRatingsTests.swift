import Testing
import TresenCore
import TresenTestSupport

@Suite struct DailyRatingsTests {
  private func at(_ text: String) throws -> Timestamp { try #require(Timestamp(parsing: text)) }

  @Test func countsSatisfiedNeutralAndUnhappyPerDay() {
    var history = HistoryBuilder()
    history.rate([5, 4, 3, 2, 1], on: Fixtures.today)
    history.rate([5], on: Fixtures.today.adding(days: 2))
    history.add(.interaction(Interaction(channel: .phone, text: "ohne Bewertung")), at: Fixtures.at(13))
    let ratings = DailyRatings(history.ledger, calendar: BusinessCalendar())

    #expect(ratings[Fixtures.today] == RatingCounts(satisfied: 2, neutral: 1, unhappy: 2))
    // A day without ratings is a gap: no counts, no CSAT.
    let gap = ratings[Fixtures.today.adding(days: 1)]
    #expect(gap.n == 0 && gap.csat == nil && gap.interval == nil)
    let single = ratings[Fixtures.today.adding(days: 2)]
    #expect(single.n == 1 && single.csat == 1)
    #expect(ratings[Fixtures.today.adding(days: -100)] == .zero)
    #expect(ratings[Fixtures.today.adding(days: 100)] == .zero)
    #expect(ratings.firstDay == Fixtures.today)
    #expect(ratings.lastDay == Fixtures.today.adding(days: 2))
    #expect(ratings.total == RatingCounts(satisfied: 3, neutral: 1, unhappy: 2))
  }

  @Test func noRatingsAtAll() {
    let ratings = DailyRatings(events: [], calendar: BusinessCalendar())
    #expect(ratings.firstDay == nil && ratings.lastDay == nil)
    #expect(ratings.total == .zero)
    #expect(ratings[Fixtures.today] == .zero)
    #expect(ratings.total(from: Fixtures.today.adding(days: -7), through: Fixtures.today) == .zero)
  }

  @Test func aRatingAtHalfPastOneBelongsToThePreviousDayWhenTheDayStartsAtFour() {
    var history = HistoryBuilder()
    history.rate(5, at: Fixtures.at(22, 0))
    history.rate(2, at: Fixtures.at(1, 30, on: Fixtures.today.adding(days: 1)))
    history.rate(4, at: Fixtures.at(4, 0, on: Fixtures.today.adding(days: 1)))
    let bar = DailyRatings(history.ledger, calendar: BusinessCalendar(dayStartHour: 4))
    #expect(bar[Fixtures.today] == RatingCounts(satisfied: 1, unhappy: 1))
    #expect(bar[Fixtures.today.adding(days: 1)] == RatingCounts(satisfied: 1))

    let midnight = DailyRatings(history.ledger, calendar: BusinessCalendar())
    #expect(midnight[Fixtures.today] == RatingCounts(satisfied: 1))
    #expect(midnight[Fixtures.today.adding(days: 1)] == RatingCounts(satisfied: 1, unhappy: 1))
  }

  /// Clocks go back on Sunday 2026-10-25 at 03:00 (+02:00 → +01:00): 02:30 happens twice.
  /// Each rating keeps the day its own wall clock gives it, in history (instant) order.
  @Test func ratingsAroundTheEndOfSummerTimeKeepTheirWallClockDay() throws {
    var history = HistoryBuilder()
    history.rate(5, at: try at("2026-10-24T23:30:00.000+02:00"))
    history.rate(4, at: try at("2026-10-25T02:30:00.000+02:00"))
    history.rate(1, at: try at("2026-10-25T02:30:00.000+01:00"))
    history.rate(3, at: try at("2026-10-25T04:00:00.000+01:00"))
    history.rate(2, at: try at("2026-10-26T03:59:00.000+01:00"))

    let bar = DailyRatings(history.ledger, calendar: BusinessCalendar(dayStartHour: 4))
    #expect(bar[date(2026, 10, 24)] == RatingCounts(satisfied: 2, unhappy: 1))
    #expect(bar[date(2026, 10, 25)] == RatingCounts(neutral: 1, unhappy: 1))
    #expect(bar[date(2026, 10, 26)] == .zero)

    let midnight = DailyRatings(history.ledger, calendar: BusinessCalendar())
    #expect(midnight[date(2026, 10, 24)] == RatingCounts(satisfied: 1))
    #expect(midnight[date(2026, 10, 25)] == RatingCounts(satisfied: 1, neutral: 1, unhappy: 1))
    #expect(midnight[date(2026, 10, 26)] == RatingCounts(unhappy: 1))

    let week = SatisfactionTrend(bar, window: 7, days: 1, endingAt: date(2026, 10, 27))
    #expect(week.points.map(\.windowN) == [5])
    #expect(week.points.map(\.windowSatisfied) == [2])
  }

  @Test func anEarlierDayAfterALaterOneExtendsTheDaysBackwards() throws {
    // 00:30 at +00:00 is after 00:45 at +01:00 but lies on the day before.
    var history = HistoryBuilder()
    history.rate(5, at: try at("2026-11-24T00:45:00.000+01:00"))
    history.rate(1, at: try at("2026-11-23T23:50:00.000+00:00"))
    let ratings = DailyRatings(history.ledger, calendar: BusinessCalendar())
    #expect(ratings.firstDay == date(2026, 11, 23))
    #expect(ratings[date(2026, 11, 23)] == RatingCounts(unhappy: 1))
    #expect(ratings[date(2026, 11, 24)] == RatingCounts(satisfied: 1))
  }

  @Test func voidedRatingsAreNotCountedAndAmendedOnesCountWithTheirNewValue() {
    var history = HistoryBuilder()
    let mistake = history.rate(1, at: Fixtures.at(9))
    let kept = history.rate(5, at: Fixtures.at(10))
    history.void(mistake, at: Fixtures.at(11))
    history.add(
      .correction(Correction(target: kept.id, change: .amend(changes: .object([JSONMember("rating", 3)])))),
      at: Fixtures.at(12))
    let ratings = DailyRatings(history.ledger, calendar: BusinessCalendar())
    #expect(ratings[Fixtures.today] == RatingCounts(neutral: 1))
    // The raw stored events would still count the mistake.
    #expect(DailyRatings(events: history.events, calendar: BusinessCalendar())[Fixtures.today].n == 2)
  }

  @Test func complaintResolutionRatingsAreCounted() {
    var history = HistoryBuilder()
    let opened = history.add(.complaintOpened(ComplaintOpened(text: "Kaffee kalt")), at: Fixtures.at(9))
    let unrated = history.add(.complaintOpened(ComplaintOpened(text: "Laut")), at: Fixtures.at(9, 30))
    history.add(
      .complaintUpdate(ComplaintUpdate(complaint: opened.id, change: .resolved(outcome: .comp, text: nil, rating: 2))),
      at: Fixtures.at(10))
    history.add(
      .complaintUpdate(
        ComplaintUpdate(complaint: unrated.id, change: .resolved(outcome: .apology, text: nil, rating: nil))),
      at: Fixtures.at(10, 30))
    history.rate(4, at: Fixtures.at(11))
    let ratings = DailyRatings(history.ledger, calendar: BusinessCalendar())
    #expect(ratings[Fixtures.today] == RatingCounts(satisfied: 1, unhappy: 1))
  }

  @Test func everyRatingLandsOnTheDayTheCalendarGivesIt() {
    var random = SeededRandom(seed: 5)
    var history = HistoryBuilder()
    var time = Fixtures.at(0, on: date(2026, 3, 1))
    var stamps: [(Timestamp, Int)] = []
    for _ in 0..<1000 {
      time = time.adding(milliseconds: Int64.random(in: 0..<20_000_000, using: &random))
      let stamp = Timestamp(millis: time.millis, offsetSeconds: [3600, 7200, 0].randomElement(using: &random) ?? 0)
      let rating = Int.random(in: 1...5, using: &random)
      history.rate(rating, at: stamp)
      stamps.append((stamp, rating))
    }
    for calendar in [BusinessCalendar(), BusinessCalendar(dayStartHour: 4), BusinessCalendar(dayStartHour: 23)] {
      var expected: [LocalDate: RatingCounts] = [:]
      for (stamp, rating) in stamps { expected[calendar.day(of: stamp), default: .zero].add(rating: rating) }
      let ratings = DailyRatings(history.ledger, calendar: calendar)
      for (day, counts) in expected { #expect(ratings[day] == counts, "\(day)") }
      #expect(ratings.total.n == 1000)
      #expect(ratings.firstDay == expected.keys.min() && ratings.lastDay == expected.keys.max())
    }
  }
}
