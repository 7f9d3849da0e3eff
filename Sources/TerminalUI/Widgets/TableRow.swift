/// One row of a ``Table``: a line per column and a style for the whole row.
public struct TableRow: Hashable, Sendable {
  /// The cell contents, one per column; missing cells stay empty, extra ones are ignored.
  public var cells: [Line]
  /// A style patched over the whole row.
  public var style: Style

  /// A row of styled cells.
  public init(_ cells: [Line], style: Style = .plain) {
    self.cells = cells
    self.style = style
  }

  /// A row of plain text cells.
  public init(texts: [String], style: Style = .plain) {
    self.init(texts.map { Line($0) }, style: style)
  }
}
