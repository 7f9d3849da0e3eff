/// A bordered box with an optional title in the top edge: the frame around a pane or dialog.
///
/// ```
/// ┌ Today ─────┐
/// │            │
/// └────────────┘
/// ```
/// Draw the block first, then the content into ``inner(_:)``. A focused block uses the focused
/// styles (role `border_focus`, bold title) so that focus shows without colour too.
public struct Block: Widget {
  /// The title written into the top edge, truncated with `…` if the box is too narrow.
  public var title: String?
  /// Border characters: ``BorderSymbols/unicode`` or ``BorderSymbols/ascii``.
  public var symbols: BorderSymbols
  /// Whether this block has the focus.
  public var isFocused: Bool
  /// The border style when not focused.
  public var borderStyle: Style
  /// The border style when focused.
  public var focusedBorderStyle: Style
  /// The title style when not focused.
  public var titleStyle: Style
  /// The title style when focused.
  public var focusedTitleStyle: Style
  /// A style patched over the inside of the box, or nil to leave it alone.
  public var fillStyle: Style?

  /// A block with the given title and look; styles default to the theme roles `border`,
  /// `border_focus` and `title`.
  public init(
    title: String? = nil, symbols: BorderSymbols = .unicode, isFocused: Bool = false,
    borderStyle: Style = Style(role: .border), focusedBorderStyle: Style = Style(role: .borderFocus),
    titleStyle: Style = Style(role: .title), focusedTitleStyle: Style = Style(role: .title, attributes: .bold),
    fillStyle: Style? = nil
  ) {
    self.title = title
    self.symbols = symbols
    self.isFocused = isFocused
    self.borderStyle = borderStyle
    self.focusedBorderStyle = focusedBorderStyle
    self.titleStyle = titleStyle
    self.focusedTitleStyle = focusedTitleStyle
    self.fillStyle = fillStyle
  }

  /// The area inside the border, where content goes.
  public func inner(_ area: Rect) -> Rect {
    area.inset(by: 1)
  }

  /// Draws the border and the title.
  public func render(in area: Rect, buffer: inout Buffer) {
    guard area.width >= 2, area.height >= 2 else { return }
    let border = isFocused ? focusedBorderStyle : borderStyle
    if let fillStyle { buffer.setStyle(fillStyle, in: inner(area)) }
    let horizontal = Cell(symbols.horizontal, style: border)
    let vertical = Cell(symbols.vertical, style: border)
    buffer.fill(Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: 1), with: horizontal)
    buffer.fill(Rect(x: area.x + 1, y: area.bottom - 1, width: area.width - 2, height: 1), with: horizontal)
    buffer.fill(Rect(x: area.x, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
    buffer.fill(Rect(x: area.right - 1, y: area.y + 1, width: 1, height: area.height - 2), with: vertical)
    buffer.set(Cell(symbols.topLeft, style: border), at: area.origin)
    buffer.set(Cell(symbols.topRight, style: border), at: Point(x: area.right - 1, y: area.y))
    buffer.set(Cell(symbols.bottomLeft, style: border), at: Point(x: area.x, y: area.bottom - 1))
    buffer.set(Cell(symbols.bottomRight, style: border), at: Point(x: area.right - 1, y: area.bottom - 1))
    guard let title, !title.isEmpty, area.width >= 5 else { return }
    // " Title " sits between the corner and the rest of the edge, one space either side.
    let room = area.width - 4
    let text = TextSanitizer.sanitize(title).truncated(toWidth: room)
    let start = Point(x: area.x + 1, y: area.y)
    buffer.set(Cell(" ", style: border), at: start)
    let end = buffer.set(
      string: text, at: start.offset(dx: 1), style: isFocused ? focusedTitleStyle : titleStyle, maxWidth: room)
    buffer.set(Cell(" ", style: border), at: Point(x: end, y: area.y))
  }
}
