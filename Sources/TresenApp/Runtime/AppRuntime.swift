import Foundation
import TerminalUI
import TresenCore

/// Runs the app: reads keys, feeds actions to the reducer, performs its effects against the
/// workspace (the only I/O) and draws each frame through the terminal, which sends the backend
/// only the cells that changed.
public final class AppRuntime<Backend: TerminalBackend> {
  public let workspace: Workspace
  public let terminal: Terminal<Backend>
  public var screen: Screen
  public private(set) var state: AppState
  private let reducer: Reducer

  /// An app on `workspace` drawing to `backend` in `theme`.
  public init(workspace: Workspace, backend: Backend, screen: Screen? = nil, theme: Theme = .builtIn) {
    self.workspace = workspace
    self.terminal = Terminal(backend: backend)
    let keyMap = KeyMap(language: workspace.localizer.language)
    self.screen = screen ?? Screen(keyMap: keyMap)
    self.reducer = Reducer(keyMap: keyMap)
    let settings = workspace.settings
    self.state = AppState(
      context: .init(
        businessName: settings.businessName, device: settings.device, staff: settings.staff,
        localizer: workspace.localizer, calendar: workspace.calendar),
      size: backend.size, now: workspace.clock.now())
    self.state.theme = theme
  }

  /// Loads the data and draws the first frame.
  public func start() throws(TerminalError) {
    perform([.load])
    try draw()
  }

  /// The main loop: until the user quits or `shouldStop` says a signal asked to end. Waits
  /// at most `tick` ms for a key so the clock, day roll-over and signals are noticed.
  public func run(tick: Int = 250, shouldStop: () -> Bool = { false }) throws(TerminalError) {
    try start()
    while state.isRunning, !shouldStop() {
      if let key = try terminal.readKey(timeoutMilliseconds: tick) {
        try handle(key)
      } else {
        dispatch(.ticked(workspace.clock.now()))
        try draw()
      }
    }
  }

  /// Handles one key as the loop does, and redraws.
  public func handle(_ key: Key) throws(TerminalError) {
    if key == .resize { dispatch(.resized(terminal.size)) }
    if key == .ctrl("l") { terminal.invalidate() }
    dispatch(.keyPressed(key))
    try draw()
  }

  /// Applies `action` and performs the effects that follow.
  public func dispatch(_ action: Action) {
    perform(reducer.reduce(&state, action))
  }

  /// Draws the current state.
  public func draw() throws(TerminalError) {
    let state = self.state
    let screen = self.screen
    try terminal.draw { frame in screen.render(state, into: &frame) }
  }

  private func perform(_ effects: [Effect]) {
    for effect in effects {
      switch effect {
      case .load:
        do {
          dispatch(.dataLoaded(try workspace.overview()))
        } catch {
          dispatch(.loadFailed(error))
        }
      case .loadHistory:
        // Show the view's "reading" line first: a long history takes a moment.
        try? draw()
        do {
          dispatch(.historyLoaded(try workspace.load().ledger))
        } catch {
          dispatch(.loadFailed(error))
        }
      case .record(let payload, let purpose):
        do {
          dispatch(.recordSaved(try workspace.record(payload), purpose))
        } catch {
          dispatch(.saveFailed(error, purpose))
        }
      case .loadThemes:
        let library = ThemeLibrary()
        let choices =
          [ThemePicker.Choice(id: Theme.builtIn.name, theme: .builtIn)]
          + library.files.map { file in
            ThemePicker.Choice(id: ThemeFile.stem(of: file.path), theme: ThemeFile.load(path: file.path).theme)
          }
        dispatch(.themesLoaded(choices))
      case .saveTheme(let id):
        let path = workspace.settings.configPath
        do {
          try ConfigEditor.set("theme", to: id, in: path)
          dispatch(.themeSaved(id: id, path: path))
        } catch {
          dispatch(.noticed(ErrorText(localizer: workspace.localizer).config(error)))
        }
      case .saveDayClose(let day):
        saveDayClose(day)
      case .quit:
        break
      }
    }
  }

  /// Writes the day close of `day` as a printable HTML file in the home folder (or the
  /// temporary folder when there is none), never inside the synced data folder.
  private func saveDayClose(_ day: LocalDate) {
    guard let ledger = state.ledger else { return }
    let report = DayReport(
      ledger, period: Period(containing: day, kind: .day), calendar: workspace.calendar, now: workspace.clock.now(),
      businessName: workspace.settings.businessName)
    let home = ProcessInfo.processInfo.environment["HOME"].flatMap {
      FileManager.default.isWritableFile(atPath: $0) ? $0 : nil
    }
    let folder = home ?? FileManager.default.temporaryDirectory.path
    let path = folder + "/tresen-day-close-\(day).html"
    do {
      try OutputFile.write(Array(report.html(workspace.localizer).utf8), to: path)
      dispatch(.reportSaved(path: path))
    } catch {
      dispatch(.noticed(ErrorText(localizer: workspace.localizer).storage(.writeFailed(path: path, code: error.code))))
    }
  }
}
