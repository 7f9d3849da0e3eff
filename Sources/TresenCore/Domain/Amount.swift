/// Parses money as typed at the counter into integer minor units (cents).
///
/// Accepts `3`, `3,00`, `3.00`, `3,5`, `,50`, `€3`, `3 €`, `3€`, `EUR 3`, `3 Euro`, `3,-`,
/// `1.234,50`, `1,234.50`, `12 345,00` (also with no-break spaces), `1.000`, `1,000,000`.
/// Rejects negatives, more than two decimals, misplaced group separators, a foreign currency
/// symbol, garbage and anything above `maximumCents`.
///
/// Ambiguity: one separator followed by exactly three digits is either thousands or three
/// decimals. A dot is read as thousands (`1.000` is 1,000.00: German grouping, and English
/// money never has three decimals). A lone comma is rejected as `tooManyDecimals` (`3,456` is
/// 3.456 to a German and 3,456.00 to an English reader; guessing risks a factor of 1,000).
/// Several commas (`1,234,567`) or a decimal part (`1,234.50`) make grouping unambiguous.
public enum Amount {
  /// The largest amount accepted: 100,000.00 in the data dir's currency. Larger figures are
  /// typing mistakes at a small shop's counter.
  public static let maximumCents: Int64 = 10_000_000

  /// Why a text is not an amount.
  public enum Failure: Error, Equatable, Sendable {
    case empty
    case negative
    case notANumber(String)
    case tooManyDecimals(String)
    case tooLarge(String)
  }

  /// The amount in cents.
  public static func parse(_ input: String, currencyCode: String = "EUR") throws(Failure) -> Int64 {
    var text = input.trimmingWhitespace()
    guard !text.isEmpty else { throw .empty }
    for marker in markers(currencyCode) {
      if text.prefix(marker.count).lowercased() == marker {
        text = String(text.dropFirst(marker.count)).trimmingWhitespace()
      }
      if text.suffix(marker.count).lowercased() == marker {
        text = String(text.dropLast(marker.count)).trimmingWhitespace()
      }
    }
    if text.hasPrefix("-") || text.hasPrefix("−") { throw .negative }
    if text.hasPrefix("+") { text.removeFirst() }
    // German price tags write whole amounts as `3,-` or `3,–`.
    if let mark = [",--", ",-", ",–", ".--", ".-", ".–"].first(where: { text.hasSuffix($0) }) {
      text = String(text.dropLast(mark.count))
    }
    guard text.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || isGroupSpace($0) }),
      text.first?.isASCIIDigit == true || text.first == "," || text.first == "."
    else { throw .notANumber(input) }

    // The decimal separator is the last `,` or `.` followed by one or two digits at the end;
    // every other separator must group thousands.
    let lastSeparator = text.lastIndex { $0 == "," || $0 == "." }
    var integerPart = text
    var fraction = ""
    if let separator = lastSeparator {
      let mark = text[separator]
      let after = text[text.index(after: separator)...]
      let before = String(text[..<separator])
      let separatorKinds = Set(text.filter { $0 == "," || $0 == "." })
      let isThousands = mark == "." || text.filter { $0 == mark }.count > 1
      if after.count == 3, separatorKinds.count == 1, isThousands, isGrouped(text) {
        integerPart = text  // `1.000` or `1,000,000`: thousands only
      } else {
        // `3, 5` must not silently become 3.00.
        guard after.allSatisfy(\.isASCIIDigit) else { throw .notANumber(input) }
        guard after.count <= 2 else { throw .tooManyDecimals(input) }
        guard !before.contains(mark) else { throw .notANumber(input) }
        integerPart = before
        fraction = String(after)
      }
    }
    guard isGrouped(integerPart) else { throw .notANumber(input) }
    let digits = integerPart.filter(\.isASCIIDigit).drop { $0 == "0" }
    guard !integerPart.isEmpty || !fraction.isEmpty else { throw .notANumber(input) }
    guard digits.count <= 12 else { throw .tooLarge(input) }
    let units = Int64(digits.isEmpty ? "0" : String(digits)) ?? 0
    let cents = units * 100 + (Int64((fraction + "00").prefix(2)) ?? 0)
    guard cents <= maximumCents else { throw .tooLarge(input) }
    return cents
  }

  /// The symbols and words for `currencyCode`, lowercased. Only the data dir's own currency
  /// is accepted: `$3` in a euro shop is a mistake, not three euros.
  private static func markers(_ currencyCode: String) -> [String] {
    let code = currencyCode.lowercased()
    let extra: [String] =
      switch code {
      case "eur": ["€", "euro"]
      case "usd": ["$", "us$"]
      case "gbp": ["£"]
      case "chf": ["fr.", "sfr"]
      default: []
      }
    // Longest first, so `euro` is not cut to `o` by `eur`.
    return (extra + [code]).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
  }

  /// Spaces that group thousands: plain, no-break and narrow no-break (as formatted output
  /// pasted from a spreadsheet or report contains them), and the Swiss apostrophe.
  private static func isGroupSpace(_ character: Character) -> Bool {
    character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "'"
  }

  /// Whether separators in an integer part group digits by three (`1.234.567`, `12 345`).
  private static func isGrouped(_ text: String) -> Bool {
    let groups = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." || isGroupSpace($0) }
    guard groups.count > 1 else { return true }
    // `0.500` is not five hundred.
    guard let first = groups.first, (1...3).contains(first.count), first.first != "0" else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
  }
}
