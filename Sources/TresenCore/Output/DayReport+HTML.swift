/// The report as one self-contained, printable HTML file: embedded CSS with print styles, no
/// scripts and no external assets, and an inline SVG chart of the trend. The markup is
/// well-formed XML (every tag closed, attributes quoted) so it can be checked with any XML parser.
extension DayReport {
  /// The report as an HTML document in the language of `l`; all text is escaped.
  public func html(_ l: Localizer) -> String {
    let h = Self.htmlEscaped
    var body: [String] = [
      "<header>", "<h1>\(h(businessName))</h1>", "<p class=\"title\">\(h(title(l)))</p>",
      "<p class=\"created\">\(h(createdLine(l)))</p>", "</header>",
    ]

    body += ["<section>", "<h2>\(h(l(.reportTouchpoints)))</h2>"]
    if touchpoints.isEmpty {
      body.append("<p>\(h(l(.reportNoTouchpoints)))</p>")
    } else {
      let rows = touchpoints.map { [l.label($0.channel), l.number($0.count)] }
      body += Self.htmlTable(
        header: [l(.reportColChannel), l(.reportColCount)], rows: rows,
        footer: [l(.reportTotal), l.number(touchpointTotal)], numeric: [1])
    }
    body.append("</section>")

    body += ["<section>", "<h2>\(h(l(.reportComplaints)))</h2>"]
    for (heading, complaints) in complaintSections(l) {
      body.append("<h3>\(h(heading))</h3>")
      if complaints.isEmpty {
        body.append("<p class=\"none\">\(h(l(.reportNone)))</p>")
      } else {
        body += Self.htmlTable(
          header: complaintHeader(l), rows: complaints.map { complaintCells($0, l) }, footer: nil, numeric: [1])
      }
    }
    body.append("</section>")

    body += ["<section>", "<h2>\(h(l(.reportGoodwill)))</h2>"]
    body += Self.htmlTable(
      header: ["", l(.reportColCount), l(.reportColAtPrice), l(.reportColAtCost)], rows: goodwillRows(l),
      footer: nil, numeric: [1, 2, 3])
    let notes = goodwillNotes(l)
    if !notes.isEmpty { body += ["<ul class=\"notes\">"] + notes.map { "<li>\(h($0))</li>" } + ["</ul>"] }
    body.append("</section>")

    body += ["<section>", "<h2>\(h(l(.reportRatings)))</h2>"]
    body += Self.htmlTable(
      header: [l(.reportColFigure), l(.reportColValue)], rows: ratingRows(l).map { [$0.0, $0.1] }, footer: nil,
      numeric: [1])
    body.append("</section>")

    body += ["<section>", "<h2>\(h(l(.reportTrend, Self.trendWindow, Self.trendDays)))</h2>", trendSVG(l)]
    if let latest = trend.points.last, let low = latest.low, let high = latest.high, let csat = latest.csat {
      body.append(
        "<p>\(h(l(.reportTrendLatest, l.percent(csat), l.percent(low), l.percent(high), l.number(latest.windowN))))</p>"
      )
    } else {
      body.append("<p>\(h(l(.reportTrendEmpty)))</p>")
    }
    body += ["<p class=\"note\">\(h(l(.reportChartGaps)))</p>", "</section>"]

    let head = [
      "<!DOCTYPE html>",
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(l.language.rawValue)\" "
        + "xml:lang=\"\(l.language.rawValue)\">",
      "<head>", "<meta charset=\"utf-8\" />",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
      "<title>\(h(businessName)) — \(h(title(l)))</title>", "<style>", Self.css, "</style>", "</head>", "<body>",
    ]
    return (head + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
  }

  /// A table with an optional footer row; cells are escaped here.
  static func htmlTable(header: [String], rows: [[String]], footer: [String]?, numeric: Set<Int>) -> [String] {
    func cells(_ row: [String], tag: String) -> String {
      row.enumerated().map { column, cell in
        let attribute = numeric.contains(column) ? " class=\"num\"" : ""
        return "<\(tag)\(attribute)>\(htmlEscaped(cell))</\(tag)>"
      }
      .joined()
    }
    var lines = ["<table>", "<thead><tr>\(cells(header, tag: "th"))</tr></thead>", "<tbody>"]
    lines += rows.map { "<tr>\(cells($0, tag: "td"))</tr>" }
    lines.append("</tbody>")
    if let footer { lines.append("<tfoot><tr>\(cells(footer, tag: "th"))</tr></tfoot>") }
    lines.append("</table>")
    return lines
  }

  /// `text` sanitized, with `& < > " '` as entities: safe in element text and quoted attributes.
  public static func htmlEscaped(_ text: String) -> String {
    var result = ""
    for character in VisibleText.sanitize(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Screen and print styles; nothing is loaded from elsewhere.
  static let css = """
    body { font-family: system-ui, sans-serif; color: #1d2327; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
    h1 { font-size: 1.6rem; margin: 0; }
    h2 { font-size: 1.2rem; border-bottom: 1px solid #c3c4c7; padding-bottom: 0.2rem; margin-top: 1.6rem; }
    h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
    p.title { font-size: 1.2rem; margin: 0.2rem 0; }
    p.created, p.note, p.none { color: #50575e; }
    table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
    th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #dcdcde; vertical-align: top; }
    th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
    tfoot th { border-top: 2px solid #1d2327; }
    svg { width: 100%; height: auto; max-width: 40rem; }
    svg .band { fill: #9ec5e8; fill-opacity: 0.55; stroke: none; }
    svg .line { fill: none; stroke: #135e96; stroke-width: 2; }
    svg .dot { fill: #135e96; }
    svg .grid { stroke: #dcdcde; stroke-width: 1; }
    svg .axis { stroke: #50575e; stroke-width: 1; }
    svg text { font-size: 11px; fill: #50575e; }
    @page { size: A4; margin: 15mm; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10pt; color: #000; }
      section { break-inside: avoid; page-break-inside: avoid; }
      h2 { break-after: avoid; page-break-after: avoid; }
      svg .band { fill: #bbbbbb; }
      svg .line, svg .dot { stroke: #000; }
    }
    """
}
