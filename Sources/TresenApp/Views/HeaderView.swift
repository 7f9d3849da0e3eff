import TerminalUI
import TresenCore

/// The top line: business, date and time, device and staff, save state.
struct HeaderView {
  func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.context.localizer
    let left = " \(state.context.businessName) · \(l.dateTime(state.now))"
    var right = state.context.device + (state.context.staff.map { " · \($0)" } ?? "")
    var saveSpan: Span?
    if state.saveFailed {
      saveSpan = Span(" · ⚠ " + l(.headerNotSaved), role: .error)
    } else if let saved = state.lastSaved {
      saveSpan = Span(" · ✓ " + l(.headerSaved, l.time(saved)), role: .ok)
    }
    right += ""
    let rightLine = Line([Span(right, role: .header)] + (saveSpan.map { [$0] } ?? []) + [Span(" ")])
    buffer.render(
      StatusLine(left: Line([Span(left, role: .title)]), right: rightLine, style: Style(role: .header)), in: area)
  }
}
