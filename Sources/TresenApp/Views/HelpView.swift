import TerminalUI
import TresenCore

/// `?`: every key from the key table, grouped; typing filters by key or description.
struct HelpView {
  let keyMap: KeyMap
  let symbols: BorderSymbols

  /// The help lines for `filter` (empty = all), grouped with headings.
  func lines(filter: String, localizer l: Localizer) -> [Line] {
    let wanted = filter.lowercased()
    func matches(_ keys: String, _ label: String) -> Bool {
      wanted.isEmpty || keys.lowercased().contains(wanted) || label.lowercased().contains(wanted)
    }
    var groups: [(StringKey, [(String, String)])] = [
      (.helpGlobal, []), (.helpDashboard, []), (.helpComplaints, []), (.helpForm, []),
    ]
    for binding in keyMap.bindings {
      let keys = binding.keys.map(\.label).joined(separator: " ")
      let label = l(binding.command.label)
      guard matches(keys, label) else { continue }
      let group: Int =
        switch binding.scope {
        case .global: 0
        case .lists: 1
        case .complaints: 2
        }
      groups[group].1.append((keys, label))
    }
    for entry in keyMap.formKeys {
      let keys = entry.keys.map(\.label).joined(separator: " ")
      if matches(keys, l(entry.label)) { groups[3].1.append((keys, l(entry.label))) }
    }
    var lines: [Line] = []
    for (heading, entries) in groups where !entries.isEmpty {
      if !lines.isEmpty { lines.append("") }
      lines.append(Line([Span(l(heading), role: .title)]))
      for (keys, label) in entries {
        lines.append(Line([Span(keys.padding(to: 14), role: .hintKey), Span(" " + label)]))
      }
    }
    if lines.isEmpty { lines.append(Line([Span(l(.helpNoMatch, filter), role: .muted)])) }
    return lines
  }

  func render(_ filter: String, _ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let body = lines(filter: filter, localizer: l)
    let height = min(area.height, body.count + 4)
    let modal = Modal(
      title: l(.helpTitle), size: Size(width: min(area.width - 2, 60), height: height), symbols: symbols)
    frame.render(modal, in: area)
    let content = modal.contentArea(in: area).inset(left: 1, right: 1)
    let prompt = Line([Span("/ ", role: .hintKey), Span(filter, role: .input)])
    let end = frame.buffer.set(line: prompt, at: content.origin, maxWidth: content.width)
    frame.cursor = Point(x: end, y: content.y)
    frame.isCursorVisible = true
    for (offset, line) in body.enumerated() where offset + 2 < content.height {
      _ = frame.buffer.set(line: line, at: Point(x: content.x, y: content.y + 2 + offset), maxWidth: content.width)
    }
  }
}

extension String {
  /// The text padded with spaces to `width` display columns.
  func padding(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - displayWidth))
  }
}
