import TerminalUI

/// The value of one role in a theme file: `FG [on BG] [attribute...]`.
///
/// `FG` and `BG` are colours as `Color(name:)` reads them (`#rrggbb`, `red`, `bright-red`,
/// `colorN`, `default`). Either may be left out: `on #002b36 bold` sets only the background,
/// `bold underline` only attributes. `normal` stands for "no attributes", so a monochrome
/// theme can write `text = "normal"`.
public enum ThemeValue {
  /// Why a value cannot be read.
  public enum Problem: Error, Equatable, Sendable {
    /// Nothing but blanks.
    case empty
    /// A word that is neither a colour nor an attribute.
    case unknownWord(String)
    /// A colour where none fits: a second foreground, or after the attributes.
    case misplacedColor(String)
    /// `on` with no colour after it.
    case missingBackground
  }

  /// The style `value` describes.
  public static func parse(_ value: String) -> Result<Style, Problem> {
    let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    guard !words.isEmpty else { return .failure(.empty) }
    var style = Style()
    var index = 0
    var sawAttribute = false
    while index < words.count {
      let word = words[index]
      index += 1
      if word.lowercased() == "on" {
        guard index < words.count, let color = Color(name: words[index]) else {
          return .failure(index < words.count ? .unknownWord(words[index]) : .missingBackground)
        }
        guard style.background == nil, !sawAttribute else { return .failure(.misplacedColor(words[index])) }
        style.background = color
        index += 1
      } else if let attribute = attribute(named: word) {
        style.attributes.formUnion(attribute)
        sawAttribute = true
      } else if let color = Color(name: word) {
        guard style.foreground == nil, style.background == nil, !sawAttribute else {
          return .failure(.misplacedColor(word))
        }
        style.foreground = color
      } else {
        return .failure(.unknownWord(word))
      }
    }
    return .success(style)
  }

  /// The theme spelling of `style`: `#d8dee9 on #2e3440 bold`, or `normal` for a plain style.
  public static func format(_ style: Style) -> String {
    var words: [String] = []
    if let foreground = style.foreground { words.append(format(foreground)) }
    if let background = style.background { words += ["on", format(background)] }
    words += TextAttributes.named.filter { style.attributes.contains($0.attribute) }.map(\.name)
    return words.isEmpty ? "normal" : words.joined(separator: " ")
  }

  /// The theme spelling of `color`.
  public static func format(_ color: Color) -> String {
    switch color {
    case .default: return "default"
    case .ansi(let ansi): return ansi.name
    case .indexed(let index): return "color\(index)"
    case .rgb(let red, let green, let blue):
      return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
  }

  private static func attribute(named word: String) -> TextAttributes? {
    let word = word.lowercased()
    if word == "normal" { return [] }
    return TextAttributes.named.first { $0.name == word }?.attribute
  }
}
