extension Buffer {
  /// The cells of this buffer that differ from `previous`, row by row, with their positions.
  ///
  /// When the sizes differ every cell is returned, because the terminal has to be repainted. A
  /// changed wide character comes with its continuation cell, which backends skip.
  ///
  /// - Complexity: O(cells).
  public func changes(from previous: Buffer) -> [CellChange] {
    guard previous.size == size else { return allCells() }
    var result: [CellChange] = []
    for index in cells.indices where cells[index] != previous.cells[index] {
      result.append(CellChange(position: Point(x: index % width, y: index / width), cell: cells[index]))
    }
    return result
  }

  /// Every cell with its position, row by row: what a full repaint sends.
  public func allCells() -> [CellChange] {
    cells.indices.map { CellChange(position: Point(x: $0 % width, y: $0 / width), cell: cells[$0]) }
  }
}
