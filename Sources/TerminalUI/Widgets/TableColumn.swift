/// One column of a ``Table``: its header, its width and how its cells are aligned.
public struct TableColumn: Hashable, Sendable {
  /// The header text.
  public var title: String
  /// The column's share of the table width.
  public var width: Constraint
  /// How cell text sits in the column (`.right` for numbers and money).
  public var alignment: Alignment

  /// A column titled `title`.
  public init(_ title: String, width: Constraint, alignment: Alignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}
