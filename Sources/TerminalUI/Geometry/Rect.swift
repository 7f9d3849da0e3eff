/// A rectangle of cells: an origin and a size. Widgets render into one.
///
/// Width and height are never negative; operations that would shrink a rectangle below zero give
/// an empty one instead, so layout code never has to guard against negative sizes.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
  /// The leftmost column.
  public var x: Int
  /// The top row.
  public var y: Int
  /// The number of columns, never negative.
  public var width: Int
  /// The number of rows, never negative.
  public var height: Int

  /// The empty rectangle at the origin.
  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  /// A rectangle with its top-left corner at (`x`, `y`); negative sizes become 0.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// A rectangle at `origin` of `size`.
  public init(origin: Point = .zero, size: Size) {
    self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
  }

  /// The top-left corner.
  public var origin: Point { Point(x: x, y: y) }
  /// The width and height.
  public var size: Size { Size(width: width, height: height) }
  /// The first column to the right of the rectangle (exclusive).
  public var right: Int { x + width }
  /// The first row below the rectangle (exclusive).
  public var bottom: Int { y + height }
  /// The number of cells.
  public var area: Int { width * height }
  /// Whether the rectangle holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether `point` lies inside.
  public func contains(_ point: Point) -> Bool {
    point.x >= x && point.x < right && point.y >= y && point.y < bottom
  }

  /// Whether `other` lies completely inside.
  public func contains(_ other: Rect) -> Bool {
    other.x >= x && other.y >= y && other.right <= right && other.bottom <= bottom
  }

  /// The rectangle shrunk by the given margins on each side; empty if the margins meet.
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    let width = max(0, self.width - left - right)
    let height = max(0, self.height - top - bottom)
    return Rect(x: x + min(left, self.width), y: y + min(top, self.height), width: width, height: height)
  }

  /// The rectangle shrunk by `horizontal` columns on the left and right and `vertical` rows at the
  /// top and bottom.
  public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
    inset(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
  }

  /// The rectangle shrunk by `margin` on every side.
  public func inset(by margin: Int) -> Rect {
    inset(horizontal: margin, vertical: margin)
  }

  /// The cells both rectangles share; an empty rectangle if they do not overlap.
  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    let right = min(self.right, other.right)
    let bottom = min(self.bottom, other.bottom)
    guard right > left, bottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
    return Rect(x: left, y: top, width: right - left, height: bottom - top)
  }

  /// The rectangle moved and shrunk so that it lies inside `bounds`, keeping its size where it fits.
  ///
  /// Unlike ``intersection(_:)`` this first slides the rectangle back inside, so a dialog placed too
  /// far right keeps its width.
  public func clamped(to bounds: Rect) -> Rect {
    let width = min(self.width, bounds.width)
    let height = min(self.height, bounds.height)
    let x = min(max(self.x, bounds.x), bounds.right - width)
    let y = min(max(self.y, bounds.y), bounds.bottom - height)
    return Rect(x: x, y: y, width: width, height: height)
  }

  /// A rectangle of `size` centred inside this one, shrunk to fit.
  public func centered(_ size: Size) -> Rect {
    let width = min(size.width, self.width)
    let height = min(size.height, self.height)
    return Rect(x: x + (self.width - width) / 2, y: y + (self.height - height) / 2, width: width, height: height)
  }

  /// The single row `row` (relative to the top) as a rectangle; empty if outside.
  public func row(_ row: Int) -> Rect {
    guard row >= 0, row < height else { return Rect(x: x, y: y + max(0, min(row, height)), width: width, height: 0) }
    return Rect(x: x, y: y + row, width: width, height: 1)
  }

  /// `x,y WxH`, for test failure messages.
  public var description: String { "\(x),\(y) \(width)×\(height)" }
}
