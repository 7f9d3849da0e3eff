/// Makes text from data safe to draw: no scalar that a terminal would act on ever reaches a cell.
///
/// Every scalar that could move the cursor, change colours, start an escape sequence or reorder
/// text is replaced by one visible, single-column symbol:
/// - C0 controls U+0000–U+001F become the Control Pictures U+2400–U+241F (`␛` for ESC, `␍` for
///   CR, `␊` for LF, `␉` for TAB), so `ESC [31m` shows as `␛[31m`;
/// - DEL U+007F becomes `␡` (U+2421);
/// - C1 controls U+0080–U+009F (including the 8-bit CSI U+009B) become `�` (U+FFFD), as there
///   are no pictures for them;
/// - bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 become `�` too;
/// - the line and paragraph separators U+2028 and U+2029 become `␤` (U+2424).
///
/// Everything else passes unchanged, including zero-width joiners and combining marks, which belong
/// to their base character.
public enum TextSanitizer {
  /// The visible symbol shown instead of `scalar`, or nil when the scalar is safe as it is.
  public static func picture(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    switch value {
    case 0x00...0x1F: return Unicode.Scalar(0x2400 + value)
    case 0x7F: return "\u{2421}"
    case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: return "\u{FFFD}"
    case 0x2028, 0x2029: return "\u{2424}"
    default: return nil
    }
  }

  /// Whether `string` contains nothing that ``sanitize(_:)`` would replace.
  public static func isSafe<S: StringProtocol>(_ string: S) -> Bool {
    string.unicodeScalars.allSatisfy { picture(for: $0) == nil }
  }

  /// `string` with every unsafe scalar replaced by its visible symbol.
  ///
  /// - Complexity: O(*n*); returns the input unchanged when it is already safe.
  public static func sanitize<S: StringProtocol>(_ string: S) -> String {
    if isSafe(string) { return String(string) }
    var scalars = String.UnicodeScalarView()
    for scalar in string.unicodeScalars { scalars.append(picture(for: scalar) ?? scalar) }
    return String(scalars)
  }
}
