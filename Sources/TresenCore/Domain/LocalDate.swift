/// A calendar date without time or zone, as the owner reads it on the receipt.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// A date from its parts; `nil` when the parts name no real day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date `days` days after 1970-01-01.
  public init(daysSinceEpoch days: Int) {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = doy - (153 * mp + 2) / 5 + 1
    month = mp < 10 ? mp + 3 : mp - 9
    year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Parses `YYYY-MM-DD`; German `DD.MM.YYYY` is accepted too.
  ///
  /// Typed dates may leave out leading zeros (`2026-1-5`, `5.1.2026`); the year always has four
  /// digits, month and day at most two. Surrounding whitespace is ignored. Stored dates are
  /// always written in full (`description`).
  public init?(parsing text: String) {
    let trimmed = text.trimmingWhitespace()
    let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
    let german = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    let parts: [Substring]
    if iso.count == 3, iso[0].count == 4 {
      parts = iso
    } else if german.count == 3, german[2].count == 4 {
      parts = [german[2], german[1], german[0]]
    } else {
      return nil
    }
    // `2026-0011-0005` is not a date someone typed.
    guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), parts[1].count <= 2, parts[2].count <= 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The date in exactly the written form `YYYY-MM-DD`, from its UTF-8 bytes; `nil` for
  /// anything else, the laxer forms of `init?(parsing:)` included (the fast record paths leave
  /// those to the full decoder).
  init?(canonical bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
    var areDigits = true
    func number(_ start: Int, _ count: Int) -> Int {
      var value = 0
      for index in start..<(start + count) {
        let digit = bytes[index] &- 0x30
        areDigits = areDigits && digit < 10
        value = value &* 10 &+ Int(digit)
      }
      return value
    }
    let (year, month, day) = (number(0, 4), number(5, 2), number(8, 2))
    guard areDigits else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// The date `count` days later (earlier when negative).
  public func adding(days count: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + count) }

  /// ISO weekday: 1 Monday … 7 Sunday.
  public var weekday: Int { ((daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1 }

  /// `YYYY-MM-DD`.
  public var description: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

  /// `YYYY-MM`, the name of the month's segment.
  public var monthKey: String { "\(pad(year, 4))-\(pad(month, 2))" }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}

/// Zero-pads a non-negative number to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
  /// The text without leading and trailing spaces (also no-break), tabs and newlines.
  func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{00A0}" || $0 == "\u{202F}"
    }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
