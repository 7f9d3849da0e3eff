/// A virtualized table: a header and one ``TableRow`` per visible row, asked for only on screen.
///
/// Column widths come from ``Constraint``s over the table width (minus the highlight marker and
/// the spacing between columns); cells are truncated with `…` and aligned per column. As in
/// ``ListView``, the row provider is called only for visible indexes.
public struct Table: Widget {
  /// The columns, left to right.
  public var columns: [TableColumn]
  /// The number of rows in the whole table (without the header).
  public var count: Int
  /// The selection and scroll position.
  public var state: ListState
  /// Whether the first line shows the column titles.
  public var showsHeader: Bool
  /// Empty columns between neighbouring columns.
  public var columnSpacing: Int
  /// The style of every body row.
  public var style: Style
  /// The style of the header row.
  public var headerStyle: Style
  /// The style patched over the selected row.
  public var selectedStyle: Style
  /// A marker before the selected row; other rows get as many spaces. Empty for none.
  public var highlightSymbol: String
  /// Makes row `index`; called only for visible rows.
  public var row: (Int) -> TableRow

  /// A table of `count` rows made by `row`.
  public init(
    columns: [TableColumn], count: Int, state: ListState, showsHeader: Bool = true, columnSpacing: Int = 1,
    style: Style = Style(role: .text), headerStyle: Style = Style(role: .header, attributes: .bold),
    selectedStyle: Style = Style(role: .selected, attributes: .reverse), highlightSymbol: String = "",
    row: @escaping (Int) -> TableRow
  ) {
    self.columns = columns
    self.count = count
    self.state = state
    self.showsHeader = showsHeader
    self.columnSpacing = columnSpacing
    self.style = style
    self.headerStyle = headerStyle
    self.selectedStyle = selectedStyle
    self.highlightSymbol = highlightSymbol
    self.row = row
  }

  /// The area the body rows take inside `area` (below the header).
  public func bodyArea(in area: Rect) -> Rect {
    showsHeader ? area.inset(top: 1) : area
  }

  /// The indexes of the rows shown in `area`.
  public func visibleRange(in area: Rect) -> Range<Int> {
    let body = bodyArea(in: area)
    let first = state.visibleOffset(count: count, height: body.height)
    return first..<min(count, first + body.height)
  }

  /// Where to park the terminal cursor: the start of the selected row, or nil when none is shown.
  public func cursorPosition(in area: Rect) -> Point? {
    let range = visibleRange(in: area)
    guard let selected = state.selected, range.contains(selected) else { return nil }
    return Point(x: area.x, y: bodyArea(in: area).y + selected - range.lowerBound)
  }

  /// Draws the header and the visible rows.
  ///
  /// - Complexity: O(visible rows × columns); `row` is called once per visible row.
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let marker = TextSanitizer.sanitize(highlightSymbol)
    let markerWidth = marker.displayWidth
    let cellsArea = area.inset(left: markerWidth)
    let columnAreas = cellsArea.columns(columns.map(\.width), spacing: columnSpacing)
    if showsHeader {
      let header = area.row(0)
      buffer.setStyle(headerStyle, in: header)
      for (column, columnArea) in zip(columns, columnAreas) {
        buffer.set(
          line: Line(column.title), at: Point(x: columnArea.x, y: header.y), maxWidth: columnArea.width,
          alignment: column.alignment)
      }
    }
    let body = bodyArea(in: area)
    let range = visibleRange(in: area)
    for index in range {
      let rowArea = body.row(index - range.lowerBound)
      let content = row(index)
      let isSelected = index == state.selected
      buffer.setStyle(style.patched(with: content.style), in: rowArea)
      if markerWidth > 0, isSelected {
        buffer.set(string: marker, at: rowArea.origin, maxWidth: markerWidth)
      }
      for (columnIndex, columnArea) in columnAreas.enumerated() where columnIndex < content.cells.count {
        guard columnArea.width > 0 else { continue }
        buffer.set(
          line: content.cells[columnIndex], at: Point(x: columnArea.x, y: rowArea.y), maxWidth: columnArea.width,
          alignment: columns[columnIndex].alignment)
      }
      if isSelected { buffer.setStyle(selectedStyle, in: rowArea) }
    }
  }
}
