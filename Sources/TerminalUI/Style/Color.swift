/// A terminal colour: the terminal's own default, one of the 16 ANSI colours, an xterm-256 index or
/// a 24-bit RGB value.
///
/// The backend decides how to show it: a 256-colour terminal maps RGB to the nearest index, an
/// 8-colour one to the nearest ANSI colour, and a monochrome one ignores colours entirely.
public enum Color: Hashable, Sendable {
  /// The terminal's own foreground or background (transparent).
  case `default`
  /// One of the 16 named ANSI colours, which follow the user's terminal palette.
  case ansi(ANSIColor)
  /// An entry of the xterm 256-colour palette.
  case indexed(UInt8)
  /// A 24-bit colour.
  case rgb(red: UInt8, green: UInt8, blue: UInt8)

  /// ANSI black.
  public static let black = Color.ansi(.black)
  /// ANSI red.
  public static let red = Color.ansi(.red)
  /// ANSI green.
  public static let green = Color.ansi(.green)
  /// ANSI yellow.
  public static let yellow = Color.ansi(.yellow)
  /// ANSI blue.
  public static let blue = Color.ansi(.blue)
  /// ANSI magenta.
  public static let magenta = Color.ansi(.magenta)
  /// ANSI cyan.
  public static let cyan = Color.ansi(.cyan)
  /// ANSI white (often light grey).
  public static let white = Color.ansi(.white)

  /// A colour from `#rrggbb` or `rrggbb` hex digits (either case); nil for anything else.
  public init?(hex: String) {
    let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
    guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
      return nil
    }
    self = .rgb(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
  }

  /// A colour from the spellings themes use: `default`, an ANSI name such as `red` or
  /// `bright-red`, `colorN` (0–255) or `#rrggbb`. Case is ignored; nil for anything else.
  public init?(name: String) {
    let name = name.lowercased()
    if name == "default" {
      self = .default
    } else if let ansi = ANSIColor(name: name) {
      self = .ansi(ansi)
    } else if name.hasPrefix("color"), let index = UInt8(name.dropFirst(5)) {
      self = .indexed(index)
    } else if name.hasPrefix("#"), let color = Color(hex: name) {
      self = color
    } else {
      return nil
    }
  }

  /// The xterm-256 palette index that shows this colour: ANSI colours are 0–15, RGB values map to
  /// the nearest entry of the 6×6×6 cube or the grey ramp. Nil for ``default``.
  public var paletteIndex: UInt8? {
    switch self {
    case .default: return nil
    case .ansi(let ansi): return UInt8(ansi.rawValue)
    case .indexed(let index): return index
    case .rgb(let red, let green, let blue): return Self.nearestIndex(red: red, green: green, blue: blue)
    }
  }

  private static func nearestIndex(red: UInt8, green: UInt8, blue: UInt8) -> UInt8 {
    let levels = [0, 95, 135, 175, 215, 255]
    func cubeStep(_ value: UInt8) -> Int {
      levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) } ?? 0
    }
    let (r, g, b) = (cubeStep(red), cubeStep(green), cubeStep(blue))
    let cube = (levels[r], levels[g], levels[b])
    let average = (Int(red) + Int(green) + Int(blue)) / 3
    let greyStep = max(0, min(23, (average - 8 + 5) / 10))
    let grey = 8 + greyStep * 10
    func distance(_ c: (Int, Int, Int)) -> Int {
      let dr = c.0 - Int(red)
      let dg = c.1 - Int(green)
      let db = c.2 - Int(blue)
      return dr * dr + dg * dg + db * db
    }
    if distance((grey, grey, grey)) < distance(cube) { return UInt8(232 + greyStep) }
    return UInt8(16 + 36 * r + 6 * g + b)
  }
}
