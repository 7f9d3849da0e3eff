import Testing
import TresenCore
import TresenTestSupport

@Suite struct TimestampTests {
  private let day = LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(daysSinceEpoch: 0)

  @Test func storedFormatIsExact() throws {
    let stamp = Timestamp(date: day, hour: 14, minute: 5, second: 9, millisecond: 120, offsetSeconds: 3600)
    #expect(stamp.description == "2026-11-23T14:05:09.120+01:00")
    #expect(stamp.millis == 1_795_439_109_120)
    let parsed = try #require(Timestamp(parsing: "2026-11-23T14:05:09.120+01:00"))
    #expect(parsed.millis == stamp.millis)
    #expect(parsed.offsetSeconds == 3600)
    #expect(Timestamp(millis: 0, offsetSeconds: 0).description == "1970-01-01T00:00:00.000+00:00")
  }

  @Test(arguments: [0, 3600, 7200, -18_000, -12_600, 19_800, 20_700, 50_400, -43_200, -60])
  func roundTripsThroughText(offsetSeconds: Int) throws {
    var random = SeededRandom(seed: UInt64(bitPattern: Int64(offsetSeconds)))
    for _ in 0..<500 {
      // 1900 to 2100.
      let millis = Int64.random(in: -2_208_988_800_000...4_133_980_799_999, using: &random)
      let stamp = Timestamp(millis: millis, offsetSeconds: offsetSeconds)
      let parsed = try #require(Timestamp(parsing: stamp.description))
      #expect(parsed.millis == millis)
      #expect(parsed.offsetSeconds == offsetSeconds)
      #expect(parsed.description == stamp.description)
    }
  }

  @Test(arguments: [
    ("2026-11-23T13:05:09Z", 0, 1_795_439_109_000), ("2026-11-23T13:05:09z", 0, 1_795_439_109_000),
    ("2026-11-23t13:05:09Z", 0, 1_795_439_109_000), ("2026-11-23 13:05:09Z", 0, 1_795_439_109_000),
    ("2026-11-23T13:05:09+00:00", 0, 1_795_439_109_000), ("2026-11-23T13:05:09-00:00", 0, 1_795_439_109_000),
    ("2026-11-23T08:05:09-05:00", -18_000, 1_795_439_109_000), ("2026-11-23T18:35:09+05:30", 19_800, 1_795_439_109_000),
    ("2026-11-23T13:05:09.1Z", 0, 1_795_439_109_100), ("2026-11-23T13:05:09.12Z", 0, 1_795_439_109_120),
    ("2026-11-23T13:05:09.123Z", 0, 1_795_439_109_123), ("2026-11-23T13:05:09.1239Z", 0, 1_795_439_109_123),
    ("2026-11-23T13:05:09.123456789Z", 0, 1_795_439_109_123), ("2026-11-23T13:05:09.000000001Z", 0, 1_795_439_109_000),
    ("2026-11-23T13:05:60Z", 0, 1_795_439_159_000), ("1969-12-31T23:59:59.999Z", 0, -1),
    ("1970-01-01T00:59:59.999+01:00", 3600, -1),
  ])
  func parsesRFC3339(text: String, offsetSeconds: Int, millis: Int64) throws {
    let stamp = try #require(Timestamp(parsing: text))
    #expect(stamp.millis == millis)
    #expect(stamp.offsetSeconds == offsetSeconds)
  }

