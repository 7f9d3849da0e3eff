import TerminalUI

/// How the list panes show who a row is about: a column of its own when the pane is wide
/// enough, otherwise the name leads the text ("Zoë Weiß: Kaffee kalt").
struct CustomerColumn {
  /// The column's width, or nil when the pane is too narrow for one.
  let width: Int?

  /// The layout for a pane whose inner area is `paneWidth` columns wide.
  init(paneWidth: Int) {
    width = paneWidth >= 60 ? 16 : paneWidth >= 50 ? 12 : nil
  }

  /// The column to insert before the text column, if there is one.
  var columns: [TableColumn] { width.map { [TableColumn("", width: .length($0))] } ?? [] }

  /// The customer and text cells of a row.
  func cells(customer: String?, text: String, placeholder: String = "") -> [Line] {
    guard width == nil else { return [Line(customer ?? placeholder), Line(text)] }
    return [Line(customer.map { "\($0): \(text)" } ?? text)]
  }
}
