import Foundation

/// Writes realistic demo data for a café-bakery in Germany (`tresen demo`, `tresen --demo`).
///
/// Touchpoints at the counter and in the back office, complaints with their whole life cycle,
/// comps, refused returns, the odd void and amendment — in German and English, with regulars
/// who come back, prices that rise with the years and a satisfaction trend with a story
/// (see `DemoMood`). Events go through `LogWriter`, one batch per device and day (group
/// commit), in time order, none after `now`.
///
/// The same parameters give byte-identical files: all randomness, ids included, comes from
/// `Xoshiro256StarStar` streams of `seed`.
///
/// ```swift
/// let demo = DemoGenerator(seed: 7, days: 90, perDay: 60, now: clock.now())
/// let summary = try demo.write(to: DataDirectory(root: path)) { done, total in … }
/// ```
public struct DemoGenerator: Sendable {
  /// Seeds every random choice and every id.
  public var seed: UInt64
  /// Business days to fill, ending with the day of `now`.
  public var days: Int
  /// Average events a day over the whole period (busy Saturdays, quiet rest days, growth and
  /// seasons around it). Complaint follow-ups, voids and amendments count, so the period
  /// holds about `days × perDay` events: 3650 × 270 ≈ 1,000,000.
  public var perDay: Int
  /// The end of the period; no event is later.
  public var now: Timestamp
  /// Gives each event the UTC offset in force on its date (summer time).
  public var timeZone: TimeZone
  /// Which business day an event belongs to; opening is never before its day start.
  public var calendar: BusinessCalendar
  /// Weekday opening hours (Saturday closes an hour earlier, Sunday opens an hour later and
  /// closes an hour earlier).
  public var openingHour: Int
  public var closingHour: Int
  /// The rest day (ISO weekday, 1 = Monday), or `nil` for none. The day of `now` is always open.
  public var closedWeekday: Int?
  /// Device names: the first is the counter; a second is the back office (e-mail, reviews,
  /// invoices, complaint follow-ups). Each device gets its own writer, files and `seq`.
  public var devices: [String]

  /// Europe/Berlin, the demo café's time zone (UTC+1, UTC+2 in summer).
  public static let berlin = TimeZone(identifier: "Europe/Berlin") ?? TimeZone(secondsFromGMT: 3600) ?? .current

  /// A generator for `days` days ending with the day of `now`, about `perDay` events a day.
  /// Days below 1 count as 1; `perDay` below 0 as 0.
  public init(
    seed: UInt64 = 1, days: Int = 90, perDay: Int = 60, now: Timestamp, timeZone: TimeZone = DemoGenerator.berlin,
    calendar: BusinessCalendar = BusinessCalendar(), openingHour: Int = 7, closingHour: Int = 19,
    closedWeekday: Int? = 1, devices: [String] = ["kasse-1", "buero"]
  ) {
    self.seed = seed
    self.days = days
    self.perDay = perDay
    self.now = now
    self.timeZone = timeZone
    self.calendar = calendar
    self.openingHour = openingHour
    self.closingHour = closingHour
    self.closedWeekday = closedWeekday
    self.devices = devices
  }

  /// Writes the period into `directory`, day by day, and reports progress after each day.
  /// - Parameter progress: called with (days done, days in total) after each day's batch.
  /// - Returns: what was written.
  /// - Throws: the first storage error; days already written stay written.
  /// - Complexity: O(days × perDay) time; memory for one day plus open complaints.
  @discardableResult
  public func write(
    to directory: DataDirectory, progress: (_ daysDone: Int, _ daysTotal: Int) -> Void = { _, _ in }
  ) throws(StorageError) -> DemoSummary {
    var run = DemoRun(self, directory: directory)
    return try run.run(progress: progress)
  }
}
