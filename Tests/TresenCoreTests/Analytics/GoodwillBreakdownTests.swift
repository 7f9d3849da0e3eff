import Testing
import TresenCore
import TresenTestSupport

@Suite struct GoodwillBreakdownTests {
  private let calendar = BusinessCalendar()

  private func events() -> [Event] {
    var history = HistoryBuilder()
    history.add(.comp(Comp(item: "Espresso", priceCents: 220, costCents: 40, purpose: .recovery)), at: Fixtures.at(9))
    history.add(.comp(Comp(item: "Kuchen", priceCents: 380, costCents: 120, purpose: .recovery)), at: Fixtures.at(10))
    history.add(.comp(Comp(item: "Keks", priceCents: 150, purpose: .marketing)), at: Fixtures.at(11))
    history.add(
      .refusal(Refusal(item: "Tasse", priceCents: 1200, costCents: 500, reason: .noReceipt)), at: Fixtures.at(12))
    history.add(
      .refusal(Refusal(item: "Kanne", priceCents: 3000, costCents: 1400, reason: .noReceipt, defect: .yes)),
      at: Fixtures.at(13))
    history.add(
      .comp(Comp(item: "Wasser", priceCents: 200, purpose: .staff)),
      at: Fixtures.at(9, on: Fixtures.today.adding(days: 1)))
    return history.ledger.events
  }

  @Test func compsByPurposeListEveryPurposeInOrder() {
    let shares = Goodwill.byPurpose(events(), from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    #expect(shares.map(\.key) == CompPurpose.allCases)
    let recovery = shares.first { $0.key == .recovery }?.goodwill
    #expect(recovery?.comps.count == 2)
    #expect(recovery?.comps.priceCents == 600)
    #expect(recovery?.comps.costCents == 160)
    #expect(recovery?.refusals.count == 0)
    #expect(shares.first { $0.key == .marketing }?.goodwill.comps.withoutCost == 1)
    #expect(shares.first { $0.key == .staff }?.goodwill.isEmpty == true)
  }

  @Test func refusalsByReasonCountDefectsApart() {
    let shares = Goodwill.byReason(events(), from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    #expect(shares.map(\.key) == RefusalReason.allCases)
    let noReceipt = shares.first { $0.key == .noReceipt }?.goodwill
    #expect(noReceipt?.refusals.count == 2)
    #expect(noReceipt?.refusals.priceCents == 4200)
    #expect(noReceipt?.refusals.costOfYesCents == 1900)
    #expect(noReceipt?.refusals.withDefect == 1)
    #expect(noReceipt?.comps.count == 0)
    #expect(shares.filter { !$0.goodwill.isEmpty }.count == 1)
  }

  @Test func aReversedRangeIsAllZeros() {
    let shares = Goodwill.byPurpose(
      events(), from: Fixtures.today, through: Fixtures.today.adding(days: -1), calendar: calendar)
    #expect(shares.allSatisfy { $0.goodwill.isEmpty })
  }
}
