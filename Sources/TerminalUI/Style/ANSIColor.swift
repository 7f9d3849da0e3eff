/// The 16 named ANSI colours; the raw value is the palette index (0–15).
public enum ANSIColor: Int, CaseIterable, Hashable, Sendable {
  /// ANSI black (palette 0).
  case black
  /// ANSI red (palette 1).
  case red
  /// ANSI green (palette 2).
  case green
  /// ANSI yellow (palette 3).
  case yellow
  /// ANSI blue (palette 4).
  case blue
  /// ANSI magenta (palette 5).
  case magenta
  /// ANSI cyan (palette 6).
  case cyan
  /// ANSI white (palette 7).
  case white
  /// ANSI bright black (palette 8).
  case brightBlack
  /// ANSI bright red (palette 9).
  case brightRed
  /// ANSI bright green (palette 10).
  case brightGreen
  /// ANSI bright yellow (palette 11).
  case brightYellow
  /// ANSI bright blue (palette 12).
  case brightBlue
  /// ANSI bright magenta (palette 13).
  case brightMagenta
  /// ANSI bright cyan (palette 14).
  case brightCyan
  /// ANSI bright white (palette 15).
  case brightWhite

  /// The theme spelling: `red`, `bright-red`, …
  public var name: String {
    let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][rawValue % 8]
    return rawValue < 8 ? base : "bright-" + base
  }

  /// Whether this is one of the eight bright variants (palette 8–15).
  public var isBright: Bool { rawValue >= 8 }

  /// The dark variant of a bright colour, for terminals with only 8 colours; itself otherwise.
  public var base: ANSIColor { ANSIColor(rawValue: rawValue % 8) ?? self }

  /// The colour named `name` (`red`, `bright-red`, `brightred`, `bright_red`), or nil.
  public init?(name: String) {
    let normalized = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
    let match = Self.allCases.first { $0.name == normalized || $0.name.filter { $0 != "-" } == normalized }
    guard let match else { return nil }
    self = match
  }
}
