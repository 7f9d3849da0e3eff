/// Writes CSV rows as RFC 4180 describes them, safe to open in a spreadsheet.
///
/// - Rows end with CRLF.
/// - A field holding the separator, a double quote, CR or LF is quoted; quotes inside are
///   doubled (`Sagt "super"` → `"Sagt ""super"""`).
/// - Formula injection: a field that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
///   gets a leading `'`, so a spreadsheet shows it as text instead of running it
///   (`=HYPERLINK(…)` → `'=HYPERLINK(…)`). Tresen's own numbers are never negative, so no
///   number is changed by this.
public struct CSVWriter: Sendable {
  /// The byte order mark some spreadsheets need to read UTF-8.
  public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// The field separator: `,` or `;` (German spreadsheets).
  public let separator: UInt8

  /// A writer separating fields with `separator` (an ASCII character other than `"`, CR, LF).
  public init(separator: UInt8 = UInt8(ascii: ",")) {
    self.separator = separator
  }

  /// Appends one row of `fields`, ending with CRLF, to `out`.
  /// - Complexity: O(n) in the bytes of the fields.
  public func appendRow(_ fields: [String], to out: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { out.append(separator) }
      appendField(field, to: &out)
    }
    out.append(contentsOf: [0x0D, 0x0A])
  }

  /// The row as bytes (see `appendRow(_:to:)`).
  public func row(_ fields: [String]) -> [UInt8] {
    var out: [UInt8] = []
    appendRow(fields, to: &out)
    return out
  }

  /// Appends one field, neutralised and quoted as needed.
  func appendField(_ field: String, to out: inout [UInt8]) {
    let bytes = Array(field.utf8)
    let neutralised = bytes.first.map(Self.startsFormula) ?? false
    let needsQuotes = bytes.contains { $0 == separator || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
    if needsQuotes { out.append(0x22) }
    if neutralised { out.append(UInt8(ascii: "'")) }
    for byte in bytes {
      out.append(byte)
      if byte == 0x22 { out.append(0x22) }
    }
    if needsQuotes { out.append(0x22) }
  }

  /// Whether a field beginning with `byte` would be read as a formula.
  private static func startsFormula(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
    default: false
    }
  }
}
