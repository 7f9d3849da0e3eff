import TerminalUI
import Testing

@testable import TresenApp

@Suite struct ThemeFileTests {
  @Test func readsNameKindAndRoles() {
    let result = ThemeFile.parse(
      """
      name = "Laden Hell"
      kind = "light"
      [roles]
      text = "#2b2b2b on default"
      title = "bright-blue bold underline"
      selected = "color17 on #dbe8f5"
      muted = "dim"
      """, path: "/t/laden.toml")
    #expect(result.diagnostics.isEmpty)
    let theme = result.theme
    #expect(theme.name == "Laden Hell")
    #expect(theme.kind == .light)
    #expect(theme.styles[.text] == Style(foreground: .rgb(red: 0x2B, green: 0x2B, blue: 0x2B), background: .default))
    #expect(theme.styles[.title] == Style(foreground: .ansi(.brightBlue), attributes: [.bold, .underline]))
    #expect(
      theme.styles[.selected] == Style(foreground: .indexed(17), background: .rgb(red: 0xDB, green: 0xE8, blue: 0xF5)))
    #expect(theme.styles[.muted] == Style(attributes: .dim))
    #expect(result.roleLines[.title] == 5)
  }

  @Test func missingRolesFallBackToBuiltInAndTakeTheTextBackground() {
    let theme = ThemeFile.parse("[roles]\ntext = \"#ffffff on #000080\"\n", path: "x.toml").theme
    #expect(theme.name == "x")
    #expect(theme.kind == .dark)
    let title = theme.style(for: .title)
    #expect(title.foreground == .cyan)
    #expect(title.background == .rgb(red: 0, green: 0, blue: 0x80))
    #expect(title.attributes == .bold)
  }

  @Test func unknownRoleIsReportedWithItsLineAndASuggestion() {
    let result = ThemeFile.parse(
      "name = \"x\"\n\n[roles]\ntext = \"default\"\nborder_focsu = \"red\"\nsparkles = \"red\"\n", path: "x.toml")
    #expect(
      result.diagnostics == [
        ThemeDiagnostic(path: "x.toml", line: 5, problem: .unknownRole("border_focsu", suggestion: "border_focus")),
        ThemeDiagnostic(path: "x.toml", line: 6, problem: .unknownRole("sparkles", suggestion: nil)),
      ])
    #expect(result.theme.styles[.text] == Style(foreground: .default))
  }

  @Test func badValuesAreReportedWithLineAndTheRoleFallsBack() {
    let result = ThemeFile.parse(
      """
      [roles]
      title = "#12345 bold"
      text = "white on"
      muted = "blink"
      ok = "bold green"
      warn = ""
      error = "red bold"
      """, path: "t.toml")
    let problems = result.diagnostics.map { ($0.line, $0.problem) }
    #expect(problems.count == 5)
    #expect(problems[0].0 == 2)
    #expect(problems[0].1 == .badValue(role: "title", value: "#12345 bold", problem: .unknownWord("#12345")))
    #expect(problems[1].1 == .badValue(role: "text", value: "white on", problem: .missingBackground))
    #expect(problems[2].1 == .badValue(role: "muted", value: "blink", problem: .unknownWord("blink")))
    #expect(problems[3].1 == .badValue(role: "ok", value: "bold green", problem: .misplacedColor("green")))
    #expect(problems[4] == (6, .badValue(role: "warn", value: "", problem: .empty)))
    #expect(result.theme.style(for: .title) == Theme.builtIn.style(for: .title))
    #expect(result.theme.styles[.error] == Style(foreground: .red, attributes: .bold))
  }

  @Test func wrongTypesBadKindAndUnknownKeys() {
    let result = ThemeFile.parse(
      """
      name = 3
      kind = "sepia"
      colour = "red"
      [roles]
      text = ["red"]
      """, path: "t.toml")
    #expect(
      result.diagnostics == [
        ThemeDiagnostic(path: "t.toml", line: 1, problem: .notText(key: "name")),
        ThemeDiagnostic(path: "t.toml", line: 2, problem: .badKind("sepia")),
        ThemeDiagnostic(path: "t.toml", line: 3, problem: .unknownKey("colour")),
        ThemeDiagnostic(path: "t.toml", line: 5, problem: .notText(key: "text")),
      ])
    let notTable = ThemeFile.parse("roles = \"all red\"\n", path: "t.toml")
    #expect(notTable.diagnostics == [ThemeDiagnostic(path: "t.toml", line: 1, problem: .rolesNotTable)])
  }

  @Test func brokenTomlGivesTheLineAndTheBuiltInTheme() {
    let result = ThemeFile.parse("name = \"x\"\n[roles]\ntext = \"red\n", path: "b.toml")
    #expect(result.diagnostics.count == 1)
    let diagnostic = result.diagnostics[0]
    #expect(diagnostic.line == 3)
    #expect(diagnostic.isFatal)
    guard case .syntax = diagnostic.problem else {
      Issue.record("expected a syntax error, got \(diagnostic.problem)")
      return
    }
    #expect(result.theme.name == Theme.builtIn.name)
  }

  @Test func missingFileIsUnreadable() {
    let result = ThemeFile.load(path: "/nonexistent/none.toml")
    #expect(result.diagnostics.first?.problem == .unreadable(code: 2))
    #expect(result.theme.name == Theme.builtIn.name)
  }

  @Test func quotedRoleKeysAndCommentsKeepTheirLines() {
    let result = ThemeFile.parse(
      "# text = \"nope\"\n[roles]\n# comment\n\"title\" = \"blue\"\n  'tittle' = \"red\"\n", path: "q.toml")
    #expect(result.roleLines[.title] == 4)
    #expect(result.diagnostics.map(\.line) == [5])
  }
}
