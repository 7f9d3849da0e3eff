/// Parses money as typed at the counter into integer minor units (cents).
///
/// Accepts `3`, `3,00`, `3.00`, `3,5`, `€3`, `3 €`, `EUR 3`, `1.234,50`, `1,234.50`.
/// Rejects negatives, more than two decimals, misplaced group separators, garbage and
/// anything above `maximumCents`.
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
    for marker in ["€", currencyCode.uppercased(), currencyCode.lowercased(), "$", "£"] where !marker.isEmpty {
      if text.hasPrefix(marker) { text = String(text.dropFirst(marker.count)).trimmingWhitespace() }
      if text.hasSuffix(marker) { text = String(text.dropLast(marker.count)).trimmingWhitespace() }
    }
    guard !text.isEmpty else { throw input.trimmingWhitespace().isEmpty ? .empty : .notANumber(input) }
    if text.hasPrefix("-") || text.hasPrefix("−") { throw .negative }
    if text.hasPrefix("+") { text.removeFirst() }
    guard text.allSatisfy({ $0.isASCIIDigit || $0 == "," || $0 == "." || $0 == " " || $0 == "'" }),
      text.first?.isASCIIDigit == true || text.first == "," || text.first == "."
    else { throw .notANumber(input) }

    // The decimal separator is the last `,` or `.` followed by one or two digits at the end;
    // every other separator must group thousands.
    let lastSeparator = text.lastIndex { $0 == "," || $0 == "." }
    var integerPart = text
    var fraction = ""
    if let separator = lastSeparator {
      let after = text[text.index(after: separator)...]
      let before = String(text[..<separator])
      let separatorKinds = Set(text.filter { $0 == "," || $0 == "." })
      if after.count == 3, separatorKinds.count == 1, isGrouped(text) {
        integerPart = text  // `1.000` or `1,000,000`: thousands only
      } else {
        guard after.count <= 2 else { throw .tooManyDecimals(input) }
        guard !before.contains(text[separator]) else { throw .notANumber(input) }
        integerPart = before
        fraction = String(after)
      }
    }
    guard isGrouped(integerPart) else { throw .notANumber(input) }
    let digits = integerPart.filter(\.isASCIIDigit)
    guard !digits.isEmpty || !fraction.isEmpty else { throw .notANumber(input) }
    guard digits.count <= 12 else { throw .tooLarge(input) }
    let units = Int64(digits.isEmpty ? "0" : digits) ?? 0
    let cents = units * 100 + (Int64((fraction + "00").prefix(2)) ?? 0)
    guard cents <= maximumCents else { throw .tooLarge(input) }
    return cents
  }

  /// Whether separators in an integer part group digits by three (`1.234.567`, `12 345`).
  private static func isGrouped(_ text: String) -> Bool {
    let groups = text.split(omittingEmptySubsequences: false) { $0 == "," || $0 == "." || $0 == " " || $0 == "'" }
    guard groups.count > 1 else { return true }
    guard let first = groups.first, (1...3).contains(first.count) else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 }
  }
}
