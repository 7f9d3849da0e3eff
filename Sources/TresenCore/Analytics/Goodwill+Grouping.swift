/// Goodwill per day, ISO week or month, for the reports.
extension Goodwill {
  /// The goodwill of one period.
  public struct Group: Sendable, Hashable {
    /// The day, week or month.
    public var period: Period
    /// Its figures (zero when nothing happened: unlike ratings, no comps is a real zero).
    public var goodwill: Goodwill

    /// A group from its parts.
    public init(period: Period, goodwill: Goodwill) {
      self.period = period
      self.goodwill = goodwill
    }
  }

  /// The goodwill of business days `first` through `last`, one group per period of `kind`
  /// that overlaps them, oldest first, empty periods included. `events` are effective events in
  /// history order, such as `Ledger.events`.
  ///
  /// Periods at the edges count only their days inside the range: grouping 2026-11-25
  /// through 2026-12-02 by month gives 2026-11 (25th–30th) and 2026-12 (1st–2nd).
  ///
  ///     Goodwill.grouped(ledger.events, by: .week, from: start, through: today, calendar: calendar)
  /// - Complexity: O(log n + m + p) for n events, m of them around the range, and p periods.
  public static func grouped(
    _ events: [Event], by kind: Period.Kind, from first: LocalDate, through last: LocalDate,
    calendar: BusinessCalendar
  ) -> [Group] {
    let periods = Period.covering(from: first, through: last, kind: kind)
    guard !periods.isEmpty else { return [] }
    let firstDay = first.daysSinceEpoch
    let lastDay = last.daysSinceEpoch
    var totals = [Goodwill](repeating: Goodwill(), count: periods.count)
    for index in events.candidates(fromDay: firstDay, throughDay: lastDay) where events[index].isGoodwill {
      let day = calendar.dayNumber(of: events[index].at)
      guard firstDay <= day && day <= lastDay else { continue }
      totals[Period.index(ofDay: day, from: first, kind: kind)].add(events[index])
    }
    return zip(periods, totals).map { Group(period: $0, goodwill: $1) }
  }

  /// `grouped(_:by:from:through:calendar:)` over the ledger's effective events.
  /// - Complexity: O(n + p) for n events and p periods.
  public static func grouped(
    _ ledger: Ledger, by kind: Period.Kind, from first: LocalDate, through last: LocalDate,
    calendar: BusinessCalendar
  ) -> [Group] {
    grouped(ledger.events, by: kind, from: first, through: last, calendar: calendar)
  }
}
