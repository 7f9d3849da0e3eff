import Foundation

/// The demo period's days: which are open, when, how busy, and the UTC offset of each
/// moment in the configured time zone.
///
/// Times inside a day are milliseconds after the business day's local midnight (they may run
/// past 24 h for a bar whose day starts at 04:00).
struct DemoTimeline {
  /// One business day of the period.
  struct Day {
    var index: Int
    var date: LocalDate
    /// 0 on the first day, 1 on the last.
    var progress: Double
    /// Whether the counter is open; closed days only see back-office work.
    var isOpen: Bool
    /// Opening and closing time, in milliseconds after local midnight.
    var opens: Int
    var closes: Int
    /// UTC offsets at opening and closing; they differ only on a day that changes clocks.
    var offsetAtOpening: Int
    var offsetAtClosing: Int
  }

  let firstDate: LocalDate
  let days: Int
  let timeZone: TimeZone
  let openingHour: Int
  let closingHour: Int
  let closedWeekday: Int?
  /// The business day of `now`: always open, so the demo's "today" has something to show.
  var lastIndex: Int { days - 1 }

  /// Office hours of the back-office device, in milliseconds after local midnight.
  let officeOpens = 9 * 3_600_000
  let officeCloses = 17 * 3_600_000

  /// The day at `index` (0 = first day of the period).
  func day(_ index: Int) -> Day {
    let date = firstDate.adding(days: index)
    let weekday = date.weekday
    var opens = openingHour * 3_600_000
    var closes = closingHour * 3_600_000
    if weekday == 6 { closes -= 3_600_000 }  // Saturday
    if weekday == 7 {  // Sunday
      opens += 3_600_000
      closes -= 3_600_000
    }
    if date.month == 12, date.day == 24 || date.day == 31 { closes = min(closes, 13 * 3_600_000) }
    let holiday = (date.month == 12 && (date.day == 25 || date.day == 26)) || (date.month == 1 && date.day == 1)
    let isOpen = index == lastIndex || (weekday != closedWeekday && !holiday)
    return Day(
      index: index, date: date, progress: days > 1 ? Double(index) / Double(days - 1) : 1, isOpen: isOpen,
      opens: opens, closes: max(opens + 3_600_000, closes),
      offsetAtOpening: offset(date, min(opens, officeOpens)), offsetAtClosing: offset(date, max(closes, officeCloses)))
  }

  /// The instant `millisOfDay` after local midnight of `day`, with the offset in force then.
  func timestamp(_ day: Day, _ millisOfDay: Int) -> Timestamp {
    let offset =
      day.offsetAtOpening == day.offsetAtClosing ? day.offsetAtOpening : self.offset(day.date, millisOfDay)
    let local = Int64(day.date.daysSinceEpoch) * 86_400_000 + Int64(millisOfDay)
    return Timestamp(millis: local - Int64(offset) * 1000, offsetSeconds: offset)
  }

  /// The UTC offset of wall-clock time `millisOfDay` on `date` in the time zone.
  private func offset(_ date: LocalDate, _ millisOfDay: Int) -> Int {
    let localSeconds = Double(date.daysSinceEpoch) * 86_400 + Double(millisOfDay / 1000)
    let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds))
    return timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: localSeconds - Double(guess)))
  }

  /// How busy the day is, relative to an average day (before normalising over the period).
  func volume(_ day: Day) -> Double {
    guard day.isOpen else { return 0.04 }  // e-mails, reviews and invoices on the rest day
    let byWeekday = [0.85, 0.9, 0.9, 0.95, 1.05, 1.4, 1.25][day.date.weekday - 1]
    let byMonth = [0.85, 0.88, 0.95, 1.0, 1.05, 1.05, 1.0, 0.95, 1.02, 1.0, 1.02, 1.15][day.date.month - 1]
    let growth = 0.85 + 0.25 * day.progress
    let shortDay = day.closes - day.opens < 8 * 3_600_000 ? 0.6 : 1
    return byWeekday * byMonth * growth * shortDay
  }
}
