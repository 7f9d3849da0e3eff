import TerminalUI

extension String {
  /// The text broken at spaces into lines of at most `width` columns, continuation lines
  /// indented by two; at most `maxLines` lines (the last one is cut by the view).
  func wrapped(toWidth width: Int, maxLines: Int = 3) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if candidate.displayWidth > width, !current.isEmpty {
        lines.append(current)
        current = "  " + word
      } else {
        current = candidate
      }
    }
    lines.append(current)
    return Array(lines.prefix(maxLines))
  }
}
