import TerminalUI
import TresenCore

/// `m` and `d`: a report as the command line prints it, in a box over the panes, scrollable.
struct ReportView {
  let symbols: BorderSymbols

  /// The report's lines for the state's business day.
  static func lines(_ kind: ReportKind, _ state: AppState) -> [String] {
    let l = state.context.localizer
    guard let ledger = state.ledger else { return [l(.viewReadingHistory)] }
    let calendar = state.context.calendar
    let day = state.dashboard.day
    let text: String
    switch kind {
    case .touchpoints:
      let first = day.adding(days: -29)
      text = TouchpointReport(localizer: l).render(
        TouchpointMap(ledger, from: first, through: day, calendar: calendar),
        complaints: ComplaintFigures(ledger, from: first, through: day, calendar: calendar), from: first, through: day)
    case .dayClose:
      text = DayReport(
        ledger, period: Period(containing: day, kind: .day), calendar: calendar, now: state.now,
        businessName: state.context.businessName
      ).text(l)
    }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  func render(_ kind: ReportKind, scroll: Int, _ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let title = kind == .touchpoints ? l(.reportViewTouchpoints) : l(.reportViewDayClose)
    let modal = Modal(title: title, size: area.size, symbols: symbols)
    frame.render(modal, in: area)
    let content = modal.contentArea(in: area).inset(left: 1, right: 1)
    let lines = state.reportLines?.lines ?? Self.lines(kind, state)
    let first = min(scroll, max(0, lines.count - content.height))
    for (offset, line) in lines.dropFirst(first).prefix(content.height).enumerated() {
      _ = frame.buffer.set(line: Line(line), at: Point(x: content.x, y: content.y + offset), maxWidth: content.width)
    }
  }
}
