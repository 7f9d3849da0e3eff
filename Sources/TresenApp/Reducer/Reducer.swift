import TerminalUI
import TresenCore

/// The pure reducer: state + action → new state and effects. No files, no clock, no terminal.
public struct Reducer: Sendable {
  public let keyMap: KeyMap

  public init(keyMap: KeyMap) { self.keyMap = keyMap }

  /// Applies `action` to `state` and returns the work the runtime must do.
  public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = apply(action, to: &state)
    keepReportLines(&state)
    return effects
  }

  /// The report views (`m`, `d`) read their lines from `state.reportLines`, made here once per
  /// view, day and history read, so scrolling never recomputes a report over the history.
  private func keepReportLines(_ state: inout AppState) {
    guard case .report(let kind, _) = state.mode, state.ledger != nil else {
      state.reportLines = nil
      return
    }
    let key = AppState.ReportLines.Key(kind: kind, day: state.dashboard.day, history: state.historyVersion)
    guard state.reportLines?.key != key else { return }
    state.reportLines = .init(key: key, lines: ReportView.lines(kind, state))
  }

  private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
    switch action {
    case .keyPressed(let key):
      return keyPressed(key, &state)
    case .resized(let size):
      state.size = size
      return []
    case .ticked(let now):
      state.now = now
      // The day rolls over at the configured start without a restart.
      if let overview = state.overview, state.context.calendar.day(of: now) != state.dashboard.day {
        rebuild(&state, overview: overview)
      }
      return []
    case .dataLoaded(let overview):
      state.replayProgress = nil
      state.overview = overview
      // The whole history is read again when a view needs it.
      state.ledger = nil
      state.problems = overview.problems
      rebuild(&state, overview: overview)
      if overview.problems > 0, state.status == nil {
        state.status = .init(text: state.context.localizer(.statusLoadProblems, overview.problems), kind: .warning)
      }
      return state.mode.needsHistory ? [.loadHistory] : []
    case .historyLoaded(let ledger):
      state.ledger = ledger
      state.historyVersion += 1
      return []
    case .replayProgressed(let done, let total):
      state.replayProgress = total > 0 ? Double(done) / Double(total) : 0
      return []
    case .loadFailed(let error):
      state.replayProgress = nil
      state.status = .init(text: ErrorText(localizer: state.context.localizer).storage(error), kind: .error)
      return []
    case .noticed(let message):
      state.status = .init(text: message, kind: .warning)
      return []
    case .themesLoaded(let choices):
      guard case .dashboard = state.mode, !choices.isEmpty else { return [] }
      state.mode = .themePicker(ThemePicker(choices: choices, current: state.theme))
      return []
    case .themeSaved(let id, let path):
      state.status = .init(text: state.context.localizer(.statusThemeSaved, id, path), kind: .info)
      return []
    case .reportSaved(let path):
      state.status = .init(text: state.context.localizer(.statusReportSaved, path), kind: .info)
      return []
    case .recordSaved(let event, let purpose):
      return recordSaved(event, purpose, &state)
    case .saveFailed(let error, let purpose):
      state.saveFailed = true
      let message = ErrorText(localizer: state.context.localizer).storage(error)
      state.status = .init(text: message, kind: .error)
      if purpose == .form, case .form(var form) = state.mode {
        form.failure = message
        state.mode = .form(form)
      }
      return []
    }
  }

  /// Recomputes the panes from `overview`, keeping selections in range.
  func rebuild(_ state: inout AppState, overview: Overview) {
    let selectedComplaint = state.selectedComplaint?.id
    state.dashboard = Dashboard(
      overview: overview, now: state.now, calendar: state.context.calendar, trendWindow: state.trendWindow)
    let todayCount = state.dashboard.today.count
    if let selected = state.todayList.selected, selected >= todayCount {
      state.todayList.selected = todayCount == 0 ? nil : todayCount - 1
    } else if state.todayList.selected == nil, todayCount > 0 {
      state.todayList.selected = 0
    }
    let complaints = state.dashboard.complaints
    if let id = selectedComplaint, let index = complaints.firstIndex(where: { $0.id == id }) {
      state.complaintList.selected = index
    } else if let selected = state.complaintList.selected, selected >= complaints.count {
      state.complaintList.selected = complaints.isEmpty ? nil : complaints.count - 1
    } else if state.complaintList.selected == nil, !complaints.isEmpty {
      state.complaintList.selected = 0
    }
  }

  private func recordSaved(_ event: Event, _ purpose: RecordPurpose, _ state: inout AppState) -> [Effect] {
    let l = state.context.localizer
    state.saveFailed = false
    state.lastSaved = event.at
    switch purpose {
    case .undo(let target):
      if let index = state.sessionRecords.lastIndex(where: { $0.id == target }) {
        let undone = state.sessionRecords.remove(at: index)
        state.status = .init(text: l(.statusUndone, l.describe(undone)), kind: .info)
      }
    case .form, .triage:
      state.sessionRecords.append(event)
      var text = l(.statusSaved, l.describe(event)) + " · " + l(.statusUndoHint)
      var kind = AppState.Status.Kind.info
      if case .refusal(let refusal) = event.payload {
        if let cost = refusal.costCents { text = l(.hintRefusalCost, l.money(cost)) + " " + text }
        if refusal.defect == .yes {
          text = l(.hintDefect) + " " + text
          kind = .warning
        }
      }
      state.status = .init(text: text, kind: kind)
      if purpose == .form { state.mode = .dashboard }
    }
    return [.load]
  }
}
