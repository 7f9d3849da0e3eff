import Testing
import TresenCore

@Suite struct BusinessCalendarTests {
  private func at(_ text: String) throws -> Timestamp { try #require(Timestamp(parsing: text)) }

  @Test(arguments: [
    ("2026-11-24T01:30:00.000+01:00", "2026-11-23"), ("2026-11-24T03:59:59.999+01:00", "2026-11-23"),
    ("2026-11-24T04:00:00.000+01:00", "2026-11-24"), ("2026-11-24T00:00:00.000+01:00", "2026-11-23"),
    ("2026-11-23T23:59:59.999+01:00", "2026-11-23"), ("2026-11-23T12:00:00.000+01:00", "2026-11-23"),
    ("2027-01-01T02:00:00.000+01:00", "2026-12-31"), ("2026-03-01T03:00:00.000+01:00", "2026-02-28"),
  ])
  func dayStartingAtFour(stamp: String, day: String) throws {
    #expect(BusinessCalendar(dayStartHour: 4).day(of: try at(stamp)).description == day)
  }

  @Test(arguments: [
    ("2026-11-24T00:00:00.000+01:00", "2026-11-24"), ("2026-11-23T23:59:59.999+01:00", "2026-11-23"),
    ("2026-11-24T01:30:00.000+01:00", "2026-11-24"), ("2026-11-24T00:30:00.000+02:00", "2026-11-24"),
  ])
  func dayStartingAtMidnightIsTheCalendarDay(stamp: String, day: String) throws {
    let timestamp = try at(stamp)
    #expect(BusinessCalendar(dayStartHour: 0).day(of: timestamp).description == day)
    #expect(BusinessCalendar().day(of: timestamp) == timestamp.localDate)
  }

  /// Germany: clocks go forward on 2026-03-29 at 02:00 (+01:00 → +02:00) and back on
  /// 2026-10-25 at 03:00 (+02:00 → +01:00). Each event's own wall clock decides its day.
  @Test(arguments: [
    ("2026-03-29T01:30:00.000+01:00", "2026-03-28"), ("2026-03-29T03:30:00.000+02:00", "2026-03-28"),
    ("2026-03-29T04:00:00.000+02:00", "2026-03-29"), ("2026-03-28T23:30:00.000+01:00", "2026-03-28"),
    ("2026-10-25T02:30:00.000+02:00", "2026-10-24"), ("2026-10-25T02:30:00.000+01:00", "2026-10-24"),
    ("2026-10-25T03:59:00.000+01:00", "2026-10-24"), ("2026-10-25T04:00:00.000+01:00", "2026-10-25"),
    ("2026-10-24T23:30:00.000+02:00", "2026-10-24"),
  ])
  func daylightSavingChangesDoNotMoveEvents(stamp: String, day: String) throws {
    #expect(BusinessCalendar(dayStartHour: 4).day(of: try at(stamp)).description == day)
  }

  @Test func midnightEventsInSummerTimeStayOnTheirDay() throws {
    // 00:30 CEST is 22:30 UTC the day before; the owner's day is the wall-clock day.
    let stamp = try at("2026-07-15T00:30:00.000+02:00")
    #expect(BusinessCalendar(dayStartHour: 0).day(of: stamp).description == "2026-07-15")
    #expect(BusinessCalendar(dayStartHour: 1).day(of: stamp).description == "2026-07-14")
  }

  @Test func startOfDayIsTheFirstInstantOfThatDay() throws {
    let calendar = BusinessCalendar(dayStartHour: 4)
    for offset in [3600, 7200, -18_000, 0] {
      let day = try #require(LocalDate(year: 2026, month: 10, day: 25))
      let start = calendar.start(of: day, offsetSeconds: offset)
      #expect(start.localTime == (4, 0, 0))
      #expect(calendar.day(of: start) == day)
      #expect(calendar.day(of: start.adding(milliseconds: -1)) == day.adding(days: -1))
      #expect(calendar.day(of: start.adding(milliseconds: 86_400_000 - 1)) == day)
    }
  }

  @Test(arguments: [(-5, 0), (0, 0), (4, 4), (23, 23), (24, 23), (99, 23)])
  func dayStartHourIsClamped(requested: Int, kept: Int) {
    #expect(BusinessCalendar(dayStartHour: requested).dayStartHour == kept)
  }
}
