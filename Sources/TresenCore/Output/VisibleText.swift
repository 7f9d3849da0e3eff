/// Makes text from the data safe to print: control characters become visible symbols and
/// never reach the terminal (DESIGN.md §5).
public enum VisibleText {
  /// `text` with C0 and C1 controls, DEL and bidirectional overrides replaced by visible
  /// stand-ins: C0 by their Control Pictures (U+2400…), everything else by `�`.
  public static func sanitize(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: result.append("\u{2421}")
      case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  /// `text` sanitized and cut to at most `limit` characters, ending in `…` when cut.
  public static func fit(_ text: String, _ limit: Int) -> String {
    let clean = sanitize(text)
    guard clean.count > limit else { return clean }
    return limit <= 1 ? String(clean.prefix(limit)) : clean.prefix(limit - 1) + "…"
  }

  /// `text` fitted to exactly `width` characters: cut with `…` or padded with spaces.
  public static func column(_ text: String, _ width: Int) -> String {
    let fitted = fit(text, width)
    return fitted + String(repeating: " ", count: max(0, width - fitted.count))
  }
}
