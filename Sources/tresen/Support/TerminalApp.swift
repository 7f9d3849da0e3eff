import Foundation
import NcursesBackend
import TerminalUI
import TresenApp
import TresenCore

/// Opens the terminal UI on a workspace and gives the terminal back in every case.
enum TerminalApp {
  static func run(_ workspace: Workspace, mouse: Bool) throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw Failure.message(workspace.localizer(.errorNoTerminal), exitCode: 2)
    }
    // NO_COLOR turns colour off unless a theme was chosen on purpose (no-color.org).
    let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    let selection = ThemeLibrary().select(workspace.settings.theme ?? (noColor ? "mono" : nil))
    let backend: NcursesTerminal
    do {
      backend = try NcursesTerminal(
        options: .init(mouse: mouse, allowsColor: !noColor || workspace.settings.theme != nil))
    } catch {
      throw Failure.message(workspace.localizer(.errorNoTerminal), exitCode: 3)
    }
    defer { backend.restore() }
    let screen = Screen(
      keyMap: KeyMap(language: workspace.localizer.language), symbols: backend.supportsUnicode ? .unicode : .ascii)
    let app = AppRuntime(workspace: workspace, backend: backend, screen: screen, theme: selection.theme)
    if let problem = selection.diagnostics.first {
      app.dispatch(.noticed(problem.message(workspace.localizer)))
    }
    do {
      try app.run { backend.shouldQuit }
    } catch {
      backend.restore()
      throw Failure.message(workspace.localizer(.errorTerminalFailed, String(describing: error)), exitCode: 3)
    }
  }
}
