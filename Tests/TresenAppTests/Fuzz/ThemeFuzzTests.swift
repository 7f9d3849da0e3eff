import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// The theme parser at CI scale: 100,000 generated theme files and 100,000 role values.
/// Reading never fails: every problem is a `ThemeDiagnostic` naming the file with a line
/// inside the text, the theme is always usable, and a value that parses formats back to
/// itself.
@Suite(.timeLimit(.minutes(5))) struct ThemeFuzzTests {
  private static let words = [
    "#d8dee9", "#88C0D0", "#fff", "#gggggg", "#12345678", "red", "green", "bright-blue", "bright-", "color0",
    "color255", "color256", "color-1", "default", "on", "ON", "bold", "dim", "underline", "reverse", "italic", "blink",
    " ", "  ", "\t", "\u{0}", "\u{1B}[31m", "\u{202E}", "ä", "",
  ]

  private static let filePieces = [
    "name", "kind", "[roles]", "[roles.x]", "[[roles]]", "text", "title", "selected", "severity_urgent", "bogus",
    "tetx", " = ", "\"", "'", "\"dark\"", "\"light\"", "\"mono\"", "\"#d8dee9 on default\"", "\"red bold\"",
    "\"on\"", "5", "true", "[", "]", "{", "}", "\n", "\n", "#", "\u{0}", "\u{202E}", "\\u001b",
  ]

  @Test func roleValuesParseOrGiveAProblem() {
    var random = SeededRandom(seed: 0x7E_7E01)
    var budget = FuzzBudget()
    var failures: [String] = []
    var parsed = 0
    for run in 0..<Fuzz.runs {
      var value = ""
      for _ in 0..<Int.random(in: 0...5, using: &random) {
        value += Self.words[Int.random(in: 0..<Self.words.count, using: &random)] + " "
      }
      if case .success(let style) = ThemeValue.parse(value) {
        parsed += 1
        let formatted = ThemeValue.format(style)
        if case .success(let again) = ThemeValue.parse(formatted), again == style {
        } else if failures.count < 5 {
          failures.append("\(value.debugDescription) -> \(formatted.debugDescription) does not read back")
        }
      }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(parsed > 1_000)
  }

  @Test func themeFilesGiveAThemeAndLinedDiagnostics() {
    var random = SeededRandom(seed: 0x7E_7E02)
    var budget = FuzzBudget()
    var failures: [String] = []
    var clean = 0
    for run in 0..<Fuzz.runs {
      var text = Fuzz.text(from: Self.filePieces, maxPieces: 12, using: &random)
      if run % 3 == 0 {
        text = "name = \"x\"\nkind = \"dark\"\n[roles]\n"
        for _ in 0..<Int.random(in: 1...3, using: &random) {
          let role = ["text", "title", "selected", "bogus", "severity_urgent"][Int.random(in: 0..<5, using: &random)]
          text +=
            "\(role) = \""
            + Fuzz.text(from: Self.words, maxPieces: 3, using: &random)
            .replacingOccurrences(of: "\"", with: "") + "\"\n"
        }
      }
      let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
      let result = ThemeFile.parse(text, path: "/themes/fuzz.toml")
      if result.diagnostics.isEmpty { clean += 1 }
      for diagnostic in result.diagnostics
      where diagnostic.path != "/themes/fuzz.toml" || (diagnostic.line.map { $0 < 1 || $0 > lineCount + 1 } ?? false) {
        if failures.count < 5 { failures.append("\(diagnostic) for \(text.debugDescription)") }
      }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(clean > 1_000)
  }
}
