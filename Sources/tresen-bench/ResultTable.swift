/// The figures as a Markdown table, ready for the README.
struct ResultTable {
  var figures: [Figure]

  var text: String {
    let header = ["figure", "value", "baseline", "ratio", "target", "result"]
    let rows = figures.map { [$0.name, $0.value, $0.baseline, $0.ratio, $0.target, $0.verdict] }
    let widths = header.indices.map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      "| " + zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: " | ")
        + " |"
    }
    let rule = "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
    return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
  }
}
