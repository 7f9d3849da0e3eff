/// A virtualized list: one ``Line`` per row, asked for only for the rows on screen.
///
/// The row provider is called once for each visible index and never for the others, so a list of
/// 100,000 rows costs no more than a list of 20. Selection and scroll come from a ``ListState``.
public struct ListView: Widget {
  /// The number of rows in the whole list.
  public var count: Int
  /// The selection and scroll position.
  public var state: ListState
  /// The style of every row.
  public var style: Style
  /// The style patched over the whole selected row.
  public var selectedStyle: Style
  /// A marker before the selected row (e.g. `"▶ "`); other rows get as many spaces. Empty for none.
  public var highlightSymbol: String
  /// Makes the line for row `index`; called only for visible rows.
  public var row: (Int) -> Line

  /// A list of `count` rows made by `row`.
  public init(
    count: Int, state: ListState, style: Style = Style(role: .text),
    selectedStyle: Style = Style(role: .selected, attributes: .reverse), highlightSymbol: String = "",
    row: @escaping (Int) -> Line
  ) {
    self.count = count
    self.state = state
    self.style = style
    self.selectedStyle = selectedStyle
    self.highlightSymbol = highlightSymbol
    self.row = row
  }

  /// The indexes of the rows shown in `area`.
  public func visibleRange(in area: Rect) -> Range<Int> {
    let first = state.visibleOffset(count: count, height: area.height)
    return first..<min(count, first + area.height)
  }

  /// Where to park the terminal cursor: the start of the selected row, or nil when none is shown.
  public func cursorPosition(in area: Rect) -> Point? {
    guard let selected = state.selected, visibleRange(in: area).contains(selected) else { return nil }
    return Point(x: area.x, y: area.y + selected - visibleRange(in: area).lowerBound)
  }

  /// Draws the visible rows.
  ///
  /// - Complexity: O(visible rows × row width); `row` is called once per visible row.
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let range = visibleRange(in: area)
    let marker = TextSanitizer.sanitize(highlightSymbol)
    let markerWidth = marker.displayWidth
    for index in range {
      let rowArea = area.row(index - range.lowerBound)
      let isSelected = index == state.selected
      buffer.setStyle(style, in: rowArea)
      var x = rowArea.x
      if markerWidth > 0 {
        buffer.set(string: isSelected ? marker : "", at: Point(x: x, y: rowArea.y), maxWidth: markerWidth)
        x += markerWidth
      }
      buffer.set(line: row(index), at: Point(x: x, y: rowArea.y), maxWidth: rowArea.right - x)
      // The selection is laid over the row's own styles, so it always shows.
      if isSelected { buffer.setStyle(selectedStyle, in: rowArea) }
    }
  }
}
