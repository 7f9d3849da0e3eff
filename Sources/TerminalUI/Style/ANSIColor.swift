/// The 16 named ANSI colours; the raw value is the palette index (0–15).
public enum ANSIColor: Int, CaseIterable, Hashable, Sendable {
  case black, red, green, yellow, blue, magenta, cyan, white
  case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

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
