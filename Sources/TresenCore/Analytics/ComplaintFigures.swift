/// The complaint figures of the reports: how many are open, how old they are, how fast
/// complaints get resolved, and how many wait past their follow-up date.
///
/// "Open" means not resolved now: open or waiting, in the complaints' current state (opened by
/// the range's last day, aged to that day). Resolution times are those of
/// complaints whose (last) resolution falls on a business day of the range, measured from the
/// opening to that resolution, reopened time included.
///
///     let figures = ComplaintFigures(ledger, from: start, through: today, calendar: calendar)
///     figures.medianResolutionHours  // e.g. 26.5
public struct ComplaintFigures: Sendable, Hashable {
  /// Complaints not resolved (open or waiting).
  public var open: Int
  /// Of those, how many are waiting.
  public var waiting: Int
  /// Of the waiting ones, how many are past their `until` date.
  public var overdue: Int
  /// The median age in business days of the complaints not resolved; `nil` without any.
  public var medianAgeDays: Double?
  /// Complaints resolved within the range.
  public var resolved: Int
  /// The median hours from opening to resolution of those; `nil` without any.
  public var medianResolutionHours: Double?

  /// The figures for `first` through `last`: open complaints opened by `last` and aged to it,
  /// resolutions counted when they fall in the range.
  /// - Complexity: O(c log c) for c complaints.
  public init(_ ledger: Ledger, from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar) {
    var ages: [Double] = []
    var hours: [Double] = []
    var waiting = 0
    var overdue = 0
    for complaint in ledger.complaints.values {
      let opened = calendar.day(of: complaint.openedAt)
      if let resolvedAt = complaint.resolvedAt, complaint.state == .resolved {
        let day = calendar.day(of: resolvedAt)
        if first <= day && day <= last {
          hours.append(Double(resolvedAt.millis - complaint.openedAt.millis) / 3_600_000)
        }
        continue
      }
      // Complaints opened after the range did not exist yet on its last day.
      guard opened <= last else { continue }
      ages.append(Double(last.daysSinceEpoch - opened.daysSinceEpoch))
      if complaint.state == .waiting {
        waiting += 1
        if let until = complaint.waitingUntil, until < last { overdue += 1 }
      }
    }
    open = ages.count
    self.waiting = waiting
    self.overdue = overdue
    medianAgeDays = Self.median(ages)
    resolved = hours.count
    medianResolutionHours = Self.median(hours)
  }

  /// The middle value, or the mean of the two middle values; `nil` for no values.
  /// - Complexity: O(n log n).
  public static func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
