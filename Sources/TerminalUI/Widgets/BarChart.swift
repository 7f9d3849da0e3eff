/// A horizontal bar chart: one labelled bar per row, drawn in eighths of a cell.
///
/// ```
/// Recovery  ████████▍    12
/// Goodwill  ███▏          4
/// ```
/// Labels are truncated with `…` to a common width, values are right-aligned after the bars, and
/// the longest bar fills the space unless ``maximum`` says otherwise. Bars that do not fit in the
/// height are dropped from the end.
public struct BarChart: Widget {
  /// One bar of the chart.
  public struct Bar: Hashable, Sendable {
    /// The label left of the bar.
    public var label: String
    /// The length of the bar; negative values draw no bar.
    public var value: Double
    /// The text right of the bar, e.g. a formatted amount; defaults to the value rounded.
    public var valueText: String
    /// A style patched over the chart style for this bar, e.g. a severity role.
    public var style: Style

    /// A bar labelled `label` of length `value`.
    public init(_ label: String, value: Double, valueText: String? = nil, style: Style = .plain) {
      self.label = label
      self.value = value
      self.valueText = valueText ?? (value.isFinite ? String(Int(value.rounded())) : "–")
      self.style = style
    }
  }

  /// The bars, top to bottom.
  public var bars: [Bar]
  /// The value of a full-length bar, or nil for the largest value.
  public var maximum: Double?
  /// The label column's width, or nil for the widest label (at most a third of the area).
  public var labelWidth: Int?
  /// The style of the labels.
  public var labelStyle: Style
  /// The style of the bars.
  public var barStyle: Style
  /// The style of the value texts.
  public var valueStyle: Style

  /// The partial-cell blocks, one to eight eighths.
  public static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

  /// A chart of `bars`.
  public init(
    _ bars: [Bar], maximum: Double? = nil, labelWidth: Int? = nil, labelStyle: Style = Style(role: .text),
    barStyle: Style = Style(role: .chart), valueStyle: Style = Style(role: .text)
  ) {
    self.bars = bars
    self.maximum = maximum
    self.labelWidth = labelWidth
    self.labelStyle = labelStyle
    self.barStyle = barStyle
    self.valueStyle = valueStyle
  }

  /// Draws the labels, bars and values.
  ///
  /// - Complexity: O(bars × width).
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty, !bars.isEmpty else { return }
    let labels = bars.map { TextSanitizer.sanitize($0.label) }
    let labelColumns = min(labelWidth ?? labels.map(\.displayWidth).max() ?? 0, area.width / 3)
    let valueColumns = min(bars.map { TextSanitizer.sanitize($0.valueText).displayWidth }.max() ?? 0, area.width / 3)
    let barStart = area.x + labelColumns + (labelColumns > 0 ? 1 : 0)
    let barColumns = max(0, area.right - barStart - (valueColumns > 0 ? valueColumns + 1 : 0))
    let largest = maximum ?? bars.map(\.value).filter(\.isFinite).max() ?? 0
    for (index, bar) in bars.prefix(area.height).enumerated() {
      let y = area.y + index
      if labelColumns > 0 {
        buffer.set(string: labels[index], at: Point(x: area.x, y: y), style: labelStyle, maxWidth: labelColumns)
      }
      if largest > 0, bar.value.isFinite, bar.value > 0, barColumns > 0 {
        let total = Int((min(1, bar.value / largest) * Double(barColumns * 8)).rounded())
        let style = barStyle.patched(with: bar.style)
        for column in 0..<(total / 8) {
          buffer.set(Cell("█", style: style), at: Point(x: barStart + column, y: y))
        }
        if total % 8 > 0 {
          buffer.set(Cell(Self.eighths[total % 8 - 1], style: style), at: Point(x: barStart + total / 8, y: y))
        }
      }
      if valueColumns > 0 {
        buffer.set(
          line: Line([Span(bar.valueText, style: valueStyle)]), at: Point(x: area.right - valueColumns, y: y),
          maxWidth: valueColumns, alignment: .right)
      }
    }
  }
}
