import CNcursesShim
import TerminalUI

extension NcursesTerminal {
  /// Writes each changed cell at its position in its style. Continuation cells are skipped, and so
  /// is any cell that would not fit the current screen (a resize may just have happened).
  ///
  /// - Complexity: O(changes).
  /// - Throws: ``TerminalUI/TerminalError/drawFailed(position:reason:)`` when ncurses refuses a
  ///   cell inside the screen.
  public func draw(_ changes: [CellChange]) throws(TerminalError) {
    guard let window else { return }
    let bounds = size
    defer { _ = wattr_set(window, cncurses_attr_normal(), 0, nil) }
    for change in changes where !change.cell.isContinuation {
      let position = change.position
      guard position.x >= 0, position.y >= 0, position.y < bounds.height,
        position.x + change.cell.width <= bounds.width
      else { continue }
      let look = cursesStyle(for: change.cell.style)
      var pair = look.pair
      _ = wattr_set(window, look.attributes, Int16(truncatingIfNeeded: pair), &pair)
      let symbol = displayableSymbol(change.cell)
      let written = mvwaddstr(window, Int32(position.y), Int32(position.x), symbol)
      // Writing the bottom-right cell succeeds but reports ERR, because the cursor cannot advance.
      let isLastCell = position.y == bounds.height - 1 && position.x + change.cell.width == bounds.width
      guard written == OK || isLastCell else {
        throw .drawFailed(position: position, reason: "ncurses refused to write \"\(symbol)\"")
      }
    }
  }

  /// The cell's symbol, or question marks of the same width when the locale cannot show it.
  private func displayableSymbol(_ cell: Cell) -> String {
    if supportsUnicode || cell.symbol.unicodeScalars.allSatisfy(\.isASCII) { return cell.symbol }
    return String(repeating: "?", count: max(1, cell.width))
  }

  /// The ncurses attributes and colour pair for `style`, cached per style.
  func cursesStyle(for style: Style) -> (attributes: attr_t, pair: Int32) {
    if let cached = styles[style] { return cached }
    var attributes = Self.cursesAttributes(style.attributes)
    let foreground = style.foreground.flatMap { depth.colorNumber(for: $0) }
    let background = style.background.flatMap { depth.colorNumber(for: $0) }
    if foreground?.needsBold == true { attributes |= cncurses_attr_bold() }
    let pair = pairs.pair(foreground: foreground?.number, background: background?.number)
    styles[style] = (attributes, pair)
    return (attributes, pair)
  }

  private static func cursesAttributes(_ attributes: TextAttributes) -> attr_t {
    let table: [(TextAttributes, attr_t)] = [
      (.bold, cncurses_attr_bold()), (.dim, cncurses_attr_dim()), (.underline, cncurses_attr_underline()),
      (.reverse, cncurses_attr_reverse()), (.italic, cncurses_attr_italic()),
    ]
    return table.reduce(cncurses_attr_normal()) { result, entry in
      attributes.contains(entry.0) ? result | entry.1 : result
    }
  }
}
