/// A grid of cells, `width × height`, that widgets render into and the terminal diffs.
///
/// Coordinates are screen coordinates starting at (0, 0). Every write is clipped to the grid, so a
/// widget handed a rectangle partly off-screen cannot crash or wrap. Wide characters always keep
/// their continuation cell: overwriting either half of one blanks the other half.
public struct Buffer: Hashable, Sendable {
  /// The whole grid as a rectangle at the origin.
  public let area: Rect
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// A buffer of `size` filled with blank cells.
  public init(size: Size) {
    self.area = Rect(size: size)
    self.cells = Array(repeating: .blank, count: size.area)
  }

  /// A buffer of `width × height` blank cells.
  public init(width: Int, height: Int) {
    self.init(size: Size(width: width, height: height))
  }

  /// The number of columns.
  public var width: Int { area.width }
  /// The number of rows.
  public var height: Int { area.height }
  /// The width and height.
  public var size: Size { area.size }

  /// The cell at column `x`, row `y`; a blank cell outside the grid.
  public subscript(x: Int, y: Int) -> Cell {
    guard let index = index(x: x, y: y) else { return .blank }
    return cells[index]
  }

  /// The cell at `point`; a blank cell outside the grid.
  public subscript(point: Point) -> Cell { self[point.x, point.y] }

  func index(x: Int, y: Int) -> Int? {
    guard x >= 0, y >= 0, x < area.width, y < area.height else { return nil }
    return y * area.width + x
  }

  /// Puts `cell` at `point`, keeping wide characters whole. A wide cell that would stick out of the
  /// grid is replaced by a space.
  public mutating func set(_ cell: Cell, at point: Point) {
    set(cell, at: point, limit: area.right)
  }

  /// Like ``set(_:at:)`` but treats column `limit` as the right edge.
  mutating func set(_ cell: Cell, at point: Point, limit: Int) {
    guard let index = index(x: point.x, y: point.y), !cell.isContinuation else { return }
    var cell = cell
    if cell.width == 2, point.x + 1 >= min(limit, area.right) { cell = Cell(" ", style: cell.style) }
    breakWideCharacter(at: index, x: point.x)
    cells[index] = cell
    if cell.width == 2 {
      breakWideCharacter(at: index + 1, x: point.x + 1)
      cells[index + 1] = cell.continuationCell
    }
  }

  /// Blanks the other half of a wide character that `index` is part of.
  /// Writes the narrow, sanitized `character` at `point` in the cell's style patched with
  /// `style`; in place when the cell is narrow too, as no wide neighbour can break.
  mutating func setNarrow(_ character: Character, patching style: Style, at point: Point) {
    guard let index = index(x: point.x, y: point.y) else { return }
    if cells[index].width == 1 {
      cells[index].overwriteNarrow(with: character, patching: style)
    } else {
      set(Cell(sanitized: character, width: 1, style: cells[index].style.patched(with: style)), at: point)
    }
  }

  /// `setNarrow` for a printable ASCII `byte`: its symbol comes from a table, not a new string.
  mutating func setNarrow(ascii byte: UInt8, patching style: Style, at point: Point) {
    guard let index = index(x: point.x, y: point.y) else { return }
    if cells[index].width == 1 {
      cells[index].overwriteNarrow(withSymbol: Cell.asciiSymbols[Int(byte &- 0x20)], patching: style)
    } else {
      setNarrow(Character(Unicode.Scalar(byte)), patching: style, at: point)
    }
  }

  private mutating func breakWideCharacter(at index: Int, x: Int) {
    let current = cells[index]
    if current.isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    } else if current.width == 2, x + 1 < area.width {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
    if current.width != 1 { cells[index] = Cell(" ", style: current.style) }
  }

  /// Fills `area` (clipped to the grid) with copies of `cell`.
  ///
  /// - Complexity: O(cells in the area).
  public mutating func fill(_ area: Rect, with cell: Cell) {
    let target = area.intersection(self.area)
    guard !target.isEmpty else { return }
    for y in target.y..<target.bottom {
      var x = target.x
      while x < target.right {
        set(cell, at: Point(x: x, y: y), limit: target.right)
        x += max(1, cell.width)
      }
    }
  }

  /// Resets `area` to blank cells in `style`, dropping whatever was drawn there.
  public mutating func clear(_ area: Rect, style: Style = .plain) {
    fill(area, with: Cell(" ", style: style))
  }

  /// Resets the whole buffer to blank cells.
  public mutating func clear() {
    cells = Array(repeating: .blank, count: area.area)
  }

  /// Replaces every cell's style with `transform(style)`; a theme uses it to turn roles into
  /// colours once a frame is composed. `transform` must be a pure function of the style: it is
  /// called once per run of neighbouring cells with equal styles, the run sharing its result.
  /// - Complexity: O(cells).
  public mutating func restyle(_ transform: (Style) -> Style) {
    cells.withUnsafeMutableBufferPointer { cells in
      guard let first = cells.first?.style else { return }
      var previous = first
      var result = transform(first)
      for index in cells.indices {
        if cells[index].style != previous {
          previous = cells[index].style
          result = transform(previous)
        }
        cells[index].style = result
      }
    }
  }

  /// Patches `style` over every cell of `area` (clipped), keeping the text.
  ///
  /// - Complexity: O(cells in the area).
  public mutating func setStyle(_ style: Style, in area: Rect) {
    let target = area.intersection(self.area)
    guard !target.isEmpty else { return }
    let width = self.area.width
    cells.withUnsafeMutableBufferPointer { cells in
      for y in target.y..<target.bottom {
        for index in (y * width + target.x)..<(y * width + target.right) {
          cells[index].style = cells[index].style.patched(with: style)
        }
      }
    }
  }
}
