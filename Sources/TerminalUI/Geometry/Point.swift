/// A position on the screen, in columns (`x`) and rows (`y`) from the top-left corner.
public struct Point: Hashable, Sendable, CustomStringConvertible {
  /// The column, 0 at the left edge.
  public var x: Int
  /// The row, 0 at the top edge.
  public var y: Int

  /// The top-left corner.
  public static let zero = Point(x: 0, y: 0)

  /// A point at column `x` and row `y`.
  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }

  /// The point moved by `dx` columns and `dy` rows.
  public func offset(dx: Int = 0, dy: Int = 0) -> Point {
    Point(x: x + dx, y: y + dy)
  }

  /// `(x, y)`, for test failure messages.
  public var description: String { "(\(x), \(y))" }
}
