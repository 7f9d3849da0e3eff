import Foundation
import Testing
import TresenTestSupport

/// Themes in the real terminal: a hex theme degrades to the console's 8 colours, and the
/// picker changes the colours on screen as the selection moves.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed"))
struct TerminalE2EThemeTests {
  /// 256-colour codes (`38;5;n` / `48;5;n`) in a captured screen.
  static func paletteCodes(_ screen: String) -> Int {
    let parameters = TerminalE2EScreenTests.sgrParameters(screen)
    return zip(parameters, parameters.dropFirst()).count { ($0.0 == 38 || $0.0 == 48) && $0.1 == 5 }
  }

  private func withNord(_ cli: CLITestCase) {
    cli.temp.write(Array("theme = \"nord\"\n".utf8), to: "config.toml")
  }

  @Test func aHexThemeUsesThePaletteOnXtermAndEightColoursOnTheConsole() throws {
    let xterm = try TerminalE2ECase(term: "xterm-256color", prepare: withNord)
    try xterm.waitForDashboard()
    #expect(Self.paletteCodes(try xterm.tmux.capture(escapes: true)) > 0, "Nord's hex colours map to the 256 palette")

    let console = try TerminalE2ECase(term: "linux", prepare: withNord)
    try console.waitForDashboard()
    let parameters = TerminalE2EScreenTests.sgrParameters(try console.tmux.capture(escapes: true))
    let extended = parameters.filter { [38, 48].contains($0) || (90...97).contains($0) || (100...107).contains($0) }
    #expect(extended.isEmpty, "more than 8 colours on TERM=linux: \(Set(extended))")
    #expect(parameters.contains { (30...37).contains($0) || (40...47).contains($0) })
  }

  /// Polls the coloured screen until `condition` holds for its count of palette codes.
  private func waitForPalette(
    _ app: TerminalE2ECase, _ description: String, _ condition: @escaping (Int) -> Bool
  )
    throws
  {
    try app.tmux.waitUntil(description) { _ in condition(Self.paletteCodes(try app.tmux.capture(escapes: true))) }
  }

  @Test func thePickerChangesTheColoursLiveAndEnterSavesTheChoice() throws {
    let app = try TerminalE2ECase(term: "xterm-256color")
    try app.waitForDashboard()
    #expect(Self.paletteCodes(try app.tmux.capture(escapes: true)) == 0, "the built-in theme uses ANSI colours only")

    // The list starts at the theme in use (built-in); the next one has hex colours.
    try app.tmux.send("t")
    try app.tmux.waitFor(text: "Nord")
    try app.tmux.send("Down")
    try waitForPalette(app, "the dashboard in the highlighted theme") { $0 > 0 }

    try app.tmux.send("Escape")
    try waitForPalette(app, "the built-in colours again") { $0 == 0 }

    try app.tmux.send("t")
    try app.tmux.waitFor(text: "Nord")
    for _ in 0..<8 { try app.tmux.send("Down") }
    try app.tmux.send("Enter")
    try app.tmux.waitFor(text: "saved to")
    let config = String(decoding: try #require(app.cli.temp.bytes("config.toml")), as: UTF8.self)
    #expect(config == "theme = \"nord\"\n")
  }
}
