/// How a cell looks: colours, attributes and the theme role they came from.
///
/// A nil colour or role means "leave as is" when one style is patched over another, and "the
/// terminal's default" when the cell is finally drawn.
public struct Style: Hashable, Sendable {
  /// The text colour, or nil to keep the one underneath.
  public var foreground: Color?
  /// The background colour, or nil to keep the one underneath.
  public var background: Color?
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
    self.foreground = foreground
    self.background = background
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
    Style(
      foreground: other.foreground ?? foreground,
      background: other.background ?? background,
      attributes: attributes.subtracting(other.removedAttributes).union(other.attributes),
      removing: removedAttributes.subtracting(other.attributes).union(other.removedAttributes),
      role: other.role ?? role)
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
