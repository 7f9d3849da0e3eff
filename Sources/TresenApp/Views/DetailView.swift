import TerminalUI
import TresenCore

/// Enter on a complaint: its details, urgency breakdown and full history, scrollable.
struct DetailView {
  let symbols: BorderSymbols

  func render(_ id: EventID, scroll: Int, _ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.context.localizer
    guard let overview = state.overview, let complaint = overview.ledger.complaints[id] else { return }
    let urgency = Urgency(of: complaint, now: state.now, history: overview.history)
    let text = ComplaintReport(localizer: l, now: state.now).show(complaint, urgency: urgency)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let block = Block(title: lines.first, symbols: symbols, isFocused: true, fillStyle: Style(role: .dialog))
    // The whole pane area, so no pane border peeks out beside the box.
    let box = area
    buffer.clear(box)
    buffer.render(block, in: box)
    let inner = block.inner(box).inset(left: 1, right: 1)
    let body = Array(lines.dropFirst(2))
    let first = min(scroll, max(0, body.count - inner.height))
    for (offset, line) in body.dropFirst(first).prefix(inner.height).enumerated() {
      _ = buffer.set(line: Line(line), at: Point(x: inner.x, y: inner.y + offset), maxWidth: inner.width)
    }
  }
}
