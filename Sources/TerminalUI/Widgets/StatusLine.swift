/// A one-row status line: a message on the left and a short note (save state, clock) on the right.
///
/// The right text always shows in full when it fits; the left text is truncated with `…` to leave
/// it room. The whole row takes the status style.
public struct StatusLine: Widget {
  /// The message on the left, e.g. an error or an undo hint.
  public var left: Line
  /// The note on the right, e.g. `saved 14:02`.
  public var right: Line
  /// The style of the whole row.
  public var style: Style

  /// A status line with `left` and `right` text.
  public init(left: Line = "", right: Line = "", style: Style = Style(role: .status)) {
    self.left = left
    self.right = right
    self.style = style
  }

  /// Draws both texts on the first row of `area`.
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    buffer.clear(row, style: style)
    let rightWidth = min(right.width, row.width)
    if rightWidth > 0 {
      buffer.set(line: right, at: Point(x: row.right - rightWidth, y: row.y), maxWidth: rightWidth)
    }
    let room = row.width - rightWidth - (rightWidth > 0 ? 1 : 0)
    if room > 0 { buffer.set(line: left, at: row.origin, maxWidth: room) }
  }
}
