import TerminalUI

extension ANSIColor {
  /// The colour xterm shows for this entry by default, as red, green and blue.
  var standardRGB: (red: Int, green: Int, blue: Int) {
    switch self {
    case .black: return (0, 0, 0)
    case .red: return (205, 0, 0)
    case .green: return (0, 205, 0)
    case .yellow: return (205, 205, 0)
    case .blue: return (0, 0, 238)
    case .magenta: return (205, 0, 205)
    case .cyan: return (0, 205, 205)
    case .white: return (229, 229, 229)
    case .brightBlack: return (127, 127, 127)
    case .brightRed: return (255, 0, 0)
    case .brightGreen: return (0, 255, 0)
    case .brightYellow: return (255, 255, 0)
    case .brightBlue: return (92, 92, 255)
    case .brightMagenta: return (255, 0, 255)
    case .brightCyan: return (0, 255, 255)
    case .brightWhite: return (255, 255, 255)
    }
  }

  /// The ANSI colour whose standard xterm value is closest to the given one (squared distance in
  /// RGB; the first of equally close colours wins).
  ///
  /// - Complexity: O(16).
  static func nearest(red: Int, green: Int, blue: Int) -> ANSIColor {
    func distance(_ color: ANSIColor) -> Int {
      let rgb = color.standardRGB
      let (dr, dg, db) = (rgb.red - red, rgb.green - green, rgb.blue - blue)
      return dr * dr + dg * dg + db * db
    }
    return allCases.min { distance($0) < distance($1) } ?? .white
  }

  /// The ANSI colour closest to entry `index` of the xterm 256-colour palette (0–15 map to
  /// themselves).
  static func nearest(paletteIndex index: UInt8) -> ANSIColor {
    if let ansi = ANSIColor(rawValue: Int(index)) { return ansi }
    let (red, green, blue) = paletteRGB(index)
    return nearest(red: red, green: green, blue: blue)
  }

  /// The RGB value of a palette entry from 16 up: the 6×6×6 cube, then the 24-step grey ramp.
  private static func paletteRGB(_ index: UInt8) -> (Int, Int, Int) {
    let value = Int(index)
    if value >= 232 {
      let grey = 8 + (value - 232) * 10
      return (grey, grey, grey)
    }
    let levels = [0, 95, 135, 175, 215, 255]
    let cube = value - 16
    return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
  }
}
