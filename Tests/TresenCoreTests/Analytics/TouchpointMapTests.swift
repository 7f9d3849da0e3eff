import Testing
import TresenCore
import TresenTestSupport

@Suite struct TouchpointMapTests {
  private let calendar = BusinessCalendar(dayStartHour: 4)

  /// A day on several channels: counter interactions, a phone complaint resolved with a 2,
  /// an e-mail interaction, comps and a refusal (counted at the counter), and noise outside
  /// the range.
  static func history() -> HistoryBuilder {
    var history = HistoryBuilder()
    // In history order: the day before first, then the day, then 02:00 the next morning.
    history.add(
      .interaction(Interaction(channel: .chat, text: "Gestern", rating: 1)),
      at: Fixtures.at(12, on: Fixtures.today.adding(days: -1)))
    history.add(.interaction(Interaction(channel: .counter, text: "Lecker", rating: 5)), at: Fixtures.at(9))
    history.add(.interaction(Interaction(channel: .counter, text: "Okay", rating: 3)), at: Fixtures.at(9, 10))
    history.add(.interaction(Interaction(channel: .counter, text: "Frage")), at: Fixtures.at(9, 20))
    history.add(.interaction(Interaction(channel: .email, text: "Danke", rating: 4)), at: Fixtures.at(10))
    let complaint = history.add(
      .complaintOpened(ComplaintOpened(channel: .phone, text: "Torte kam nicht")), at: Fixtures.at(11))
    history.add(.comp(Comp(item: "Espresso", priceCents: 220, costCents: 40)), at: Fixtures.at(12))
    history.add(.refusal(Refusal(item: "Tasse", priceCents: 1200, reason: .used)), at: Fixtures.at(13))
    history.add(
      .complaintUpdate(
        ComplaintUpdate(complaint: complaint.id, change: .resolved(outcome: .apology, text: nil, rating: 2))),
      at: Fixtures.at(15))
    history.add(.complaintOpened(ComplaintOpened(channel: .phone, text: "Zu laut")), at: Fixtures.at(16))
    // Before 04:00: still today's business day.
    history.add(
      .interaction(Interaction(channel: .counter, text: "Spät", rating: 1)),
      at: Fixtures.at(2, on: Fixtures.today.adding(days: 1)))
    return history
  }

  @Test func countsEachChannelAndPutsCompsAndRefusalsAtTheCounter() throws {
    let map = TouchpointMap(Self.history().ledger, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    #expect(map.rows.map(\.channel) == Channel.allCases)
    let counter = try #require(map.rows.first { $0.channel == .counter })
    #expect(counter.interactions == 4)
    #expect(counter.ratings == RatingCounts(satisfied: 1, neutral: 1, unhappy: 1))
    #expect(counter.meanRating == 3)
    #expect(rounded(counter.csat) == 0.333)
    #expect(counter.comps == 1 && counter.refusals == 1 && counter.complaints == 0)
    #expect(counter.hurt == 2)

    let phone = try #require(map.rows.first { $0.channel == .phone })
    #expect(phone.interactions == 0 && phone.complaints == 2)
    #expect(phone.ratings == RatingCounts(unhappy: 1))
    #expect(phone.meanRating == 2 && phone.csat == 0)
    #expect(phone.hurt == 3)

    let email = try #require(map.rows.first { $0.channel == .email })
    #expect(email.csat == 1 && email.hurt == 0)
    #expect(map.rows.first { $0.channel == .chat }?.isEmpty == true)
  }

  @Test func theChannelThatHurtsMostComesFirst() {
    let map = TouchpointMap(Self.history().ledger, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    #expect(map.byHurt.map(\.channel) == [.phone, .counter, .email])
  }

  @Test func anEmptyOrReversedRangeHasOnlyEmptyRows() {
    let ledger = Self.history().ledger
    let reversed = TouchpointMap(
      ledger, from: Fixtures.today, through: Fixtures.today.adding(days: -1), calendar: calendar)
    #expect(reversed.rows.allSatisfy { $0.isEmpty })
    #expect(reversed.byHurt.isEmpty)
    let before = Fixtures.today.adding(days: -5)
    #expect(TouchpointMap(ledger, from: before, through: before, calendar: calendar).byHurt.isEmpty)
  }
}
