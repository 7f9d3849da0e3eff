/// How a cell looks: colours, attributes and the theme role they came from.
///
/// A nil colour or role means "leave as is" when one style is patched over another, and "the
/// terminal's default" when the cell is finally drawn.
///
/// The colours are kept as packed codes (``ColorCode``) so that a style is plain bits: every cell
/// of a frame holds one, and comparing two of them is four integer compares, not two switches over
/// optional enums with payloads.
public struct Style: Hashable, Sendable {
  private var foregroundCode: ColorCode
  private var backgroundCode: ColorCode

  /// The text colour, or nil to keep the one underneath.
  public var foreground: Color? {
    get { foregroundCode.color }
    set { foregroundCode = ColorCode(newValue) }
  }
  /// The background colour, or nil to keep the one underneath.
  public var background: Color? {
    get { backgroundCode.color }
    set { backgroundCode = ColorCode(newValue) }
  }
  /// Attributes added by this style.
  public var attributes: TextAttributes
  /// Attributes removed by this style when patched over another.
  public var removedAttributes: TextAttributes
  /// The theme role this style stands for, or nil to keep the one underneath.
  public var role: StyleRole?

  /// No colours, no attributes, no role: patching it changes nothing.
  public static let plain = Style()

  /// A style with the given parts; everything left out is inherited when patched.
  public init(
    foreground: Color? = nil, background: Color? = nil, attributes: TextAttributes = [],
    removing removedAttributes: TextAttributes = [], role: StyleRole? = nil
  ) {
    self.foregroundCode = ColorCode(foreground)
    self.backgroundCode = ColorCode(background)
    self.attributes = attributes
    self.removedAttributes = removedAttributes
    self.role = role
  }

  /// A style that only tags `role` (the theme fills in colours later).
  public init(role: StyleRole, attributes: TextAttributes = []) {
    self.init(attributes: attributes, role: role)
  }

  /// This style with `other` laid over it: `other`'s colours and role win where set, its
  /// attributes are added and its removed attributes taken away.
  public func patched(with other: Style) -> Style {
    var style = self
    if other.foregroundCode.isSet { style.foregroundCode = other.foregroundCode }
    if other.backgroundCode.isSet { style.backgroundCode = other.backgroundCode }
    style.attributes = attributes.subtracting(other.removedAttributes).union(other.attributes)
    style.removedAttributes = removedAttributes.subtracting(other.attributes).union(other.removedAttributes)
    if let role = other.role { style.role = role }
    return style
  }

  /// This style with `attributes` added.
  public func adding(_ attributes: TextAttributes) -> Style {
    var style = self
    style.attributes.formUnion(attributes)
    style.removedAttributes.subtract(attributes)
    return style
  }

  /// This style tagged with `role`.
  public func role(_ role: StyleRole) -> Style {
    var style = self
    style.role = role
    return style
  }
}

/// An optional ``Color`` as one integer: the case in the top byte, its payload in the low three.
/// Equal colours have equal codes, so styles compare and hash by their codes.
private struct ColorCode: Hashable, Sendable {
  private let bits: UInt32

  private static let unset: UInt32 = 0
  private static let defaultColor: UInt32 = 1 << 24
  private static let ansi: UInt32 = 2 << 24
  private static let indexed: UInt32 = 3 << 24
  private static let rgb: UInt32 = 4 << 24

  init(_ color: Color?) {
    switch color {
    case nil: bits = Self.unset
    case .default: bits = Self.defaultColor
    case .ansi(let ansi): bits = Self.ansi | UInt32(ansi.rawValue)
    case .indexed(let index): bits = Self.indexed | UInt32(index)
    case .rgb(let red, let green, let blue):
      bits = Self.rgb | UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue)
    }
  }

  /// Whether a colour is set (patching takes it over the one underneath).
  var isSet: Bool { bits != Self.unset }

  var color: Color? {
    let payload = bits & 0xFF_FFFF
    switch bits & 0xFF00_0000 {
    case Self.defaultColor: return .default
    case Self.ansi: return ANSIColor(rawValue: Int(payload)).map(Color.ansi)
    case Self.indexed: return .indexed(UInt8(payload))
    case Self.rgb:
      return .rgb(red: UInt8(payload >> 16), green: UInt8(payload >> 8 & 0xFF), blue: UInt8(payload & 0xFF))
    default: return nil
    }
  }
}
