import TerminalUI

/// How many colours the terminal can show, and how a ``TerminalUI/Color`` becomes an ncurses
/// colour number at that depth.
///
/// 256 colours take palette indices as they are and map RGB into the xterm cube; 16 and 8 colours
/// take the nearest ANSI colour (8 colours show a bright foreground as its base colour plus bold);
/// monochrome drops colours and keeps attributes only.
enum ColorDepth: Hashable, Sendable {
  /// No colours: attributes only.
  case monochrome
  /// The eight base ANSI colours (`TERM=linux`, `TERM=xterm`).
  case eight
  /// The 16 ANSI colours.
  case sixteen
  /// The xterm 256-colour palette.
  case palette256

  /// The depth for a terminal reporting `colorCount` colours (`COLORS`). More than 256 (direct
  /// colour) is treated as 256, since palette indices are what we send.
  init(colorCount: Int) {
    switch colorCount {
    case 256...: self = .palette256
    case 16..<256: self = .sixteen
    case 8..<16: self = .eight
    default: self = .monochrome
    }
  }

  /// An ncurses colour number for `color`, or nil for the terminal's default (and for every
  /// colour when monochrome). `needsBold` is set when bold stands in for a bright foreground.
  func colorNumber(for color: Color) -> (number: Int32, needsBold: Bool)? {
    switch (self, color) {
    case (.monochrome, _), (_, .default):
      return nil
    case (.palette256, _):
      return color.paletteIndex.map { (Int32($0), false) }
    case (.sixteen, _):
      return ansi(color).map { (Int32($0.rawValue), false) }
    case (.eight, _):
      return ansi(color).map { (Int32($0.base.rawValue), $0.isBright) }
    }
  }

  /// The nearest of the 16 ANSI colours, or nil for the default.
  private func ansi(_ color: Color) -> ANSIColor? {
    switch color {
    case .default: return nil
    case .ansi(let ansi): return ansi
    case .indexed(let index): return ANSIColor.nearest(paletteIndex: index)
    case .rgb(let red, let green, let blue):
      return ANSIColor.nearest(red: Int(red), green: Int(green), blue: Int(blue))
    }
  }
}
