/// The report as GitHub-flavoured Markdown: headings and tables.
extension DayReport {
  /// The report as Markdown in the language of `l`; every piece of text is escaped so that data
  /// can neither break a table (`|`) nor inject markup or HTML.
  public func markdown(_ l: Localizer) -> String {
    let md = Self.markdownEscaped
    var lines = ["# \(md(businessName)) — \(md(title(l)))", "", md(createdLine(l)), ""]

    lines += ["## \(md(l(.reportTouchpoints)))", ""]
    if touchpoints.isEmpty {
      lines.append(md(l(.reportNoTouchpoints)))
    } else {
      let rows = touchpoints.map { [l.label($0.channel), l.number($0.count)] }
      lines += Self.table(
        header: [l(.reportColChannel), l(.reportColCount)],
        rows: rows + [[l(.reportTotal), l.number(touchpointTotal)]],
        rightAligned: [1])
    }

    lines += ["", "## \(md(l(.reportComplaints)))"]
    for (heading, complaints) in complaintSections(l) {
      lines += ["", "### \(md(heading))", ""]
      if complaints.isEmpty {
        lines.append(md(l(.reportNone)))
      } else {
        lines += Self.table(
          header: complaintHeader(l), rows: complaints.map { complaintCells($0, l) }, rightAligned: [1])
      }
    }

    lines += ["", "## \(md(l(.reportGoodwill)))", ""]
    lines += Self.table(
      header: ["", l(.reportColCount), l(.reportColAtPrice), l(.reportColAtCost)], rows: goodwillRows(l),
      rightAligned: [1, 2, 3])
    let notes = goodwillNotes(l)
    if !notes.isEmpty { lines += [""] + notes.map { "- " + md($0) } }

    lines += ["", "## \(md(l(.reportRatings)))", ""]
    lines += Self.table(
      header: [l(.reportColFigure), l(.reportColValue)], rows: ratingRows(l).map { [$0.0, $0.1] }, rightAligned: [1])

    lines += ["", "## \(md(l(.reportTrend, Self.trendWindow, Self.trendDays)))", ""]
    lines.append("`\(trendSparkline)`")
    if let latest = trend.points.last, let low = latest.low, let high = latest.high, let csat = latest.csat {
      lines += [
        "", md(l(.reportTrendLatest, l.percent(csat), l.percent(low), l.percent(high), l.number(latest.windowN))),
      ]
    } else {
      lines += ["", md(l(.reportTrendEmpty))]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A GitHub table; cells are escaped here.
  static func table(header: [String], rows: [[String]], rightAligned: Set<Int>) -> [String] {
    func line(_ cells: [String]) -> String { "| " + cells.map(markdownEscaped).joined(separator: " | ") + " |" }
    let rule = "|" + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|"
    return [line(header), rule] + rows.map(line)
  }

  /// `text` sanitized, on one line, with Markdown and HTML metacharacters neutralized: `|` and
  /// the emphasis, code and link characters get a backslash, `& < >` become entities.
  public static func markdownEscaped(_ text: String) -> String {
    var result = ""
    for character in VisibleText.sanitize(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\\", "|", "`", "*", "_", "[", "]", "#", "~": result += "\\\(character)"
      default: result.append(character)
      }
    }
    return result
  }
}
