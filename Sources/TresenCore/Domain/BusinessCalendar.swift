/// Decides which business day an instant belongs to.
///
/// A bar's day does not end at midnight: with `dayStartHour` 4, a sale at 01:30 on the
/// 24th still belongs to the 23rd. Dates use the wall clock the event was recorded in.
public struct BusinessCalendar: Sendable, Hashable {
  /// The hour (0–23) at which a new business day begins.
  public var dayStartHour: Int

  public init(dayStartHour: Int = 0) {
    self.dayStartHour = max(0, min(23, dayStartHour))
  }

  /// The business day `timestamp` belongs to.
  public func day(of timestamp: Timestamp) -> LocalDate {
    timestamp.adding(milliseconds: -Int64(dayStartHour) * 3_600_000).localDate
  }

  /// The first instant of business day `date` in the UTC offset `offsetSeconds`.
  public func start(of date: LocalDate, offsetSeconds: Int) -> Timestamp {
    Timestamp(date: date, hour: dayStartHour, minute: 0, offsetSeconds: offsetSeconds)
  }
}
