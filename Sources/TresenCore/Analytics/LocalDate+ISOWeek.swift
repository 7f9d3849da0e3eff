/// ISO 8601 week numbering: weeks run Monday to Sunday, and week 1 is the week that holds
/// the year's first Thursday — so 2024-12-30 lies in 2025-W01 and 2021-01-03 in 2020-W53.
extension LocalDate {
  /// The Monday of the ISO week that holds this date.
  public var startOfISOWeek: LocalDate { adding(days: 1 - weekday) }

  /// The ISO week-numbering year and the week number 1…53, e.g. `(2026, 48)` for 2026-11-23.
  public var isoWeek: (year: Int, week: Int) {
    // The Thursday of the week decides the year.
    let thursday = adding(days: 4 - weekday)
    var newYear = thursday
    newYear.month = 1
    newYear.day = 1
    return (thursday.year, (thursday.daysSinceEpoch - newYear.daysSinceEpoch) / 7 + 1)
  }

  /// `YYYY-Www`, e.g. `2026-W48`.
  public var isoWeekKey: String {
    let (year, week) = isoWeek
    return "\(pad(year, 4))-W\(pad(week, 2))"
  }

  /// Days since the Monday of its week (0…6) of the day `day` days after 1970-01-01.
  static func weekdayOffset(_ day: Int) -> Int { ((day % 7 + 7) % 7 + 3) % 7 }
}
