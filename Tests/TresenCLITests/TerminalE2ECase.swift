import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// One end-to-end run: a fresh data dir, the CLI pointed at it, and the terminal UI started in a
/// private tmux session with a fixed, clean environment.
struct TerminalE2ECase {
  let cli: CLITestCase
  let tmux: Tmux
  let language: String

  /// Starts `tresen` at `width`×`height` after `prepare` has filled the data dir through the CLI.
  init(
    width: Int = 100, height: Int = 30, language: String = "en", term: String = "xterm-256color",
    environment extra: [String: String] = [:], prepare: (CLITestCase) throws -> Void = { _ in }
  ) throws {
    cli = CLITestCase(language: language)
    self.language = language
    try prepare(cli)
    var environment = [
      "TRESEN_DATA_DIR": cli.temp.appending("data"), "TRESEN_DEVICE": "kasse-1", "TRESEN_LANG": language,
      "TRESEN_CONFIG": cli.temp.appending("config.toml"), "TERM": term, "TZ": "Europe/Berlin", "LANG": "C.UTF-8",
      "HOME": "/nonexistent",
      // Swift's crash report would otherwise wait 30 s for a key on a terminal before the signal ends it.
      "SWIFT_BACKTRACE": "interactive=no",
    ]
    environment.merge(extra) { $1 }
    tmux = try Tmux(width: width, height: height, command: [cli.tresen.path], environment: environment)
  }

  /// The pane titles of the dashboard in this case's language.
  var paneTitles: [String] {
    language == "de" ? ["Heute", "Offene Beschwerden", "Zufriedenheit"] : ["Today", "Open complaints", "Satisfaction"]
  }

  /// Waits until the dashboard shows all three pane titles.
  @discardableResult
  func waitForDashboard() throws -> String {
    let titles = paneTitles
    return try tmux.waitUntil("the dashboard with \(titles)") { screen in titles.allSatisfy(screen.contains) }
  }

  /// The events in the data dir, read the way the app reads them.
  func events() throws -> [Event] {
    try LogReader(directory: cli.temp.dataDirectory).load().events
  }

  /// Expects the terminal as the shell needs it after the program ended: normal screen, visible
  /// cursor, no mouse reporting, line editing and echo on.
  func expectRestored(_ exit: Tmux.Exit, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!exit.alternateScreen, "left on the alternate screen:\n\(exit.screen)", sourceLocation: sourceLocation)
    #expect(exit.cursorVisible, "left the cursor hidden:\n\(exit.screen)", sourceLocation: sourceLocation)
    #expect(!exit.mouseReporting, "left mouse reporting on:\n\(exit.screen)", sourceLocation: sourceLocation)
    #expect(exit.sttyFlag("icanon") == true, "stty -a: \(exit.stty)", sourceLocation: sourceLocation)
    #expect(exit.sttyFlag("echo") == true, "stty -a: \(exit.stty)", sourceLocation: sourceLocation)
  }
}
