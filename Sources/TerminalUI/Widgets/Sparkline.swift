/// A compact chart of values as block characters `▁▂▃▄▅▆▇█`, one column per value.
///
/// `nil` values are gaps (a blank column), never zeros: a day without ratings is not a bad day.
/// Values are scaled between ``minimum`` and ``maximum`` (by default the smallest and largest
/// value present); the smallest value still shows as `▁` so that it differs from a gap. With more
/// rows than one, bars grow upwards in eighths of a row. When there are more values than columns,
/// the newest (last) ones are shown; fewer values are drawn from the left.
public struct Sparkline: Widget {
  /// The values, oldest first; nil for a gap.
  public var values: [Double?]
  /// The value drawn as the lowest bar, or nil for the smallest value present.
  public var minimum: Double?
  /// The value drawn as the full bar, or nil for the largest value present.
  public var maximum: Double?
  /// The style of the bars.
  public var style: Style

  /// The eight bar heights, lowest first.
  public static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A sparkline of `values`.
  public init(_ values: [Double?], minimum: Double? = nil, maximum: Double? = nil, style: Style = Style(role: .chart)) {
    self.values = values
    self.minimum = minimum
    self.maximum = maximum
    self.style = style
  }

  /// The bar height of `value` in eighths of a row, 1…`8 × rows`; values outside the range are
  /// clamped. When minimum and maximum coincide every bar is half high.
  func level(of value: Double, rows: Int, low: Double, high: Double) -> Int {
    let steps = rows * 8
    guard high > low else { return max(1, steps / 2) }
    let fraction = min(1, max(0, (value - low) / (high - low)))
    return 1 + Int((fraction * Double(steps - 1)).rounded())
  }

  /// Draws the bars.
  ///
  /// - Complexity: O(columns × rows).
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let shown = values.suffix(area.width)
    let present = shown.compactMap { $0 }.filter { $0.isFinite }
    guard let smallest = present.min(), let largest = present.max() else { return }
    let low = minimum ?? smallest
    let high = maximum ?? largest
    for (column, value) in shown.enumerated() {
      guard let value, value.isFinite else { continue }
      let level = level(of: value, rows: area.height, low: low, high: high)
      for row in 0..<area.height {
        let eighths = min(8, level - row * 8)
        guard eighths > 0 else { break }
        let point = Point(x: area.x + column, y: area.bottom - 1 - row)
        buffer.set(Cell(Self.bars[eighths - 1], style: buffer[point].style.patched(with: style)), at: point)
      }
    }
  }
}
