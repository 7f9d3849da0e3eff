/// An instant with the UTC offset it was recorded in, to the millisecond.
///
/// Stored as `2026-11-23T14:05:09.120+01:00`. Ordering and equality use the instant only;
/// the offset says what the wall clock showed at the counter.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public var millis: Int64
  /// Seconds east of UTC of the wall clock that recorded it.
  public var offsetSeconds: Int

  public init(millis: Int64, offsetSeconds: Int) {
    self.millis = millis
    self.offsetSeconds = offsetSeconds
  }

  /// The instant at local wall-clock time `date` `hour:minute:second` with offset `offsetSeconds`.
  public init(date: LocalDate, hour: Int, minute: Int, second: Int = 0, millisecond: Int = 0, offsetSeconds: Int) {
    let localSeconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.millis = (localSeconds - Int64(offsetSeconds)) * 1000 + Int64(millisecond)
    self.offsetSeconds = offsetSeconds
  }

  /// Milliseconds since the epoch on the local wall clock.
  var localMillis: Int64 { millis + Int64(offsetSeconds) * 1000 }

  /// The wall-clock date where it was recorded.
  public var localDate: LocalDate { LocalDate(daysSinceEpoch: Int(floorDiv(localMillis, 86_400_000))) }

  /// Milliseconds since local midnight.
  public var millisOfDay: Int { Int(localMillis - floorDiv(localMillis, 86_400_000) * 86_400_000) }

  /// Hour, minute and second on the local wall clock.
  public var localTime: (hour: Int, minute: Int, second: Int) {
    let seconds = millisOfDay / 1000
    return (seconds / 3600, seconds / 60 % 60, seconds % 60)
  }

  /// The same instant `milliseconds` later, in the same offset.
  public func adding(milliseconds: Int64) -> Timestamp {
    Timestamp(millis: millis + milliseconds, offsetSeconds: offsetSeconds)
  }

  /// RFC 3339 with milliseconds and numeric offset, as stored.
  public var description: String {
    let date = localDate
    let (hour, minute, second) = localTime
    let sign = offsetSeconds < 0 ? "-" : "+"
    let offset = abs(offsetSeconds) / 60
    return "\(date)T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millisOfDay % 1000, 3))"
      + "\(sign)\(pad(offset / 60, 2)):\(pad(offset % 60, 2))"
  }

  /// Parses RFC 3339 (`2026-11-23T14:05:09.120+01:00`, `…Z`, with or without fraction).
  ///
  /// Strict: the date is exactly `YYYY-MM-DD`, a fraction has 1–9 digits (milliseconds are
  /// kept, finer digits truncated), a leap second `:60` is read as `:59`.
  public init?(parsing text: String) {
    var text = text
    guard let parsed = text.withUTF8({ Timestamp.parse($0) }) else { return nil }
    self = parsed
  }

  /// Parses the UTF-8 bytes of an RFC 3339 timestamp exactly like `init?(parsing:)`, without
  /// making a `String` first (the fast record path).
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    if bytes.count == 29, let canonical = parseCanonical(bytes) { return canonical }
    return parseAnyForm(bytes)
  }

  /// `parse` for every accepted form, field by field.
  static func parseAnyForm(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    // The date is read at fixed positions: `LocalDate(parsing:)` is for typed dates and would
    // let `23.11.2026T…` or `2026-001-1T…` through.
    guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7]), let day = digits(bytes[8..<10]),
      let date = LocalDate(year: year, month: month, day: day),
      bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " "),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      let hour = digits(bytes[11..<13]), let minute = digits(bytes[14..<16]),
      let second = digits(bytes[17..<19]), hour < 24, minute < 60, second < 61
    else { return nil }
    var index = 19
    var millisecond = 0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      let start = index
      while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
      let kept = min(3, index - start)
      guard index > start, index - start <= 9, let fraction = digits(bytes[start..<(start + kept)])
      else { return nil }
      millisecond = kept == 3 ? fraction : fraction * (kept == 2 ? 10 : 100)
    }
    guard index < bytes.count else { return nil }
    let offset: Int
    if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
      guard index + 1 == bytes.count else { return nil }
      offset = 0
    } else {
      guard index + 6 == bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"),
        bytes[index + 3] == UInt8(ascii: ":"),
        let offsetHours = digits(bytes[index + 1..<index + 3]),
        let offsetMinutes = digits(bytes[index + 4..<index + 6]),
        offsetHours < 24, offsetMinutes < 60
      else { return nil }
      offset = (bytes[index] == UInt8(ascii: "-") ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
    }
    return Timestamp(
      date: date, hour: hour, minute: minute, second: min(second, 59), millisecond: millisecond,
      offsetSeconds: offset)
  }

  /// The form `encode` writes, `2026-11-23T10:41:02.304+01:00` (29 bytes), read at fixed
  /// positions with the same checks as `parse`; `nil` for anything else, which `parse` then
  /// decides.
  ///
  /// Every stored event has one, so it is read as four words (`0-7`, `8-15`, `16-23`, `21-28`):
  /// separators compared under a mask, digits checked eight lanes at a time. A lane holding
  /// `d = byte ^ 0x30` is a digit when `d < 10`, so neither `d` nor `d + 0x76` has its top bit
  /// set; a carry out of a lane only comes from a lane that fails on its own.
  static func parseCanonical(_ bytes: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    guard bytes.count == 29, let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
    let words = (
      UTF8Text.word(base, at: 0), UTF8Text.word(base, at: 8), UTF8Text.word(base, at: 16), UTF8Text.word(base, at: 21)
    )
    let sign = UInt8(truncatingIfNeeded: words.2 >> 56)
    guard words.0 & Canonical.separatorMasks.0 == Canonical.separators.0,
      words.1 & Canonical.separatorMasks.1 == Canonical.separators.1,
      words.2 & Canonical.separatorMasks.2 == Canonical.separators.2,
      words.3 & Canonical.separatorMasks.3 == Canonical.separators.3,
      sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-")
    else { return nil }
    let digits = (
      words.0 ^ UTF8Text.repeated(0x30), words.1 ^ UTF8Text.repeated(0x30), words.2 ^ UTF8Text.repeated(0x30),
      words.3 ^ UTF8Text.repeated(0x30)
    )
    func flags(_ lanes: UInt64) -> UInt64 { (lanes &+ UTF8Text.repeated(0x76)) | lanes }
    guard
      flags(digits.0) & Canonical.digitLanes.0 | flags(digits.1) & Canonical.digitLanes.1
        | flags(digits.2) & Canonical.digitLanes.2 | flags(digits.3) & Canonical.digitLanes.3 == 0
    else { return nil }
    func number(_ lanes: UInt64, _ first: Int, _ count: Int) -> Int {
      var value = 0
      for lane in first..<(first + count) {
        value = value &* 10 &+ Int(truncatingIfNeeded: (lanes >> (8 * UInt64(lane))) & 0xFF)
      }
      return value
    }
    let (hour, minute, second) = (number(digits.1, 3, 2), number(digits.1, 6, 2), number(digits.2, 1, 2))
    let (millisecond, offsetHours, offsetMinutes) = (
      number(digits.2, 4, 3), number(digits.3, 3, 2), number(digits.3, 6, 2)
    )
    guard hour < 24, minute < 60, second < 61, offsetHours < 24, offsetMinutes < 60,
      let date = LocalDate(year: number(digits.0, 0, 4), month: number(digits.0, 5, 2), day: number(digits.1, 0, 2))
    else { return nil }
    let offset = (sign == UInt8(ascii: "-") ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60)
    return Timestamp(
      date: date, hour: hour, minute: minute, second: min(second, 59), millisecond: millisecond,
      offsetSeconds: offset)
  }

  /// The fixed lanes of the written form `dddd-dd-ddTdd:dd:dd.ddd?dd:dd` (`d` a digit, `?`
  /// the sign) in its four words, lane 0 the lowest byte: the separators under their masks and
  /// the top bit of each digit lane (`TimestampCanonicalTests` derives them from the pattern).
  enum Canonical {
    /// `dddd-dd-`, `ddTdd:dd`, `:dd.ddd?`, `dd?dd:dd`.
    static let separatorMasks: (UInt64, UInt64, UInt64, UInt64) = (
      0xFF00_00FF_0000_0000, 0x0000_FF00_00FF_0000, 0x0000_0000_FF00_00FF, 0x0000_FF00_0000_0000
    )
    static let separators: (UInt64, UInt64, UInt64, UInt64) = (
      0x2D00_002D_0000_0000, 0x0000_3A00_0054_0000, 0x0000_0000_2E00_003A, 0x0000_3A00_0000_0000
    )
    static let digitLanes: (UInt64, UInt64, UInt64, UInt64) = (
      0x0080_8000_8080_8080, 0x8080_0080_8000_8080, 0x0080_8080_0080_8000, 0x8080_0080_8000_0000
    )
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.millis < rhs.millis }
  public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.millis == rhs.millis }
  public func hash(into hasher: inout Hasher) { hasher.combine(millis) }
}

private func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
  var value = 0
  for byte in bytes {
    guard (0x30...0x39).contains(byte) else { return nil }
    value = value * 10 + Int(byte - 0x30)
  }
  return bytes.isEmpty ? nil : value
}

func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
  value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
}
