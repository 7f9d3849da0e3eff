/// Makes text from the data safe to print: control characters become visible symbols and
/// never reach the terminal (DESIGN.md §5).
///
/// This is the one sanitizer of everything the command line prints and every report file: the
/// output sinks (`Console` in the `tresen` executable, ``OutputFile/write(report:to:io:)``) run
/// their whole text through ``printable(_:)``, so no renderer can forget a field. Renderers call
/// ``sanitize(_:)`` themselves only where layout needs it: to measure a cell, or to keep a line
/// break inside one field from splitting a line of a list.
///
/// The mapping is the same as `TerminalUI.TextSanitizer`, which guards every cell the terminal
/// UI draws (TresenCore may not import TerminalUI; a test keeps the two in step):
/// - C0 controls U+0000–U+001F become the Control Pictures U+2400–U+241F (`␛` for ESC);
/// - DEL U+007F becomes `␡`;
/// - C1 controls U+0080–U+009F and the bidi embeddings, overrides and isolates U+202A–U+202E
///   and U+2066–U+2069 become `�`;
/// - the line and paragraph separators U+2028 and U+2029 become `␤`.
public enum VisibleText {
  /// The visible symbol printed instead of `scalar`, or nil when the scalar is safe as it is.
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

  /// `text` with every unsafe scalar, line feeds included, replaced by its visible symbol.
  public static func sanitize(_ text: String) -> String {
    replacing(text, keepingLineFeeds: false)
  }

  /// `text` as it may be printed or written to a report file: like ``sanitize(_:)``, but a
  /// line feed stays a line feed, as it separates the lines of the output.
  public static func printable(_ text: String) -> String {
    replacing(text, keepingLineFeeds: true)
  }

  private static func replacing(_ text: String, keepingLineFeeds: Bool) -> String {
    let needed = text.unicodeScalars.contains { picture(for: $0) != nil && !(keepingLineFeeds && $0 == "\n") }
    guard needed else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if keepingLineFeeds && scalar == "\n" {
        result.append(scalar)
      } else {
        result.append(picture(for: scalar) ?? scalar)
      }
    }
    return String(result)
  }

  /// The terminal columns `text` takes once sanitized: two for East Asian wide and fullwidth
  /// characters and emoji, none for combining marks, joiners and other format characters, one
  /// for everything else. A close estimate, not the terminal UI's full table: it lets the
  /// command line cut and align columns by width rather than by character count.
  public static func width(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  private static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 || picture(for: scalar) != nil { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    let wide =
      scalar.properties.isEmojiPresentation || (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
      || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
    return wide ? 2 : 1
  }

  /// `text` sanitized and cut to at most `limit` columns, ending in `…` when cut.
  public static func fit(_ text: String, _ limit: Int) -> String {
    let clean = sanitize(text)
    guard width(clean) > limit else { return clean }
    var result = ""
    var used = 0
    for character in clean {
      let columns = width(String(character))
      if used + columns > limit - 1 { break }
      result.append(character)
      used += columns
    }
    return limit < 1 ? "" : result + "…"
  }

  /// `text` fitted to exactly `width` columns: cut with `…` or padded with spaces.
  public static func column(_ text: String, _ columns: Int) -> String {
    let fitted = fit(text, columns)
    return fitted + String(repeating: " ", count: max(0, columns - width(fitted)))
  }
}
