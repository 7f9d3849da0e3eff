/// A width in columns and a height in rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// The number of columns.
  public var width: Int
  /// The number of rows.
  public var height: Int

  /// No columns and no rows.
  public static let zero = Size(width: 0, height: 0)

  /// A size of `width` columns and `height` rows; negative values become 0.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The number of cells, `width × height`.
  public var area: Int { width * height }

  /// Whether there is no room at all.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether both dimensions are at least those of `minimum`, e.g. the 80×24 the dashboard needs.
  public func fits(_ minimum: Size) -> Bool {
    width >= minimum.width && height >= minimum.height
  }

  /// `WxH`, the way the "too small" screen prints sizes.
  public var description: String { "\(width)×\(height)" }
}
