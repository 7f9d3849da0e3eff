import Testing
import TresenCore
import TresenTestSupport

@Suite struct GoodwillTests {
  private let calendar = BusinessCalendar(dayStartHour: 4)

  /// A day of comps and refusals, one voided and one after midnight.
  private func history() -> HistoryBuilder {
    var history = HistoryBuilder()
    history.add(.comp(Comp(item: "Espresso", priceCents: 220, costCents: 40, purpose: .recovery)), at: Fixtures.at(9))
    history.add(.comp(Comp(item: "Keks", priceCents: 150, purpose: .marketing)), at: Fixtures.at(10))
    history.add(.comp(Comp(item: "Kuchen", priceCents: 380, costCents: 120, purpose: .recovery)), at: Fixtures.at(11))
    let mistake = history.add(.comp(Comp(item: "Torte", priceCents: 4500, costCents: 1500)), at: Fixtures.at(12))
    history.void(mistake, at: Fixtures.at(12, 5))
    history.add(
      .refusal(Refusal(item: "Tasse", priceCents: 1200, costCents: 500, reason: .noReceipt, defect: .no)),
      at: Fixtures.at(13))
    history.add(
      .refusal(Refusal(item: "Kanne", priceCents: 3000, costCents: 1400, reason: .used, defect: .yes)),
      at: Fixtures.at(14))
    history.rate(5, at: Fixtures.at(15))
    history.add(
      .refusal(Refusal(item: "Becher", priceCents: 800, reason: .noReceipt)),
      at: Fixtures.at(1, 30, on: Fixtures.today.adding(days: 1)))
    // The next business day.
    history.add(
      .comp(Comp(item: "Wasser", priceCents: 200, costCents: 10, purpose: .staff)),
      at: Fixtures.at(4, 0, on: Fixtures.today.adding(days: 1)))
    return history
  }

  @Test func aDayOfCompsAndRefusals() {
    let day = Goodwill(history().ledger.events, from: Fixtures.today, through: Fixtures.today, calendar: calendar)

    var comps = Goodwill.Comps()
    comps.count = 3
    comps.priceCents = 220 + 150 + 380
    comps.costCents = 40 + 120
    comps.withoutCost = 1
    comps.byPurpose = [.recovery: 2, .marketing: 1]
    #expect(day.comps == comps)

    var refusals = Goodwill.Refusals()
    refusals.count = 3
    refusals.priceCents = 1200 + 3000 + 800
    refusals.costOfYesCents = 500 + 1400
    refusals.withoutCost = 1
    refusals.withDefect = 1
    refusals.byReason = [.noReceipt: 2, .used: 1]
    #expect(day.refusals == refusals)
    #expect(!day.isEmpty)
  }

  @Test func theRangeFollowsTheBusinessCalendar() {
    let events = history().ledger.events
    let midnight = Goodwill(events, from: Fixtures.today, through: Fixtures.today, calendar: BusinessCalendar())
    #expect(midnight.refusals.count == 2)
    let next = Goodwill(
      events, from: Fixtures.today.adding(days: 1), through: Fixtures.today.adding(days: 1), calendar: calendar)
    #expect(next.comps.byPurpose == [.staff: 1] && next.refusals.count == 0)
    #expect(
      Goodwill(events, from: Fixtures.today, through: Fixtures.today.adding(days: -1), calendar: calendar).isEmpty)
    // The voided Torte only counts when the raw events are passed.
    let raw = Goodwill(history().events, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    #expect(raw.comps.count == 4)
  }

  @Test func groupedByDayIncludesEmptyDays() {
    let groups = Goodwill.grouped(
      history().ledger, by: .day, from: Fixtures.today.adding(days: -1), through: Fixtures.today.adding(days: 1),
      calendar: calendar)
    #expect(groups.map(\.period.description) == ["2026-11-22", "2026-11-23", "2026-11-24"])
    #expect(groups.map(\.goodwill.comps.count) == [0, 3, 1])
    #expect(groups.map(\.goodwill.refusals.count) == [0, 3, 0])
  }

  @Test func groupedByISOWeekAcrossTheNewYear() {
    var history = HistoryBuilder()
    for (offset, cents) in [(0, 100), (4, 200), (5, 400), (12, 800)] {
      history.add(
        .comp(Comp(item: "Kaffee", priceCents: Int64(cents))),
        at: Fixtures.at(12, on: date(2026, 12, 27).adding(days: offset)))
    }
    // Sunday 2026-12-27 … Friday 2027-01-08.
    let groups = Goodwill.grouped(
      history.ledger, by: .week, from: date(2026, 12, 27), through: date(2027, 1, 8), calendar: calendar)
    #expect(groups.map(\.period.description) == ["2026-W52", "2026-W53", "2027-W01"])
    #expect(groups.map(\.goodwill.comps.priceCents) == [100, 600, 800])
    #expect(groups.first?.period.days == date(2026, 12, 21)...date(2026, 12, 27))
  }

  @Test func groupedByMonthCountsOnlyDaysInsideTheRange() {
    var history = HistoryBuilder()
    for day in [date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 30), date(2026, 12, 2), date(2026, 12, 3)] {
      history.add(.refusal(Refusal(item: "Schal", priceCents: 1000, costCents: 300)), at: Fixtures.at(12, on: day))
    }
    let groups = Goodwill.grouped(
      history.ledger, by: .month, from: date(2026, 11, 25), through: date(2026, 12, 2), calendar: calendar)
    #expect(groups.map(\.period.description) == ["2026-11", "2026-12"])
    #expect(groups.map(\.goodwill.refusals.count) == [2, 1])
    #expect(groups.map(\.goodwill.refusals.costOfYesCents) == [600, 300])
    #expect(
      Goodwill.grouped(
        history.ledger, by: .month, from: date(2026, 12, 2), through: date(2026, 11, 25), calendar: calendar
      ).isEmpty)
  }

  @Test func rangesOfALongHistoryMatchFilteringEveryEvent() {
    var random = SeededRandom(seed: 11)
    var history = HistoryBuilder()
    var time = Fixtures.at(0, on: date(2026, 1, 1))
    for _ in 0..<2000 {
      time = time.adding(milliseconds: Int64.random(in: 0..<9_000_000, using: &random))
      // Summer and winter time, and the odd event from abroad.
      let stamp = Timestamp(
        millis: time.millis, offsetSeconds: [3600, 7200, -18000].randomElement(using: &random) ?? 0)
      if Bool.random(using: &random) {
        history.add(.comp(Comp(item: "Keks", priceCents: Int64.random(in: 1...500, using: &random))), at: stamp)
      } else {
        history.add(.refusal(Refusal(item: "Tasse", priceCents: 1000, costCents: 400)), at: stamp)
      }
    }
    let events = history.ledger.events
    for (start, length) in [(0, 1), (3, 7), (40, 31), (150, 400), (-5, 10)] {
      let first = date(2026, 1, 1).adding(days: start)
      let last = first.adding(days: length - 1)
      var expected = Goodwill()
      for event in events where (first...last).contains(calendar.day(of: event.at)) { expected.add(event) }
      #expect(Goodwill(events, from: first, through: last, calendar: calendar) == expected, "\(first)…\(last)")
      let weeks = Goodwill.grouped(events, by: .week, from: first, through: last, calendar: calendar)
      #expect(weeks.map(\.goodwill.comps.priceCents).reduce(0, +) == expected.comps.priceCents)
      #expect(weeks.map(\.goodwill.refusals.count).reduce(0, +) == expected.refusals.count)
    }
  }
}
