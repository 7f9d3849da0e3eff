import Testing
import TresenCore

@Suite struct PeriodTests {
  @Test(arguments: [
    ("2026-11-23", "2026-W48"), ("2026-01-01", "2026-W01"), ("2024-12-30", "2025-W01"), ("2021-01-03", "2020-W53"),
    ("2026-12-31", "2026-W53"), ("2027-01-01", "2026-W53"), ("2027-01-04", "2027-W01"),
  ])
  func isoWeekKeys(day: String, key: String) throws {
    let date = try #require(LocalDate(parsing: day))
    #expect(date.isoWeekKey == key)
    #expect(Period(containing: date, kind: .week).description == key)
    #expect(date.startOfISOWeek.weekday == 1)
  }

  @Test func periodsContainingADate() {
    let day = date(2028, 2, 15)
    #expect(Period(containing: day, kind: .day).days == day...day)
    #expect(Period(containing: day, kind: .week).days == date(2028, 2, 14)...date(2028, 2, 20))
    #expect(Period(containing: day, kind: .month).days == date(2028, 2, 1)...date(2028, 2, 29))
    #expect(Period(containing: day, kind: .month).description == "2028-02")
    #expect(Period(containing: day, kind: .month).next.description == "2028-03")
    #expect(Period(containing: day, kind: .day).description == "2028-02-15")
  }

  @Test func coveringARange() {
    let months = Period.covering(from: date(2026, 11, 30), through: date(2027, 2, 1), kind: .month)
    #expect(months.map(\.description) == ["2026-11", "2026-12", "2027-01", "2027-02"])
    #expect(months == months.sorted())
    #expect(Period.covering(from: date(2026, 11, 23), through: date(2026, 11, 29), kind: .week).count == 1)
    #expect(Period.covering(from: date(2026, 11, 23), through: date(2026, 11, 22), kind: .day).isEmpty)
  }
}
