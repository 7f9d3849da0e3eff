/// One line of text made of styled spans, e.g. a list row or a hint bar.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
  /// The spans, left to right.
  public var spans: [Span]
  /// A style patched over the whole line before the spans' own styles.
  public var style: Style

  /// A line of `spans`.
  public init(_ spans: [Span], style: Style = .plain) {
    self.spans = spans
    self.style = style
  }

  /// A line of a single span of `text`.
  public init(_ text: String, style: Style = .plain) {
    self.init([Span(text)], style: style)
  }

  /// A plain line from a string literal.
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// The text of all spans, without styles.
  public var plainText: String { spans.map(\.text).joined() }

  /// The columns the whole line takes once sanitized.
  public var width: Int { spans.reduce(0) { $0 + $1.width } }
}
