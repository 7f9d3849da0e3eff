/// The report as plain, aligned text for the terminal.
extension DayReport {
  /// The report as plain text in the language of `l`; data text is sanitized.
  public func text(_ l: Localizer) -> String {
    var lines = ["\(VisibleText.sanitize(businessName)) — \(title(l))", createdLine(l), ""]

    lines.append(l(.reportTouchpoints))
    if touchpoints.isEmpty {
      lines.append("  " + l(.reportNoTouchpoints))
    } else {
      let rows =
        touchpoints.map { [l.label($0.channel), l.number($0.count)] } + [[l(.reportTotal), l.number(touchpointTotal)]]
      lines += Self.aligned(rows, rightAligned: [1]).map { "  " + $0 }
    }

    lines += ["", l(.reportComplaints)]
    for (heading, complaints) in complaintSections(l) {
      lines.append("  " + heading)
      let rows = complaints.map { complaintCells($0, l) }.map { cells in
        cells.enumerated().map { $0.offset == 5 ? VisibleText.fit($0.element, 60) : VisibleText.fit($0.element, 24) }
      }
      lines += Self.aligned(rows, rightAligned: [1]).map { "    " + $0 }
    }

    lines += ["", l(.reportGoodwill)]
    let goodwillTable =
      [["", l(.reportColCount), l(.reportColAtPrice), l(.reportColAtCost)]] + goodwillRows(l)
    lines += Self.aligned(goodwillTable, rightAligned: [1, 2, 3]).map { "  " + $0 }
    lines += goodwillNotes(l).map { "  " + $0 }

    lines += ["", l(.reportRatings)]
    lines += Self.aligned(ratingRows(l).map { [$0.0, $0.1] }, rightAligned: [1]).map { "  " + $0 }

    lines += ["", l(.reportTrend, Self.trendWindow, Self.trendDays)]
    lines.append("  " + trendSparkline)
    if let latest = trend.points.last, let low = latest.low, let high = latest.high, let csat = latest.csat {
      lines.append(
        "  " + l(.reportTrendLatest, l.percent(csat), l.percent(low), l.percent(high), l.number(latest.windowN)))
    } else {
      lines.append("  " + l(.reportTrendEmpty))
    }
    return lines.map { $0.trailingSpacesTrimmed }.joined(separator: "\n")
  }

  /// One character per trend day: `▁`…`█` for the pooled CSAT, `·` for a gap.
  var trendSparkline: String {
    let bars = Array("▁▂▃▄▅▆▇█")
    return String(
      trend.points.map { point in
        guard let csat = point.csat else { return "·" }
        return bars[min(bars.count - 1, Int(csat * Double(bars.count)))]
      })
  }

  /// `rows` as columns padded to their widest cell, the `rightAligned` columns flush right.
  static func aligned(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: max(0, widths[column] - cell.count))
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      .joined(separator: "  ")
    }
  }
}

extension String {
  /// The string without spaces at its end.
  fileprivate var trailingSpacesTrimmed: String {
    var result = self
    while result.last == " " { result.removeLast() }
    return result
  }
}
