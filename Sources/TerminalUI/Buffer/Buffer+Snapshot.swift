extension Buffer {
  /// A buffer holding `lines` of plain text, one per row, padded with blanks to the widest line
  /// (or to `width` when given). Handy for building an expected screen in a test.
  public init(lines: [String], width: Int? = nil) {
    let columns = width ?? lines.map(\.displayWidth).max() ?? 0
    self.init(width: columns, height: lines.count)
    for (row, line) in lines.enumerated() {
      var x = 0
      for character in TextSanitizer.sanitize(line) where character.displayWidth > 0 {
        set(Cell(character), at: Point(x: x, y: row))
        x += min(2, character.displayWidth)
      }
    }
  }

  /// The text of every row, one line per row, joined with `\n`.
  ///
  /// A wide character is written once (it fills its continuation cell). Trailing spaces of each row
  /// are trimmed by default so snapshots survive editors that strip them; pass `false` to keep
  /// every row exactly `width` columns wide.
  ///
  /// - Complexity: O(cells).
  public func plainText(trimmingTrailingSpaces: Bool = true) -> String {
    lines(trimmingTrailingSpaces: trimmingTrailingSpaces).joined(separator: "\n")
  }

  /// The text of every row, as ``plainText(trimmingTrailingSpaces:)`` builds it.
  public func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
    (0..<height).map { y in
      var row = ""
      for x in 0..<width { row += self[x, y].symbol }
      guard trimmingTrailingSpaces else { return row }
      while row.last == " " { row.removeLast() }
      return row
    }
  }

  /// Which theme role coloured each cell, as runs per row: `title×5 border×3 -×2`.
  ///
  /// `-` stands for a cell without a role. A wide character's continuation cell counts with it.
  /// One line per row, joined with `\n`.
  ///
  /// - Complexity: O(cells).
  public func roleText() -> String {
    (0..<height).map { y in
      var runs: [(String, Int)] = []
      for x in 0..<width {
        let name = self[x, y].style.role?.rawValue ?? "-"
        if let last = runs.last, last.0 == name {
          runs[runs.count - 1].1 += 1
        } else {
          runs.append((name, 1))
        }
      }
      return runs.map { "\($0.0)×\($0.1)" }.joined(separator: " ")
    }.joined(separator: "\n")
  }

  /// A picture of the roles: one character per cell from `legend`, `.` for cells without a role
  /// and `?` for roles missing from the legend. Rows joined with `\n`.
  public func roleMap(legend: [StyleRole: Character]) -> String {
    (0..<height).map { y in
      String(
        (0..<width).map { x -> Character in
          guard let role = self[x, y].style.role else { return "." }
          return legend[role] ?? "?"
        })
    }.joined(separator: "\n")
  }
}
