import TerminalUI
import TresenCore

extension Reducer {
  /// Routes a key to whatever has the keyboard.
  func keyPressed(_ key: Key, _ state: inout AppState) -> [Effect] {
    if key == .resize { return [] }
    guard state.fits else {
      // The too-small screen still quits.
      if key == .character("q") || key == .function(10) || key == .ctrl("c") { return quit(&state) }
      return []
    }
    switch state.mode {
    case .dashboard: return dashboardKey(key, &state)
    case .form(var form):
      let effects = formKey(key, &form, &state)
      if case .form = state.mode { state.mode = .form(form) }
      return effects
    case .confirmDiscard(let form):
      switch key {
      case .character("y"), .character("Y"), .character("j"), .character("J"): state.mode = .dashboard
      case .character("n"), .character("N"), .escape: state.mode = .form(form)
      default: break
      }
      return []
    case .help(let filter):
      state.mode = helpKey(key, filter: filter)
      return []
    case .themePicker(var picker):
      return themePickerKey(key, &picker, &state)
    case .report(let kind, let scroll):
      switch key {
      case .escape, .character("q"),
        .character("m") where kind == .touchpoints,
        .character("d") where kind == .dayClose:
        state.mode = .dashboard
      case .down, .character("j"): state.mode = .report(kind, scroll: scroll + 1)
      case .up, .character("k"): state.mode = .report(kind, scroll: max(0, scroll - 1))
      case .pageDown, .character(" "): state.mode = .report(kind, scroll: scroll + 10)
      case .pageUp: state.mode = .report(kind, scroll: max(0, scroll - 10))
      case .home: state.mode = .report(kind, scroll: 0)
      case .character("s") where kind == .dayClose: return [.saveDayClose(state.dashboard.day)]
      default: break
      }
      return []
    case .goodwill(let kind):
      let kinds = Period.Kind.allCases
      let index = kinds.firstIndex(of: kind) ?? 0
      switch key {
      case .escape, .character("g"), .character("q"): state.mode = .dashboard
      case .right, .tab: state.mode = .goodwill(kinds[(index + 1) % kinds.count])
      case .left, .backTab: state.mode = .goodwill(kinds[(index + kinds.count - 1) % kinds.count])
      default: break
      }
      return []
    case .detail(let id, let scroll):
      switch key {
      case .escape, .enter, .character("q"): state.mode = .dashboard
      case .down, .character("j"): state.mode = .detail(id, scroll: scroll + 1)
      case .up, .character("k"): state.mode = .detail(id, scroll: max(0, scroll - 1))
      case .pageDown: state.mode = .detail(id, scroll: scroll + 10)
      case .pageUp: state.mode = .detail(id, scroll: max(0, scroll - 10))
      default: return dashboardKey(key, &state)
      }
      return []
    }
  }

  private func quit(_ state: inout AppState) -> [Effect] {
    state.isRunning = false
    return [.quit]
  }

  /// ↑/↓ show each theme on the real dashboard; Enter keeps and saves it; Esc goes back to
  /// the theme in use before.
  private func themePickerKey(_ key: Key, _ picker: inout ThemePicker, _ state: inout AppState) -> [Effect] {
    switch key {
    case .up, .character("k"), .down, .character("j"), .home, .end:
      let count = picker.choices.count
      switch key {
      case .up, .character("k"): picker.selected = (picker.selected + count - 1) % count
      case .home: picker.selected = 0
      case .end: picker.selected = count - 1
      default: picker.selected = (picker.selected + 1) % count
      }
      state.theme = picker.choices[picker.selected].theme
      state.mode = .themePicker(picker)
      return []
    case .enter:
      state.mode = .dashboard
      return [.saveTheme(id: picker.choices[picker.selected].id)]
    case .escape, .character("t"), .character("q"):
      state.theme = picker.original
      state.mode = .dashboard
      return []
    default:
      return []
    }
  }

  private func helpKey(_ key: Key, filter: String) -> AppState.Mode {
    switch key {
    case .escape, .function(1): return .dashboard
    case .character("?") where filter.isEmpty: return .dashboard
    case .backspace: return .help(filter: String(filter.dropLast()))
    case .ctrl("u"): return .help(filter: "")
    default:
      if let character = key.insertableCharacter { return .help(filter: filter + String(character)) }
      return .help(filter: filter)
    }
  }

