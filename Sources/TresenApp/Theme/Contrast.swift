import Foundation
import TerminalUI

/// WCAG 2.x contrast: relative luminance of sRGB colours and the ratio between two of them,
/// from 1:1 (same colour) to 21:1 (black on white).
///
/// Only colours with a fixed value can be measured: `#rrggbb` and `color16`–`color255` (the
/// xterm cube and grey ramp). The 16 ANSI colours and `color0`–`color15` follow the user's
/// palette, so they are not measured. `default` stands for white (as foreground) on black for
/// dark themes and black on white for light ones.
public enum Contrast {
  /// WCAG AA for normal text; below it `themes check` warns.
  public static let recommended = 4.5
  /// Below this `themes check` fails (WCAG AA for large text and for non-text elements).
  public static let minimum = 3.0

  /// An sRGB colour as three 0–255 channels.
  public struct RGB: Equatable, Sendable {
    /// Red, 0–255.
    public var red: UInt8
    /// Green, 0–255.
    public var green: UInt8
    /// Blue, 0–255.
    public var blue: UInt8

    /// A colour from its channels.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
      self.red = red
      self.green = green
      self.blue = blue
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    public var luminance: Double {
      func linear(_ channel: UInt8) -> Double {
        let value = Double(channel) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }
  }

  /// The contrast ratio of two colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter.
  public static func ratio(_ first: RGB, _ second: RGB) -> Double {
    let (a, b) = (first.luminance, second.luminance)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
  }

  /// The fixed value of `color` in a theme of `kind`, or nil when the user's palette decides it.
  public static func rgb(of color: Color, asForeground: Bool, kind: ThemeKind) -> RGB? {
    switch color {
    case .default:
      switch kind {
      case .dark: return asForeground ? RGB(255, 255, 255) : RGB(0, 0, 0)
      case .light: return asForeground ? RGB(0, 0, 0) : RGB(255, 255, 255)
      case .mono: return nil
      }
    case .ansi: return nil
    case .rgb(let red, let green, let blue): return RGB(red, green, blue)
    case .indexed(let index): return xterm(index)
    }
  }

  /// The colour of xterm palette entry `index` (16–255); nil for the 16 user colours.
  static func xterm(_ index: UInt8) -> RGB? {
    switch index {
    case 0..<16: return nil
    case 16..<232:
      let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
      let cube = Int(index) - 16
      return RGB(levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    default:
      let grey = UInt8(8 + (Int(index) - 232) * 10)
      return RGB(grey, grey, grey)
    }
  }
}
