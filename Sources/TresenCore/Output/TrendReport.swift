/// The text and JSON of `tresen trend`: daily rating counts and the pooled CSAT with its
/// 95 % Wilson interval, oldest day first, and the verdict of the latest window.
///
/// Days without ratings are gaps: their counts and a window without ratings show `–`,
/// never `0 %`; in JSON the window's `csat`, `low` and `high` are `null`.
public struct TrendReport {
  /// The language of the text.
  public let localizer: Localizer

  /// A report in `localizer`'s language.
  public init(localizer: Localizer) { self.localizer = localizer }

  /// The table, a legend, and the verdict of the window ending on the last day against the
  /// window before it.
  public func render(_ trend: SatisfactionTrend) -> String {
    let l = localizer
    let window = l.number(trend.window)
    var rows = [
      [
        l(.trendColDate), l(.trendColRatings), l(.trendColSatisfied), l(.trendColNeutral), l(.trendColUnhappy),
        l(.trendColCsat, window), l(.trendColInterval), l(.trendColWindowN, window),
      ]
    ]
    for point in trend.points {
      let day = point.day
      var row = [l.date(point.date)]
      row += day.isEmpty ? [Self.gap, "", "", ""] : [day.n, day.satisfied, day.neutral, day.unhappy].map(l.number)
      if let csat = point.csat, let interval = point.interval {
        row += [l.percent(csat), "\(l.percent(interval.low))–\(l.percent(interval.high))"]
      } else {
        row += [Self.gap, Self.gap]
      }
      row.append(l.number(point.windowN))
      rows.append(row)
    }
    let end = trend.points.last?.date ?? trend.change.current.days.upperBound
    var lines = [l(.trendTitle, l.number(trend.points.count), l.date(end), window), ""]
    lines += VisibleText.table(rows, leftAligned: 1)
    lines += ["", l(.trendLegend), verdict(trend.change, window: trend.window)]
    return lines.joined(separator: "\n")
  }

  /// `Last 7 days: 80% (n = 35, …) · the 7 days before: … · no clear change: …`
  public func verdict(_ change: TrendChange, window: Int) -> String {
    let l = localizer
    let word: String
    switch change.verdict {
    case .better: word = l(.trendBetter)
    case .worse: word = l(.trendWorse)
    case .noClearChange: word = l(.trendNoChange)
    }
    return l(.trendVerdict, l.number(window), figures(change.current), figures(change.previous), word)
  }

  /// `80% (n = 35, 95% interval 64%–90%)`, or `no ratings`.
  func figures(_ window: PooledWindow) -> String {
    let l = localizer
    guard let csat = window.csat, let interval = window.interval else { return l(.trendWindowEmpty) }
    return l(
      .trendWindowFigures, l.percent(csat), l.number(window.n), l.percent(interval.low), l.percent(interval.high))
  }

  /// One object per day, oldest first: `date`, `n`, `satisfied`, `neutral`, `unhappy` (that
  /// day), `window`, `window_n`, `csat`, `low`, `high` (the pooled window, fractions 0–1,
  /// `null` when `window_n` is 0).
  public static func json(_ trend: SatisfactionTrend) -> JSONValue {
    .array(
      trend.points.map { point in
        .object([
          JSONMember("date", .string(point.date.description)), JSONMember("n", .int(point.day.n)),
          JSONMember("satisfied", .int(point.day.satisfied)), JSONMember("neutral", .int(point.day.neutral)),
          JSONMember("unhappy", .int(point.day.unhappy)), JSONMember("window", .int(trend.window)),
          JSONMember("window_n", .int(point.windowN)), JSONMember("csat", fraction(point.csat)),
          JSONMember("low", fraction(point.low)), JSONMember("high", fraction(point.high)),
        ])
      })
  }

  /// A fraction with at most four decimals and no trailing zeros (`0.8`, `0.3755`, `1`);
  /// `null` for `nil`.
  public static func fraction(_ value: Double?) -> JSONValue {
    guard let value, value.isFinite else { return .null }
    let scaled = Int((value * 10_000).rounded())
    let sign = scaled < 0 ? "-" : ""
    let magnitude = scaled.magnitude
    var decimals = String(magnitude % 10_000)
    decimals = String(repeating: "0", count: 4 - decimals.count) + decimals
    while decimals.last == "0" { decimals.removeLast() }
    return .number("\(sign)\(magnitude / 10_000)" + (decimals.isEmpty ? "" : ".\(decimals)"))
  }

  /// What a gap shows instead of a number.
  static let gap = "–"
}

extension VisibleText {
  /// `rows` as aligned lines: each column as wide as its widest cell, two spaces apart; the
  /// first `leftAligned` columns flush left, the others flush right. The first row is the
  /// header. Cells are sanitized and measured in terminal columns.
  static func table(_ rows: [[String]], leftAligned: Int) -> [String] {
    let cells = rows.map { $0.map(sanitize) }
    let columns = cells.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      cells.map { column < $0.count ? width($0[column]) : 0 }.max() ?? 0
    }
    return cells.map { row in
      var line = ""
      for (column, cell) in row.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[column] - width(cell)))
        if column > 0 { line += "  " }
        line += column < leftAligned ? cell + padding : padding + cell
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }
}
