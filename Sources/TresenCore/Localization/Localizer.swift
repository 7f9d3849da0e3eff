import Foundation

/// Turns keys, values and amounts into text in one language (DESIGN.md §9): every
/// user-facing string goes through here.
///
/// Dates, numbers and money follow the language: German `23.11.2026`, `1.234`, `3,00 €`;
/// English `2026-11-23`, `1,234`, `€3.00`.
public struct Localizer: Sendable {
  public let language: Language
  /// ISO 4217 code of the data directory's currency.
  public let currency: String

  public init(_ language: Language, currency: String = "EUR") {
    self.language = language
    self.currency = currency
  }

  /// The text for `key` with `%1`, `%2`, … replaced by `arguments`.
  public func callAsFunction(_ key: StringKey, _ arguments: any CustomStringConvertible...) -> String {
    format(key, arguments)
  }

  func format(_ key: StringKey, _ arguments: [any CustomStringConvertible]) -> String {
    let table = language == .de ? Strings.german : Strings.english
    let template = table[key] ?? Strings.english[key] ?? key.rawValue
    return Localizer.substitute(arguments.map(\.description), into: template)
  }

  /// `template` with each `%1`, `%2`, … replaced by that argument, in one pass: an argument's
  /// own text is never searched again. Two digits are read as one number when there are that
  /// many arguments (`%12`), otherwise the second digit stays text; a `%` that names no argument
  /// stays as written. Views format every visible row with this, so it avoids Foundation's
  /// string search.
  static func substitute(_ arguments: [String], into template: String) -> String {
    guard !arguments.isEmpty, template.utf8.contains(UInt8(ascii: "%")) else { return template }
    let bytes = Array(template.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + arguments.reduce(0) { $0 + $1.utf8.count })
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "%"),
        let (argument, length) = reference(in: bytes, at: index + 1, arguments.count)
      {
        output.append(contentsOf: arguments[argument].utf8)
        index += 1 + length
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The argument (from 0) that the digits at `start` name and how many digits they take.
  private static func reference(in bytes: [UInt8], at start: Int, _ count: Int) -> (Int, Int)? {
    func digit(_ offset: Int) -> Int? {
      guard start + offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[start + offset])
      else { return nil }
      return Int(bytes[start + offset] - UInt8(ascii: "0"))
    }
    guard let first = digit(0) else { return nil }
    if let second = digit(1), (1...count).contains(first * 10 + second) { return (first * 10 + second - 1, 2) }
    return (1...count).contains(first) ? (first - 1, 1) : nil
  }

  /// The label of a stored vocabulary word (`Channel.phone` → "Telefon").
  public func label<Word: RawRepresentable<String>>(_ word: Word) -> String {
    let key = "\(Word.self).\(word.rawValue)"
    let table = language == .de ? Strings.germanWords : Strings.englishWords
    return table[key] ?? word.rawValue
  }

  /// The vocabulary word a user typed: the stored word, or a label in either language,
  /// case-insensitively, or an unambiguous prefix of one of them.
  public func parse<Word: RawRepresentable<String> & CaseIterable>(_ input: String, as: Word.Type) -> Word? {
    let wanted = input.trimmingWhitespace().lowercased()
    guard !wanted.isEmpty else { return nil }
    func names(_ word: Word) -> [String] {
      let key = "\(Word.self).\(word.rawValue)"
      return [word.rawValue, Strings.englishWords[key], Strings.germanWords[key]].compactMap { $0?.lowercased() }
    }
    if let exact = Word.allCases.first(where: { names($0).contains(wanted) }) { return exact }
    let prefixed = Word.allCases.filter { names($0).contains { $0.hasPrefix(wanted) } }
    return prefixed.count == 1 ? prefixed.first : nil
  }

  /// A date: `23.11.2026` or `2026-11-23`.
  public func date(_ date: LocalDate) -> String {
    language == .de ? "\(pad(date.day, 2)).\(pad(date.month, 2)).\(pad(date.year, 4))" : date.description
  }

  /// Wall-clock time `14:05`.
  public func time(_ timestamp: Timestamp) -> String {
    let (hour, minute, _) = timestamp.localTime
    return "\(pad(hour, 2)):\(pad(minute, 2))"
  }

  /// Date and time.
  public func dateTime(_ timestamp: Timestamp) -> String { "\(date(timestamp.localDate)) \(time(timestamp))" }

  /// An integer with grouping: `1.234` or `1,234`.
  public func number(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { grouped.append(language == .de ? "." : ",") }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + grouped
  }

  /// Money from minor units: `3,00 €` or `€3.00` (other currencies by code: `3,00 CHF`).
  public func money(_ cents: Int64) -> String {
    let units = number(Int(cents.magnitude / 100))
    let fraction = pad(Int(cents.magnitude % 100), 2)
    let sign = cents < 0 ? "-" : ""
    let symbol = currency == "EUR" ? "€" : currency
    if language == .de { return "\(sign)\(units),\(fraction) \(symbol)" }
    return symbol.count == 1 ? "\(sign)\(symbol)\(units).\(fraction)" : "\(sign)\(units).\(fraction) \(symbol)"
  }

  /// A fraction 0…1 as a whole percentage: `80 %` or `80%`.
  public func percent(_ fraction: Double) -> String {
    let value = Int((fraction * 100).rounded())
    return language == .de ? "\(value) %" : "\(value)%"
  }

  /// A count with its noun in singular or plural (`1 complaint`, `3 complaints`).
  public func count(_ value: Int, _ singular: StringKey, _ plural: StringKey) -> String {
    "\(number(value)) \(self(value == 1 ? singular : plural))"
  }
}
