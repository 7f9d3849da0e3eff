/// A day, an ISO week or a calendar month: the buckets reports group figures by.
///
///     Period(containing: today, kind: .week).description  // "2026-W48"
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// How long a period is.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// One business day.
    case day
    /// An ISO 8601 week, Monday to Sunday.
    case week
    /// A calendar month.
    case month
  }

  /// Day, week or month.
  public var kind: Kind
  /// Its first day.
  public var first: LocalDate
  /// Its last day.
  public var last: LocalDate

  /// The period of `kind` that holds `date`.
  public init(containing date: LocalDate, kind: Kind) {
    self.kind = kind
    switch kind {
    case .day:
      first = date
      last = date
    case .week:
      first = date.startOfISOWeek
      last = first.adding(days: 6)
    case .month:
      first = date
      first.day = 1
      last = date
      last.day = LocalDate.daysIn(month: date.month, year: date.year)
    }
  }

  /// The period right after this one.
  public var next: Period { Period(containing: last.adding(days: 1), kind: kind) }

  /// Its days.
  public var days: ClosedRange<LocalDate> { first...last }

  /// Whether `date` falls in it.
  public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

  /// The language-neutral key: `2026-11-23`, `2026-W48` or `2026-11`.
  public var description: String {
    switch kind {
    case .day: first.description
    case .week: first.isoWeekKey
    case .month: first.monthKey
    }
  }

  /// Earlier periods first; for equal starts the shorter one first.
  public static func < (lhs: Period, rhs: Period) -> Bool {
    (lhs.first, lhs.last) < (rhs.first, rhs.last)
  }

  /// The periods of `kind` that overlap `first` through `last`, oldest first.
  /// - Complexity: O(p) in the number of periods.
  public static func covering(from first: LocalDate, through last: LocalDate, kind: Kind) -> [Period] {
    guard first <= last else { return [] }
    var periods: [Period] = []
    var period = Period(containing: first, kind: kind)
    while period.first <= last {
      periods.append(period)
      period = period.next
    }
    return periods
  }

  /// The position of the period holding day `day` (days since 1970-01-01) among the periods
  /// of `kind` counted from the one holding `start`; negative when `day` is earlier.
  static func index(ofDay day: Int, from start: LocalDate, kind: Kind) -> Int {
    switch kind {
    case .day: return day - start.daysSinceEpoch
    case .week: return (day - LocalDate.weekdayOffset(day) - start.startOfISOWeek.daysSinceEpoch) / 7
    case .month:
      let date = LocalDate(daysSinceEpoch: day)
      return (date.year - start.year) * 12 + date.month - start.month
    }
  }
}
