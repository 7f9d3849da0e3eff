import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// The terminal is never left broken (DESIGN.md §5, tui.md P8, P9, §5.4 item 5): however the
/// real binary ends — `q`, SIGTERM, a crash signal — the shell gets back the normal screen, a
/// visible cursor, no mouse reporting, and line editing with echo.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed"))
struct TerminalE2ESignalTests {
  /// `q` on the dashboard ends with exit code 0 and a restored terminal.
  @Test func quitWithQ() throws {
    let app = try TerminalE2ECase()
    try app.waitForDashboard()
    try app.tmux.send("q")
    let exit = try app.tmux.waitForExit()
    #expect(exit.status == 0, "\(exit.screen)")
    app.expectRestored(exit)
  }

  /// SIGTERM on the dashboard or with a half-typed form: the app finishes on its own (exit 0,
  /// not ncurses' `_exit(1)`), restores the terminal, and what was saved before stays intact.
  @Test(arguments: [false, true])
  func sigtermRestoresTerminalAndKeepsRecords(formOpen: Bool) throws {
    let app = try TerminalE2ECase { cli in
      try cli.ok("record", "complaint", "--severity", "high", "Kaffee war kalt")
    }
    try app.waitForDashboard()
    try app.tmux.send("F9")
    try app.tmux.waitFor(text: "Rating")
    try app.tmux.type("Stammgast zufrieden")
    try app.tmux.send("Enter")
    try app.tmux.waitFor(text: "Saved:")
    if formOpen {
      try app.tmux.send("F6")
      try app.tmux.waitFor(text: "Item")
      try app.tmux.type("Mohnschnecke")
      try app.tmux.waitFor(text: "Mohnschnecke")
    }

    try app.tmux.kill(SIGTERM)
    let exit = try app.tmux.waitForExit()
    #expect(exit.status == 0, "\(exit.screen)")
    app.expectRestored(exit)

    let check = try app.cli.tresen.run(["check"])
    #expect(check.status == 0, "tresen check: \(check.stdout)\(check.stderr)")
    let events = try app.events()
    #expect(events.map(\.type) == ["complaint.opened", "interaction.recorded"])
    #expect(events.map(\.seq) == [1, 2])
  }

  /// SIGSEGV or SIGABRT sent to the app: the crash handler restores the terminal, then re-raises,
  /// so the shell sees the signal in the exit status (128 + n) — with Swift's crash report
  /// before it (the Linux default) and without.
  @Test(arguments: [SIGSEGV, SIGABRT], ["interactive=no", "enable=no"])
  func crashSignalRestoresTerminalAndKeepsTheSignal(signal: Int32, backtrace: String) throws {
    let app = try TerminalE2ECase(environment: ["SWIFT_BACKTRACE": backtrace])
    try app.waitForDashboard()
    try app.tmux.kill(signal)
    let exit = try app.tmux.waitForExit()
    #expect(exit.status == 128 + signal, "\(exit.screen)")
    app.expectRestored(exit)
  }
}
