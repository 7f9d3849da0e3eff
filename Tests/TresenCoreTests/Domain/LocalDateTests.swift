import Testing
import TresenCore

@Suite struct LocalDateTests {
  @Test(arguments: [
    ("2026-11-23", 2026, 11, 23), ("23.11.2026", 2026, 11, 23), ("2024-02-29", 2024, 2, 29),
    ("2000-02-29", 2000, 2, 29), ("29.02.2024", 2024, 2, 29), ("0001-01-01", 1, 1, 1), ("9999-12-31", 9999, 12, 31),
    // Typed dates may drop leading zeros (documented on `init(parsing:)`).
    ("2026-1-1", 2026, 1, 1), ("1.1.2026", 2026, 1, 1), ("5.11.2026", 2026, 11, 5),
    (" 2026-11-23 ", 2026, 11, 23), ("\t23.11.2026\n", 2026, 11, 23),
  ])
  func parsesISOAndGerman(text: String, year: Int, month: Int, day: Int) throws {
    let date = try #require(LocalDate(parsing: text))
    #expect(date == LocalDate(year: year, month: month, day: day))
    #expect((date.year, date.month, date.day) == (year, month, day))
  }

  @Test(arguments: [
    "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00", "2026-04-31", "2025-02-29", "1900-02-29", "2100-02-29",
    "30.02.2026", "32.01.2026", "01.13.2026", "0000-01-01", "26-11-23", "23.11.26", "2026/11/23", "2026.11.23",
    "2026-11-23T10:00", "2026-11-23 10:00", "", " ", "2026--11", "-2026-11-23", "2026-11-", "2026-0011-0005",
    "2026-011-05", "+2026-11-23", "２０２６-11-23", "2026-1l-23", "23.11.2026.", "20261123", "2026-11-23-01",
    "۲۰۲۶-11-23", "2026-11-2\u{0301}",
  ])
  func rejectsNonDates(text: String) {
    #expect(LocalDate(parsing: text) == nil)
  }

  @Test(arguments: [(2026, 2, 30), (2026, 13, 1), (2026, 0, 1), (2026, 1, 0), (0, 1, 1), (10_000, 1, 1), (2026, 6, 31)])
  func rejectsImpossibleParts(year: Int, month: Int, day: Int) {
    #expect(LocalDate(year: year, month: month, day: day) == nil)
  }

  @Test func daysSinceEpochRoundTripsEveryDayFrom1900To2100() throws {
    let first = try #require(LocalDate(year: 1900, month: 1, day: 1))
    let last = try #require(LocalDate(year: 2100, month: 12, day: 31))
    #expect(first.daysSinceEpoch == -25_567)
    #expect(last.daysSinceEpoch == 47_846)
    var expected = first
    var failures = 0
    for days in first.daysSinceEpoch...last.daysSinceEpoch {
      let date = LocalDate(daysSinceEpoch: days)
      if date != expected || date.daysSinceEpoch != days || LocalDate(parsing: date.description) != date {
        failures += 1
      }
      expected = successor(of: expected)
    }
    #expect(failures == 0)
    #expect(expected == LocalDate(year: 2101, month: 1, day: 1))
  }

  @Test(arguments: [
    ("1970-01-01", 0, 4), ("1969-12-31", -1, 3), ("2000-01-01", 10_957, 6), ("2000-02-29", 11_016, 2),
    ("1900-01-01", -25_567, 1), ("2026-11-23", 20_780, 1), ("2026-03-29", 20_541, 7), ("2100-12-31", 47_846, 5),
  ])
  func knownDaysAndWeekdays(text: String, days: Int, weekday: Int) throws {
    let date = try #require(LocalDate(parsing: text))
    #expect(date.daysSinceEpoch == days)
    #expect(date.weekday == weekday)
  }

  @Test func weekdaysCycleMondayToSunday() throws {
    let monday = try #require(LocalDate(year: 2026, month: 11, day: 23))
    #expect((0..<14).map { monday.adding(days: $0).weekday } == [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7])
    #expect((1...7).map { monday.adding(days: -$0).weekday } == [7, 6, 5, 4, 3, 2, 1])
  }

  @Test(arguments: [
    (2024, true), (2000, true), (1600, true), (2026, false), (1900, false), (2100, false), (2028, true),
  ])
  func leapYears(year: Int, isLeap: Bool) {
    #expect((LocalDate(year: year, month: 2, day: 29) != nil) == isLeap)
    #expect(LocalDate(year: year, month: 2, day: 28) != nil)
    #expect(LocalDate(year: year, month: 3, day: 1)?.adding(days: -1).day == (isLeap ? 29 : 28))
  }

  @Test func descriptionAndMonthKeyArePadded() throws {
    let date = try #require(LocalDate(year: 2026, month: 3, day: 5))
    #expect(date.description == "2026-03-05")
    #expect(date.monthKey == "2026-03")
    #expect(LocalDate(year: 987, month: 12, day: 1)?.monthKey == "0987-12")
    #expect(LocalDate(year: 2026, month: 11, day: 23)?.monthKey == "2026-11")
  }

  @Test func ordersByCalendar() throws {
    let dates = ["2026-11-23", "2025-12-31", "2026-01-01", "2026-11-22", "2026-02-01"].compactMap(
      LocalDate.init(parsing:))
    #expect(
      dates.sorted().map(\.description) == ["2025-12-31", "2026-01-01", "2026-02-01", "2026-11-22", "2026-11-23"])
    #expect(dates.sorted() == dates.sorted { $0.daysSinceEpoch < $1.daysSinceEpoch })
  }

  @Test func addingCrossesMonthsAndYears() throws {
    let date = try #require(LocalDate(year: 2026, month: 12, day: 31))
    #expect(date.adding(days: 1).description == "2027-01-01")
    #expect(date.adding(days: 60).description == "2027-03-01")
    #expect(date.adding(days: -365).description == "2025-12-31")
    #expect(date.adding(days: 0) == date)
  }

  private func successor(of date: LocalDate) -> LocalDate {
    if let next = LocalDate(year: date.year, month: date.month, day: date.day + 1) { return next }
    if let next = LocalDate(year: date.year, month: date.month + 1, day: 1) { return next }
    return LocalDate(year: date.year + 1, month: 1, day: 1) ?? date
  }
}
