/// One screen cell: a grapheme cluster, its style, and how many columns it spans.
///
/// A wide character (CJK, emoji) lives in its cell with ``width`` 2 and the cell to its right
/// holds a ``continuation`` marker, which backends skip. The symbol is always sanitized, so a cell
/// never holds a control character, escape or bidi override.
public struct Cell: Hashable, Sendable {
  /// The grapheme cluster shown, `""` for a continuation cell.
  public private(set) var symbol: String
  /// How the cell looks.
  public var style: Style
  /// The columns the symbol takes: 1 or 2, or 0 for a continuation cell.
  public private(set) var width: Int

  /// A space in no particular style.
  public static let blank = Cell(" ")

  /// The right half of a wide character.
  public static let continuation = Cell(symbol: "", style: .plain, width: 0)

  /// A cell showing the first grapheme of `text` (sanitized) in `style`.
  ///
  /// Empty text and zero-width clusters become a space; a wide character gets ``width`` 2 and
  /// needs the cell to its right as its continuation, which ``Buffer/set(_:at:)`` takes care of.
  public init(_ text: String, style: Style = .plain) {
    let safe = TextSanitizer.sanitize(text)
    if let first = safe.first, first.displayWidth > 0 {
      self.init(symbol: String(first), style: style, width: min(2, first.displayWidth))
    } else {
      self.init(symbol: " ", style: style, width: 1)
    }
  }

  /// A cell showing `character` (sanitized) in `style`.
  public init(_ character: Character, style: Style = .plain) {
    self.init(String(character), style: style)
  }

  /// A cell of `character` that is already sanitized and `width` (1 or 2) columns wide, for
  /// text drawn in bulk that has had both checked once.
  init(sanitized character: Character, width: Int, style: Style) {
    self.init(symbol: String(character), style: style, width: min(2, width))
  }

  /// Puts the narrow, sanitized `character` in this narrow cell and patches its style with
  /// `style`: what ``Buffer/set(line:at:maxWidth:alignment:)`` does for most characters, in place.
  mutating func overwriteNarrow(with character: Character, patching style: Style) {
    overwriteNarrow(withSymbol: String(character), patching: style)
  }

  /// Like `overwriteNarrow(with:patching:)` with the symbol already a string.
  mutating func overwriteNarrow(withSymbol symbol: String, patching style: Style) {
    self.symbol = symbol
    self.style = self.style.patched(with: style)
  }

  /// The printable ASCII characters 0x20–0x7E as symbols, made once.
  static let asciiSymbols: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

  private init(symbol: String, style: Style, width: Int) {
    self.symbol = symbol
    self.style = style
    self.width = width
  }

  /// Whether this is the right half of a wide character.
  public var isContinuation: Bool { width == 0 }

  /// Whether this cell shows a space.
  public var isBlank: Bool { symbol == " " }

  /// The continuation cell that follows this wide cell, carrying the same style.
  var continuationCell: Cell { Cell(symbol: "", style: style, width: 0) }
}
