import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// Size and colour on a real terminal: the layout follows the window (DESIGN.md §5 minimum
/// 80×24), and colours fall back for `NO_COLOR` and 8-colour consoles (tui.md §5.4 items 10, 15).
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed"))
struct TerminalE2EScreenTests {
  /// 100×30 → 80×24 (all panes) → 60×20 (too small, with the sizes) → 100×30; then a form
  /// survives the too-small screen with its text; `q` quits from the too-small screen.
  @Test func resizeFollowsTheWindowAndKeepsTypedText() throws {
    let app = try TerminalE2ECase(width: 100, height: 30)
    try app.waitForDashboard()

    try app.tmux.resize(width: 80, height: 24)
    try waitForDashboard(app, width: 80)
    try app.tmux.resize(width: 60, height: 20)
    try app.tmux.waitFor(text: "need 80×24, have 60×20")
    try app.tmux.resize(width: 100, height: 30)
    try waitForDashboard(app, width: 100)

    try app.tmux.send("F9")
    try app.tmux.waitFor(text: "Rating")
    try app.tmux.type("Käsekuchen war trocken")
    try app.tmux.waitFor(text: "Käsekuchen war trocken")
    try app.tmux.resize(width: 60, height: 20)
    try app.tmux.waitFor(text: "need 80×24, have 60×20")
    try app.tmux.resize(width: 100, height: 30)
    try app.tmux.waitFor(text: "Käsekuchen war trocken")
    try app.tmux.send("Enter")
    try app.tmux.waitFor(text: "Saved:")
    guard case .interaction(let interaction) = try app.events().first?.payload else {
      Issue.record("the form should have saved an interaction")
      return
    }
    #expect(interaction.text == "Käsekuchen war trocken")

    try app.tmux.resize(width: 60, height: 20)
    try app.tmux.waitFor(text: "need 80×24, have 60×20")
    try app.tmux.send("q")
    let exit = try app.tmux.waitForExit()
    #expect(exit.status == 0)
    app.expectRestored(exit)
  }

  /// `NO_COLOR=1`: the dashboard is drawn with attributes only, no colour SGR codes at all.
  @Test func noColorSendsNoColourCodes() throws {
    let app = try TerminalE2ECase(environment: ["NO_COLOR": "1"])
    try app.waitForDashboard()
    let screen = try app.tmux.capture(escapes: true)
    let colours = Self.sgrParameters(screen).filter(Self.isColour)
    #expect(colours.isEmpty, "colour codes \(Set(colours)) despite NO_COLOR")
  }

  /// `TERM=linux` (8 colours): the dashboard renders, in 8-colour codes only (no `38;5`/`48;5`,
  /// no bright 90–107).
  @Test func linuxConsoleGetsEightColours() throws {
    let app = try TerminalE2ECase(term: "linux")
    try app.waitForDashboard()
    let parameters = Self.sgrParameters(try app.tmux.capture(escapes: true))
    let extended = parameters.filter { [38, 48].contains($0) || (90...97).contains($0) || (100...107).contains($0) }
    #expect(extended.isEmpty, "more than 8 colours on TERM=linux: \(Set(extended))")
    #expect(
      parameters.contains { (30...37).contains($0) || (40...47).contains($0) }, "the theme should still use colour")
  }

  /// Waits until the dashboard is drawn at `width` columns (the boxes reach the right edge).
  private func waitForDashboard(_ app: TerminalE2ECase, width: Int) throws {
    let titles = app.paneTitles
    try app.tmux.waitUntil("the dashboard at \(width) columns") { screen in
      let lines = screen.split(separator: "\n")
      return titles.allSatisfy(screen.contains) && !screen.contains("need 80×24")
        && lines.contains { $0.count == width && $0.hasSuffix("┐") }
    }
  }

  /// Every numeric parameter of every SGR sequence (`ESC [ … m`) in `text`.
  static func sgrParameters(_ text: String) -> [Int] {
    var result: [Int] = []
    var rest = Substring(text)
    while let start = rest.range(of: "\u{1B}[") {
      let body = rest[start.upperBound...].prefix { $0.isNumber || $0 == ";" || $0 == ":" }
      let end = body.endIndex
      if end < rest.endIndex, rest[end] == "m" {
        result += body.split(whereSeparator: { $0 == ";" || $0 == ":" }).compactMap { Int($0) }
      }
      rest = rest[end...]
    }
    return result
  }

  /// Foreground or background colour codes (the defaults 39 and 49 are not colours).
  static func isColour(_ parameter: Int) -> Bool {
    [30...38, 40...48, 90...97, 100...107].contains { $0.contains(parameter) }
  }
}
