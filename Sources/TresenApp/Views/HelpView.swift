import TerminalUI
import TresenCore

/// `?`: every key from the key table, grouped; typing filters by key or description.
struct HelpView {
  let keyMap: KeyMap
  let symbols: BorderSymbols

  /// The help entries for `filter` (empty = all), as groups of lines each led by its heading.
  func groups(filter: String, localizer l: Localizer) -> [[Line]] {
    let wanted = filter.lowercased()
    func matches(_ keys: String, _ label: String) -> Bool {
      wanted.isEmpty || keys.lowercased().contains(wanted) || label.lowercased().contains(wanted)
    }
    var entries: [[(String, String)]] = [[], [], [], []]
    for binding in keyMap.bindings {
      let keys = binding.keys.map(\.label).joined(separator: " ")
      let label = l(binding.command.label)
      guard matches(keys, label) else { continue }
      let group: Int =
        switch binding.scope {
        case .global: 0
        case .lists: 1
        case .complaints: 2
        case .satisfaction: 0
        }
      entries[group].append((keys, label))
    }
    for entry in keyMap.formKeys {
      let keys = entry.keys.map(\.label).joined(separator: " ")
      if matches(keys, l(entry.label)) { entries[3].append((keys, l(entry.label))) }
    }
    let headings: [StringKey] = [.helpGlobal, .helpDashboard, .helpComplaints, .helpForm]
    return zip(headings, entries).compactMap { heading, entries in
      guard !entries.isEmpty else { return nil }
      return [Line([Span(l(heading), role: .title)])]
        + entries.map { keys, label in Line([Span(keys.padding(to: 12), role: .hintKey), Span(" " + label)]) }
    }
  }

  /// Help covers the screen; whole groups flow into as many columns as the width allows.
  func render(_ filter: String, _ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let groups = groups(filter: filter, localizer: l)
    let modal = Modal(title: l(.helpTitle), size: area.size, symbols: symbols)
    frame.render(modal, in: area)
    let content = modal.contentArea(in: area).inset(left: 1, right: 1)
    let prompt = Line([Span("/ ", role: .hintKey), Span(filter, role: .input)])
    let end = frame.buffer.set(line: prompt, at: content.origin, maxWidth: content.width)
    frame.cursor = Point(x: end, y: content.y)
    frame.isCursorVisible = true
    let listArea = content.inset(top: 1)
    guard listArea.height > 0 else { return }
    guard !groups.isEmpty else {
      _ = frame.buffer.set(
        line: Line([Span(l(.helpNoMatch, filter), role: .muted)]), at: listArea.origin, maxWidth: listArea.width)
      return
    }
    let columnCount = max(1, min(3, listArea.width / 36))
    let columns = listArea.columns(Array(repeating: .fill, count: columnCount), spacing: 2)
    // Each group goes, whole, into the first column with room for it.
    var used = Array(repeating: 0, count: columns.count)
    for group in groups {
      // A blank line separates groups in a column, unless only that line is missing.
      func fits(_ column: Int, gap: Int) -> Bool {
        used[column] + (used[column] == 0 ? 0 : gap) + group.count <= listArea.height
      }
      guard
        let column = used.indices.first(where: { fits($0, gap: 1) }) ?? used.indices.first(where: { fits($0, gap: 0) })
      else {
        let last = columns[columns.count - 1]
        _ = frame.buffer.set(
          line: Line([Span(l(.helpMore), role: .muted)]), at: Point(x: last.x, y: last.bottom - 1),
          maxWidth: last.width)
        continue
      }
      if used[column] > 0, fits(column, gap: 1) { used[column] += 1 }
      for line in group {
        _ = frame.buffer.set(
          line: line, at: Point(x: columns[column].x, y: listArea.y + used[column]), maxWidth: columns[column].width)
        used[column] += 1
      }
    }
  }
}

extension String {
  /// The text padded with spaces to `width` display columns.
  func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - displayWidth))
  }
}