  @Test(arguments: [
    "", "garbage", "2026-11-23", "2026-11-23T14:05Z", "2026-11-23T14:05:09", "2026-11-23T14:05:09.120",
    "2026-11-23T24:00:00Z", "2026-11-23T14:60:00Z", "2026-11-23T14:05:61Z", "2026-02-30T10:00:00Z",
    "2026-13-01T10:00:00Z", "23.11.2026T14:05:09Z", "2026-1-1T14:05:09.12Z", "2026-001-1T14:05:09Z",
    "2026-11-23T14:05:09+0100", "2026-11-23T14:05:09+01", "2026-11-23T14:05:09.120+01:00x",
    "2026-11-23T14:05:09.+01:00", "2026-11-23T14:05:09.1234567890Z", "2026-11-23T14:05:09.120+24:00",
    "2026-11-23T14:05:09.120+01:60", " 2026-11-23T14:05:09Z", "2026-11-23T14:05:09Z ", "2026-11-23X14:05:09Z",
    "2026-11-23T14-05-09Z", "2026-11-23T1a:05:09Z", "2026-11-23T14:05:09ZZ", "2026-11-23T14:05:09*01:00",
    "2026-11-23T14:05:09.12a+01:00", "2026-11-23T14:05:09,120+01:00", "２026-11-23T14:05:09Z",
    "2026-11-23T14:05:09.120+01:00\n", "-026-11-23T14:05:09Z",
  ])
  func rejectsGarbage(text: String) {
    #expect(Timestamp(parsing: text) == nil)
  }

  @Test func localDateAndTimeNearMidnight() throws {
    let lastMoment = try #require(Timestamp(parsing: "2026-11-23T23:59:59.999+01:00"))
    #expect(lastMoment.localDate.description == "2026-11-23")
    #expect(lastMoment.localTime == (23, 59, 59))
    #expect(lastMoment.millisOfDay == 86_399_999)
    let next = lastMoment.adding(milliseconds: 1)
    #expect(next.localDate.description == "2026-11-24")
    #expect(next.localTime == (0, 0, 0))
    #expect(next.description == "2026-11-24T00:00:00.000+01:00")
    // The same instant seen from UTC is still the 23rd.
    let utc = Timestamp(millis: next.millis, offsetSeconds: 0)
    #expect(utc.localDate.description == "2026-11-23")
    #expect(utc.localTime == (23, 0, 0))
    #expect(utc == next)
  }

  @Test func localDateFollowsTheOffsetNotUTC() throws {
    let newYork = try #require(Timestamp(parsing: "2026-11-23T20:00:00.000-05:00"))
    #expect(newYork.localDate.description == "2026-11-23")
    #expect(Timestamp(millis: newYork.millis, offsetSeconds: 0).localDate.description == "2026-11-24")
    let auckland = try #require(Timestamp(parsing: "2026-11-24T08:00:00.000+13:00"))
    #expect(auckland.localDate.description == "2026-11-24")
    #expect(Timestamp(millis: auckland.millis, offsetSeconds: 0).description == "2026-11-23T19:00:00.000+00:00")
    let beforeEpoch = Timestamp(millis: -1, offsetSeconds: 0)
    #expect(beforeEpoch.localDate.description == "1969-12-31")
    #expect(beforeEpoch.localTime == (23, 59, 59))
    #expect(beforeEpoch.description == "1969-12-31T23:59:59.999+00:00")
  }

  @Test func ordersAndComparesByInstantOnly() throws {
    let berlin = try #require(Timestamp(parsing: "2026-11-23T14:00:00.000+01:00"))
    let utc = try #require(Timestamp(parsing: "2026-11-23T13:00:00.000Z"))
    let summer = try #require(Timestamp(parsing: "2026-11-23T14:00:00.000+02:00"))
    let later = try #require(Timestamp(parsing: "2026-11-23T13:30:00.000+01:00"))
    #expect(berlin == utc)
    #expect(Set([berlin, utc]).count == 1)
    #expect(summer < later)
    #expect(later < berlin)
    #expect(
      [berlin, summer, later].sorted().map(\.description) == [
        "2026-11-23T14:00:00.000+02:00", "2026-11-23T13:30:00.000+01:00", "2026-11-23T14:00:00.000+01:00",
      ])
  }

  @Test func initFromWallClockMatchesParsing() throws {
    for offset in [-36_000, -3600, 0, 3600, 7200, 45_900] {
      let stamp = Timestamp(date: day, hour: 0, minute: 30, offsetSeconds: offset)
      #expect(stamp.localDate == day)
      #expect(stamp.localTime == (0, 30, 0))
      #expect(Timestamp(parsing: stamp.description) == stamp)
    }
  }
}
