/// A cell that differs from the previous frame, with where it goes.
public struct CellChange: Hashable, Sendable {
  /// The screen position.
  public var position: Point
  /// The new content. Backends skip continuation cells: the wide character before them covers them.
  public var cell: Cell

  /// A change of the cell at `position` to `cell`.
  public init(position: Point, cell: Cell) {
    self.position = position
    self.cell = cell
  }
}
