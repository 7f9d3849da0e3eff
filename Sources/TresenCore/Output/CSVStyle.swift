/// How a CSV export is laid out for its reader.
///
/// `plain` is language-neutral, for scripts and other programs: `,` between fields, `.` in
/// amounts, no byte order mark. `excel(for:)` is for opening by double click: a UTF-8 byte
/// order mark (without it, spreadsheets read umlauts as Latin-1) and the separators the
/// language's spreadsheets expect — German `;` and `3,00`, English `,` and `3.00`.
public struct CSVStyle: Sendable, Hashable {
  /// The field separator byte.
  public var separator: UInt8
  /// The decimal mark in amounts.
  public var decimalSeparator: Character
  /// Whether the output begins with a UTF-8 byte order mark.
  public var byteOrderMark: Bool

  /// A style from its parts.
  public init(separator: UInt8, decimalSeparator: Character, byteOrderMark: Bool) {
    self.separator = separator
    self.decimalSeparator = decimalSeparator
    self.byteOrderMark = byteOrderMark
  }

  /// Language-neutral: `,`, `3.00`, no byte order mark.
  public static let plain = CSVStyle(separator: UInt8(ascii: ","), decimalSeparator: ".", byteOrderMark: false)

  /// For a spreadsheet in `language`: byte order mark; German `;` and `3,00`, English `,` and `3.00`.
  public static func excel(for language: Language) -> CSVStyle {
    switch language {
    case .de: CSVStyle(separator: UInt8(ascii: ";"), decimalSeparator: ",", byteOrderMark: true)
    case .en: CSVStyle(separator: UInt8(ascii: ","), decimalSeparator: ".", byteOrderMark: true)
    }
  }
}