  func dashboardKey(_ key: Key, _ state: inout AppState) -> [Effect] {
    if key == .ctrl("c") { return quit(&state) }
    if case .mouse(let event) = key {
      mouse(event, &state)
      return []
    }
    guard let command = keyMap.command(for: key, focus: state.focus) else { return [] }
    let l = state.context.localizer
    switch command {
    case .quit: return quit(&state)
    case .help: state.mode = .help(filter: "")
    case .nextPane: state.focus = state.focus.next
    case .previousPane: state.focus = state.focus.previous
    case .focusToday: state.focus = .today
    case .focusComplaints: state.focus = .complaints
    case .focusSatisfaction: state.focus = .satisfaction
    case .moveUp: move(&state, by: -1)
    case .moveDown: move(&state, by: 1)
    case .pageUp: move(&state, by: -pageSize(state))
    case .pageDown: move(&state, by: pageSize(state))
    case .first: move(&state, by: -Int.max / 2)
    case .last: move(&state, by: Int.max / 2)
    case .back: state.mode = .dashboard
    case .details:
      if let complaint = state.selectedComplaint { state.mode = .detail(complaint.id, scroll: 0) }
    case .newRefusal: openForm(.refusal, &state)
    case .newComp: openForm(.comp, &state)
    case .newComplaint: openForm(.complaint, &state)
    case .newInteraction: openForm(.interaction, &state)
    case .resolve, .wait, .addNote, .raiseSeverity, .lowerSeverity, .reopen:
      return triage(command, &state)
    case .undo:
      guard let last = state.sessionRecords.last else {
        state.status = .init(text: l(.statusNothingToUndo), kind: .info)
        return []
      }
      return [.record(.correction(Correction(target: last.id, change: .void(reason: nil))), .undo(last.id))]
    case .redraw:
      state.status = .init(text: l(.statusReloaded), kind: .info)
      return [.load]
    case .pickTheme:
      return [.loadThemes]
    case .toggleTrendWindow:
      let windows = Dashboard.trendWindows
      state.trendWindow = windows[((windows.firstIndex(of: state.trendWindow) ?? 0) + 1) % windows.count]
      if let overview = state.overview { rebuild(&state, overview: overview) }
    case .showGoodwill:
      state.mode = .goodwill(.day)
      return state.ledger == nil ? [.loadHistory] : []
    case .showTouchpoints:
      state.mode = .report(.touchpoints, scroll: 0)
      return state.ledger == nil ? [.loadHistory] : []
    case .showDayClose:
      state.mode = .report(.dayClose, scroll: 0)
      return state.ledger == nil ? [.loadHistory] : []
    }
    return []
  }

  private func triage(_ command: Command, _ state: inout AppState) -> [Effect] {
    let l = state.context.localizer
    guard let complaint = state.selectedComplaint else {
      state.status = .init(text: l(.statusSelectComplaint), kind: .info)
      return []
    }
    let resolved = complaint.state == .resolved
    func update(_ change: ComplaintUpdate.Change) -> [Effect] {
      [.record(.complaintUpdate(ComplaintUpdate(complaint: complaint.id, change: change)), .triage)]
    }
    switch command {
    case .resolve where !resolved: openForm(.resolve(complaint.id), &state)
    case .wait where !resolved: openForm(.wait(complaint.id), &state)
    case .addNote: openForm(.note(complaint.id), &state)
    case .raiseSeverity where complaint.severity != .urgent: return update(.severityChanged(complaint.severity.raised))
    case .lowerSeverity where complaint.severity != .low: return update(.severityChanged(complaint.severity.lowered))
    case .reopen where resolved: return update(.reopened(text: nil))
    case .reopen: state.status = .init(text: l(.statusNotResolved), kind: .info)
    case .resolve, .wait:
      state.status = .init(text: l(.statusAlreadyResolved), kind: .info)
    default: break
    }
    return []
  }

  func openForm(_ kind: FormState.Kind, _ state: inout AppState) {
    state.mode = .form(FormState(kind, localizer: state.context.localizer, customers: state.dashboard.customers))
  }

  /// The wheel scrolls the list under the pointer; a click focuses a pane and selects the
  /// row clicked.
  private func mouse(_ event: MouseEvent, _ state: inout AppState) {
    let layout = DashboardLayout(size: state.size)
    guard let pane = layout.pane(at: event.position) else { return }
    let saved = state.focus
    state.focus = pane
    switch event.kind {
    case .wheelUp:
      move(&state, by: -3)
      state.focus = saved
    case .wheelDown:
      move(&state, by: 3)
      state.focus = saved
    case .press(button: 1):
      let area = DashboardLayout.listArea(pane == .today ? layout.today : layout.complaints)
      guard pane != .satisfaction, area.contains(event.position) else { return }
      let count = pane == .today ? state.dashboard.today.count : state.dashboard.complaints.count
      let list = pane == .today ? state.todayList : state.complaintList
      let row = list.visibleOffset(count: count, height: area.height) + event.position.y - area.y
      guard row < count else { return }
      if pane == .today { state.todayList.selected = row } else { state.complaintList.selected = row }
    case .press, .release:
      break
    }
  }

  private func pageSize(_ state: AppState) -> Int { max(1, state.size.height / 2 - 4) }

  private func move(_ state: inout AppState, by delta: Int) {
    switch state.focus {
    case .today: state.todayList.moveSelection(by: delta, count: state.dashboard.today.count)
    case .complaints: state.complaintList.moveSelection(by: delta, count: state.dashboard.complaints.count)
    case .satisfaction: break
    }
  }
}
