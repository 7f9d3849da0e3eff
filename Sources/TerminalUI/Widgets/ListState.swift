/// The selection and scroll position of a list or table, kept in the caller's state.
///
/// Rendering never changes it: ``visibleOffset(count:height:)`` computes, as a pure function, the
/// first row to show so that the selection is visible. Reducers move the selection with the
/// methods below and may store the adjusted offset with ``scrollToSelection(count:height:)``.
public struct ListState: Hashable, Sendable {
  /// The selected row, or nil for none.
  public var selected: Int?
  /// The first row shown, as last stored.
  public var offset: Int

  /// A state with `selected` row and `offset`.
  public init(selected: Int? = nil, offset: Int = 0) {
    self.selected = selected
    self.offset = offset
  }

  /// The first row to show in `height` rows of a list of `count` rows: the stored offset, moved
  /// just enough to show the selection and never past the end of the list.
  public func visibleOffset(count: Int, height: Int) -> Int {
    guard height > 0, count > 0 else { return 0 }
    var first = min(max(0, offset), max(0, count - height))
    if let selected = selected.map({ min(max(0, $0), count - 1) }) {
      if selected < first { first = selected }
      if selected >= first + height { first = selected - height + 1 }
    }
    return first
  }

  /// Stores the offset that ``visibleOffset(count:height:)`` would show.
  public mutating func scrollToSelection(count: Int, height: Int) {
    offset = visibleOffset(count: count, height: height)
  }

  /// Moves the selection by `delta` rows (negative is up), clamped to the list; selects the first
  /// row when nothing was selected.
  public mutating func moveSelection(by delta: Int, count: Int) {
    guard count > 0 else {
      selected = nil
      return
    }
    guard let current = selected else {
      selected = delta < 0 ? count - 1 : 0
      return
    }
    selected = min(max(0, current + delta), count - 1)
  }

  /// Selects the first row, or nothing in an empty list.
  public mutating func selectFirst(count: Int) {
    selected = count > 0 ? 0 : nil
  }

  /// Selects the last row, or nothing in an empty list.
  public mutating func selectLast(count: Int) {
    selected = count > 0 ? count - 1 : nil
  }
}
