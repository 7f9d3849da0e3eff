/// A field showing the chosen option between arrows: `‹ normal ›`.
///
/// The arrows say that ←/→ change the value; they are single-column characters in every terminal.
public struct ChoiceField: Widget {
  /// The options and the choice.
  public var state: ChoiceFieldState
  /// The style of the whole field.
  public var style: Style
  /// The style of the arrows.
  public var arrowStyle: Style

  /// A field showing `state`.
  public init(state: ChoiceFieldState, style: Style = Style(role: .input), arrowStyle: Style = Style(role: .muted)) {
    self.state = state
    self.style = style
    self.arrowStyle = arrowStyle
  }

  /// Where to park the terminal cursor: on the first character of the option.
  public func cursorPosition(in area: Rect) -> Point {
    Point(x: area.x + min(2, max(0, area.width - 1)), y: area.y)
  }

  /// Draws `‹ option ›` on the first row of `area`, the option truncated with `…` if needed.
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    buffer.clear(row, style: style)
    guard row.width >= 5 else {
      buffer.set(string: state.selected ?? "", at: row.origin, maxWidth: row.width)
      return
    }
    buffer.set(string: "‹", at: row.origin, style: arrowStyle)
    let end = buffer.set(string: state.selected ?? "", at: row.origin.offset(dx: 2), maxWidth: row.width - 4)
    buffer.set(string: "›", at: Point(x: end + 1, y: row.y), style: arrowStyle)
  }
}
