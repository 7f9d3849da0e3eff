import TerminalUI
import TresenCore

/// Renders the whole screen from state: header, the three panes, status line and hint bar, with
/// a form, help or detail view over them. A pure function of `AppState`.
public struct Screen {
  public let keyMap: KeyMap
  /// Box-drawing characters; ASCII when the terminal has no UTF-8.
  public var symbols: BorderSymbols

  public init(keyMap: KeyMap, symbols: BorderSymbols = .unicode) {
    self.keyMap = keyMap
    self.symbols = symbols
  }

  /// Draws `state` into `frame` and parks the cursor on the selected row or field.
  public func render(_ state: AppState, into frame: inout Frame) {
    let area = frame.area
    guard state.fits else {
      TooSmallView().render(state, in: area, frame: &frame)
      state.theme.apply(to: &frame.buffer)
      return
    }
    let layout = DashboardLayout(size: area.size)
    let rows = [layout.header, layout.body, layout.status, layout.hints]
    HeaderView().render(state, in: layout.header, buffer: &frame.buffer)
    TodayPane(symbols: symbols).render(state, in: layout.today, frame: &frame)
    ComplaintsPane(symbols: symbols).render(state, in: layout.complaints, frame: &frame)
    SatisfactionPane(symbols: symbols).render(state, in: layout.satisfaction, buffer: &frame.buffer)
    renderStatus(state, in: layout.status, buffer: &frame.buffer)
    renderHints(state, in: layout.hints, buffer: &frame.buffer)
    switch state.mode {
    case .dashboard: break
    case .form(let form): FormView(symbols: symbols).render(form, state, in: rows[1], frame: &frame)
    case .confirmDiscard(let form):
      FormView(symbols: symbols).render(form, state, in: rows[1], frame: &frame)
      let question = state.context.localizer(.formDiscard)
      frame.render(
        Modal(size: Size(width: question.displayWidth + 4, height: 3), body: [Line(question)], symbols: symbols),
        in: rows[1])
      frame.isCursorVisible = false
    case .help(let filter): HelpView(keyMap: keyMap, symbols: symbols).render(filter, state, in: area, frame: &frame)
    case .themePicker(let picker):
      ThemePickerView(symbols: symbols).render(picker, state, in: rows[1], frame: &frame)
    case .goodwill(let kind):
      GoodwillView(symbols: symbols).render(kind, state, in: rows[1], frame: &frame)
    case .report(let kind, let scroll):
      ReportView(symbols: symbols).render(kind, scroll: scroll, state, in: rows[1], frame: &frame)
    case .detail(let id, let scroll):
      DetailView(symbols: symbols).render(id, scroll: scroll, state, in: rows[1], buffer: &frame.buffer)
    }
    state.theme.apply(to: &frame.buffer)
  }

  private func renderStatus(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let progress = state.replayProgress.map {
      AppState.Status(
        text: state.context.localizer(.statusReadingHistory, state.context.localizer.percent($0)), kind: .info)
    }
    guard let status = progress ?? state.status else { return }
    let role: StyleRole =
      switch status.kind {
      case .info: .status
      case .warning: .warn
      case .error: .error
      }
    let marker = status.kind == .info ? "" : "⚠ "
    buffer.render(StatusLine(left: Line([Span(" " + marker + status.text, role: role)])), in: area)
  }

  private func renderHints(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.context.localizer
    var hints: [Hint]
    switch state.mode {
    case .dashboard, .detail: hints = keyMap.hints(focus: state.focus, localizer: l)
    case .form, .confirmDiscard:
      hints = keyMap.formKeys.enumerated().map { index, entry in
        Hint(key: entry.keys.map(\.label).joined(separator: "/"), label: l(entry.label), priority: 100 - index)
      }
    case .help, .themePicker, .goodwill, .report: hints = [Hint(.escape, label: l(.actionBack))]
    }
    buffer.render(HintBar(hints), in: area)
  }
}
