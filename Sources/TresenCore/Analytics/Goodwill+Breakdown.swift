/// Goodwill per comp purpose and per refusal reason, for `tresen goodwill --by purpose|reason`.
extension Goodwill {
  /// The goodwill of one purpose or reason.
  public struct Share<Key: Sendable & Hashable>: Sendable, Hashable {
    /// The purpose (`CompPurpose`) or reason (`RefusalReason`).
    public var key: Key
    /// Its figures: comps of that purpose, or refusals for that reason.
    public var goodwill: Goodwill

    /// A share from its parts.
    public init(key: Key, goodwill: Goodwill) {
      self.key = key
      self.goodwill = goodwill
    }
  }

  /// The comps of business days `first` through `last`, one share per purpose in
  /// `CompPurpose.allCases` order, purposes without comps included (as zeros). Refusals have
  /// no purpose, so every share's `refusals` is empty.
  ///
  ///     Goodwill.byPurpose(ledger.events, from: start, through: today, calendar: calendar)
  /// - Complexity: O(log n + m) for n events of which m lie around the range.
  public static func byPurpose(
    _ events: [Event], from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar
  ) -> [Share<CompPurpose>] {
    var totals: [CompPurpose: Goodwill] = [:]
    forEachGoodwill(in: events, from: first, through: last, calendar: calendar) { event in
      if case .comp(let comp) = event.payload { totals[comp.purpose, default: Goodwill()].comps.add(comp) }
    }
    return CompPurpose.allCases.map { Share(key: $0, goodwill: totals[$0] ?? Goodwill()) }
  }

  /// The refused returns of business days `first` through `last`, one share per reason in
  /// `RefusalReason.allCases` order, reasons without refusals included (as zeros). Comps have
  /// no refusal reason, so every share's `comps` is empty.
  /// - Complexity: O(log n + m) for n events of which m lie around the range.
  public static func byReason(
    _ events: [Event], from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar
  ) -> [Share<RefusalReason>] {
    var totals: [RefusalReason: Goodwill] = [:]
    forEachGoodwill(in: events, from: first, through: last, calendar: calendar) { event in
      if case .refusal(let refusal) = event.payload {
        totals[refusal.reason, default: Goodwill()].refusals.add(refusal)
      }
    }
    return RefusalReason.allCases.map { Share(key: $0, goodwill: totals[$0] ?? Goodwill()) }
  }

  /// Calls `body` with each comp and refusal on business days `first` through `last`.
  private static func forEachGoodwill(
    in events: [Event], from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar,
    _ body: (Event) -> Void
  ) {
    let firstDay = first.daysSinceEpoch
    let lastDay = last.daysSinceEpoch
    guard firstDay <= lastDay else { return }
    for index in events.candidates(fromDay: firstDay, throughDay: lastDay) where events[index].isGoodwill {
      let day = calendar.dayNumber(of: events[index].at)
      if firstDay <= day && day <= lastDay { body(events[index]) }
    }
  }
}
