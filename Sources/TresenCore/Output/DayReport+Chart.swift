/// The trend chart of the HTML report: the pooled CSAT as a line over its Wilson band, both
/// broken where a day's window holds no ratings.
extension DayReport {
  /// The drawing area inside the SVG's 640 × 240 view box.
  private enum Plot {
    static let width = 640.0
    static let height = 240.0
    static let left = 56.0
    static let right = 624.0
    static let top = 16.0
    static let bottom = 200.0
  }

  /// The inline SVG of the trend, with a `<title>` and `<desc>` for screen readers.
  func trendSVG(_ l: Localizer) -> String {
    let h = Self.htmlEscaped
    let points = trend.points
    let step = points.count > 1 ? (Plot.right - Plot.left) / Double(points.count - 1) : 0
    func x(_ index: Int) -> String { Self.coordinate(points.count > 1 ? Plot.left + Double(index) * step : Plot.left) }
    func y(_ share: Double) -> String { Self.coordinate(Plot.bottom - share * (Plot.bottom - Plot.top)) }

    var svg = [
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Plot.width)) \(Int(Plot.height))\" "
        + "role=\"img\" aria-labelledby=\"trend-title trend-desc\">",
      "<title id=\"trend-title\">\(h(l(.reportChartTitle, Self.trendWindow, Self.trendDays)))</title>",
      "<desc id=\"trend-desc\">\(h(chartDescription(l)))</desc>",
    ]
    for share in [0.0, 0.5, 1.0] {
      let row = y(share)
      svg.append(
        "<line class=\"\(share == 0 ? "axis" : "grid")\" x1=\"\(Self.coordinate(Plot.left))\" y1=\"\(row)\" "
          + "x2=\"\(Self.coordinate(Plot.right))\" y2=\"\(row)\" />")
      svg.append(
        "<text x=\"\(Self.coordinate(Plot.left - 6))\" y=\"\(row)\" text-anchor=\"end\" dominant-baseline=\"middle\">"
          + "\(h(l.percent(share)))</text>")
    }
    for run in Self.runs(points) {
      let upper = run.compactMap { index in points[index].high.map { "\(x(index)),\(y($0))" } }
      let lower = run.reversed().compactMap { index in points[index].low.map { "\(x(index)),\(y($0))" } }
      svg.append("<polygon class=\"band\" points=\"\((upper + lower).joined(separator: " "))\" />")
      if run.count == 1, let index = run.first, let csat = points[index].csat {
        svg.append("<circle class=\"dot\" cx=\"\(x(index))\" cy=\"\(y(csat))\" r=\"2.5\" />")
      } else {
        let line = run.compactMap { index in points[index].csat.map { "\(x(index)),\(y($0))" } }
        svg.append("<polyline class=\"line\" points=\"\(line.joined(separator: " "))\" />")
      }
    }
    if let first = points.first, let last = points.last {
      let labelY = Self.coordinate(Plot.bottom + 18)
      svg.append("<text x=\"\(x(0))\" y=\"\(labelY)\" text-anchor=\"start\">\(h(l.date(first.date)))</text>")
      svg.append(
        "<text x=\"\(x(points.count - 1))\" y=\"\(labelY)\" text-anchor=\"end\">\(h(l.date(last.date)))</text>")
    }
    svg.append("</svg>")
    return svg.joined(separator: "\n")
  }

  /// What the chart shows, in words, for readers who cannot see it.
  private func chartDescription(_ l: Localizer) -> String {
    guard let latest = trend.points.last, let csat = latest.csat, let low = latest.low, let high = latest.high else {
      return l(.reportTrendEmpty)
    }
    return l(.reportTrendLatest, l.percent(csat), l.percent(low), l.percent(high), l.number(latest.windowN))
  }

  /// The runs of consecutive point positions whose window holds ratings.
  static func runs(_ points: [SatisfactionTrend.Point]) -> [[Int]] {
    var runs: [[Int]] = []
    var current: [Int] = []
    for index in points.indices {
      if points[index].windowN > 0 {
        current.append(index)
      } else if !current.isEmpty {
        runs.append(current)
        current = []
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs
  }

  /// A coordinate with one decimal, independent of the locale: `123.4`.
  static func coordinate(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
  }
}
