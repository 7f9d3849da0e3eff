/// A one-line text input showing a ``TextFieldState``, scrolled so the cursor stays visible.
///
/// An empty field shows its placeholder in the `muted` role. The widget does not draw a cursor;
/// the caller parks the terminal cursor at ``cursorPosition(in:)`` and makes it visible.
public struct TextField: Widget {
  /// The text and cursor.
  public var state: TextFieldState
  /// Shown while the field is empty.
  public var placeholder: String
  /// The style of the whole field.
  public var style: Style
  /// The style of the placeholder.
  public var placeholderStyle: Style

  /// A field showing `state`.
  public init(
    state: TextFieldState, placeholder: String = "", style: Style = Style(role: .input),
    placeholderStyle: Style = Style(role: .muted)
  ) {
    self.state = state
    self.placeholder = placeholder
    self.style = style
    self.placeholderStyle = placeholderStyle
  }

  /// The screen position of the cursor when the field is drawn in `area`.
  public func cursorPosition(in area: Rect) -> Point {
    let first = state.visibleOffset(width: area.width)
    let characters = Array(state.text)
    let columns = characters[first..<state.cursor].reduce(0) { $0 + $1.displayWidth }
    return Point(x: area.x + min(columns, max(0, area.width - 1)), y: area.y)
  }

  /// Draws the visible part of the text (or the placeholder) on the first row of `area`.
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    buffer.clear(row, style: style)
    if state.isEmpty {
      buffer.set(string: placeholder, at: row.origin, style: placeholderStyle, maxWidth: row.width)
      return
    }
    let first = state.visibleOffset(width: row.width)
    var x = row.x
    for character in state.text.dropFirst(first) {
      let columns = character.displayWidth
      guard columns > 0 else { continue }
      guard x + columns <= row.right else { break }
      buffer.set(Cell(character, style: style), at: Point(x: x, y: row.y))
      x += min(2, columns)
    }
  }
}
