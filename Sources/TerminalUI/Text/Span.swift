/// A run of text in one style.
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
  /// The text; sanitized when it is written into a ``Buffer``.
  public var text: String
  /// The style patched over the cells the text lands on.
  public var style: Style

  /// A span of `text` in `style`.
  public init(_ text: String, style: Style = .plain) {
    self.text = text
    self.style = style
  }

  /// A span of `text` tagged with the theme `role`.
  public init(_ text: String, role: StyleRole) {
    self.init(text, style: Style(role: role))
  }

  /// A plain span from a string literal.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// The columns the text takes once sanitized.
  public var width: Int { TextSanitizer.sanitize(text).displayWidth }
}
