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
    let environment = ProcessInfo.processInfo.environment
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let backend: NcursesTerminal
    do {
      backend = try NcursesTerminal(options: .init(mouse: mouse, allowsColor: !noColor))
    } catch {
      throw Failure.message(workspace.localizer(.errorNoTerminal), exitCode: 3)
    }
    defer { backend.restore() }
    let screen = Screen(
      keyMap: KeyMap(language: workspace.localizer.language), theme: .builtIn,
      symbols: backend.supportsUnicode ? .unicode : .ascii)
    let app = AppRuntime(workspace: workspace, backend: backend, screen: screen)
    do {
      try app.run { backend.shouldQuit }
    } catch {
      backend.restore()
      throw Failure.message(workspace.localizer(.errorTerminalFailed, String(describing: error)), exitCode: 3)
    }
  }
}
