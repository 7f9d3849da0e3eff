import Testing
import TresenCore
import TresenTestSupport

@Suite struct SatisfactionTrendTests {
  private let calendar = BusinessCalendar()

  private func ratings(_ days: [(LocalDate, [Int])]) -> DailyRatings {
    var history = HistoryBuilder()
    for (day, values) in days { history.rate(values, on: day) }
    return DailyRatings(history.ledger, calendar: calendar)
  }

  @Test func windowsArePooledNotAveraged() throws {
    // Day 1: 1 of 1 satisfied; day 2: 1 of 9. Pooled 2/10 = 20 %; the mean of 100 % and 11 % would be 55 %.
    let day1 = Fixtures.today.adding(days: -1)
    let ratings = ratings([(day1, [5]), (Fixtures.today, [4, 1, 1, 1, 2, 2, 3, 3, 3])])
    let trend = SatisfactionTrend(ratings, window: 2, days: 2, endingAt: Fixtures.today)
    let last = try #require(trend.points.last)
    #expect(last.windowSatisfied == 2 && last.windowN == 10)
    #expect(last.csat == 0.2)
    #expect(rounded(last.low) == 0.057 && rounded(last.high) == 0.510)
    #expect(last.day == RatingCounts(satisfied: 1, neutral: 3, unhappy: 5))
    #expect(trend.points.first?.csat == 1)
  }

  @Test func daysWithoutRatingsAreGapsAndSingleRatingsAreWide() {
    let ratings = ratings([(Fixtures.today.adding(days: -2), [5])])
    let daily = SatisfactionTrend(ratings, window: 1, days: 3, endingAt: Fixtures.today)
    #expect(daily.points.map(\.date) == [-2, -1, 0].map { Fixtures.today.adding(days: $0) })
    #expect(daily.points.map(\.windowN) == [1, 0, 0])
    #expect(daily.points.map(\.csat) == [1, nil, nil])
    #expect(daily.points.map { rounded($0.low) } == [0.207, nil, nil])
    #expect(daily.points.map(\.high) == [1, nil, nil])

    // Pooled over a week, the empty days neither count as zeros nor break the line.
    let weekly = SatisfactionTrend(ratings, window: 7, days: 3, endingAt: Fixtures.today)
    #expect(weekly.points.map(\.csat) == [1, 1, 1])
    #expect(weekly.points.map(\.windowN) == [1, 1, 1])
    #expect(weekly.points.map(\.day.n) == [1, 0, 0])
  }

  @Test func aWeekSpanningTheMonthEnd() {
    let ratings = ratings([
      (date(2026, 1, 24), [1]), (date(2026, 1, 29), [5]), (date(2026, 1, 31), [4, 5, 2]),
      (date(2026, 2, 1), [3]), (date(2026, 2, 3), [4]),
    ])
    let trend = SatisfactionTrend(ratings, window: 7, days: 5, endingAt: date(2026, 2, 4))
    #expect(
      trend.points.map(\.date.description) == ["2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04"])
    // 01-25…01-31: 3 of 4; the 1 on 01-24 has left the window.
    #expect(trend.points.map(\.windowSatisfied) == [3, 3, 3, 4, 4])
    #expect(trend.points.map(\.windowN) == [4, 5, 5, 6, 6])
    #expect(trend.point(on: date(2026, 2, 1))?.csat == 0.6)
    #expect(trend.point(on: date(2026, 2, 5)) == nil)
  }

  @Test func fourWeeksEndingOnTheFirstOfMarchStartOnTheSecondOfFebruary() throws {
    let ratings = ratings([(date(2026, 2, 1), [1]), (date(2026, 2, 2), [5]), (date(2026, 3, 1), [4])])
    let trend = SatisfactionTrend(ratings, window: 28, days: 1, endingAt: date(2026, 3, 1))
    let point = try #require(trend.points.first)
    #expect(point.window == RatingCounts(satisfied: 2))
    #expect(trend.change.current.days == date(2026, 2, 2)...date(2026, 3, 1))
    #expect(trend.change.previous.days == date(2026, 1, 5)...date(2026, 2, 1))
    #expect(trend.change.previous.counts == RatingCounts(unhappy: 1))
  }

  @Test func slidingMatchesSummingEachWindow() {
    var random = SeededRandom(seed: 7)
    var days: [(LocalDate, [Int])] = []
    for offset in 0..<120 where Int.random(in: 0..<3, using: &random) > 0 {
      let count = Int.random(in: 0..<6, using: &random)
      days.append(
        (Fixtures.today.adding(days: -offset), (0..<count).map { _ in Int.random(in: 1...5, using: &random) }))
    }
    let ratings = ratings(days)
    for window in [1, 7, 28] {
      let trend = SatisfactionTrend(ratings, window: window, days: 100, endingAt: Fixtures.today)
      #expect(trend.points.count == 100)
      for point in trend.points {
        let summed = ratings.total(from: point.date.adding(days: 1 - window), through: point.date)
        #expect(point.window == summed, "window \(window) on \(point.date)")
      }
    }
  }

  @Test func degenerateArguments() {
    let ratings = ratings([(Fixtures.today, [5])])
    #expect(SatisfactionTrend(ratings, window: 7, days: 0, endingAt: Fixtures.today).points.isEmpty)
    #expect(SatisfactionTrend(ratings, window: 7, days: -3, endingAt: Fixtures.today).points.isEmpty)
    let clamped = SatisfactionTrend(ratings, window: 0, days: 1, endingAt: Fixtures.today)
    #expect(clamped.window == 1 && clamped.points.map(\.windowN) == [1])
  }
}
