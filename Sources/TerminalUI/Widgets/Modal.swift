/// A dialog box centred over the screen: it clears its area, draws a ``Block`` and its body lines.
///
/// Render it last, over the panes. Further content (form fields) goes into ``contentArea(in:)``.
public struct Modal: Widget {
  /// The box's title.
  public var title: String?
  /// The wanted outer size, shrunk to fit the screen.
  public var size: Size
  /// Lines drawn at the top of the content area.
  public var body: [Line]
  /// Border characters.
  public var symbols: BorderSymbols
  /// The style of the whole box: its background and text.
  public var style: Style

  /// A dialog of `size` titled `title` showing `body`.
  public init(
    title: String? = nil, size: Size, body: [Line] = [], symbols: BorderSymbols = .unicode,
    style: Style = Style(role: .dialog)
  ) {
    self.title = title
    self.size = size
    self.body = body
    self.symbols = symbols
    self.style = style
  }

  /// The box's outer rectangle when drawn over `screen`.
  public func frame(in screen: Rect) -> Rect {
    screen.centered(size)
  }

  /// The area inside the border, below the body lines.
  public func contentArea(in screen: Rect) -> Rect {
    let inner = frame(in: screen).inset(horizontal: 2, vertical: 1)
    return inner.inset(top: body.count)
  }

  /// Clears the box's area and draws the border, title and body.
  public func render(in area: Rect, buffer: inout Buffer) {
    let box = frame(in: area)
    guard !box.isEmpty else { return }
    buffer.clear(box, style: style)
    Block(
      title: title, symbols: symbols, isFocused: true, focusedBorderStyle: style,
      focusedTitleStyle: Style(role: .title, attributes: .bold)
    ).render(in: box, buffer: &buffer)
    let inner = box.inset(horizontal: 2, vertical: 1)
    for (index, line) in body.prefix(inner.height).enumerated() {
      buffer.set(line: line, at: Point(x: inner.x, y: inner.y + index), maxWidth: inner.width)
    }
  }
}
