import Testing
import TresenTestSupport

@testable import TresenCore

/// The config parser at CI scale: 100,000 generated TOML texts (keys the config knows and
/// does not know, every value kind, broken syntax, hostile scalars). Every outcome is a
/// `Config` or a typed `ConfigError` naming the file with a line inside the text.
@Suite(.timeLimit(.minutes(5))) struct ConfigFuzzTests {
  private static let pieces = [
    "business_name", "currency", "language", "device", "staff", "day_start_hour", "theme", "\"theme\"", "unknown",
    " = ", "=", " ", "\n", "\"", "'", "\"\"\"", "'''", "\"Café\"", "\"EUR\"", "\"de\"", "\"en\"", "5", "-1", "24",
    "3.5", "true", "1979-05-27", "[", "]", "[[", "]]", "{", "}", ",", "#", ".", "\\", "\\u0000", "\\uD800", "\u{0}",
    "\u{1B}[2J", "\u{202E}", "\u{FEFF}", "inf", "nan", "0x1F", "1e999", "99999999999999999999",
  ]

  @Test func configTextsGiveAConfigOrATypedError() {
    var random = SeededRandom(seed: 0xC0_F160)
    var budget = FuzzBudget()
    var failures: [String] = []
    var accepted = 0
    for run in 0..<Fuzz.runs {
      var text = Fuzz.text(from: Self.pieces, maxPieces: 10, using: &random)
      if run % 4 == 0 {
        // Mostly-valid configs reach the value checks.
        let key = ["business_name", "currency", "language", "device", "staff", "day_start_hour", "theme"][run / 4 % 7]
        text = "\(key) = " + Fuzz.text(from: Self.pieces, maxPieces: 3, using: &random) + "\n"
      }
      let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
      do throws(ConfigError) {
        let config = try Config.parse(text, path: "/tmp/config.toml")
        accepted += 1
        if let hour = config.dayStartHour, !(0...23).contains(hour), failures.count < 5 { failures.append(text) }
        if let currency = config.currency, currency.count != 3, failures.count < 5 { failures.append(text) }
      } catch {
        switch error {
        case .syntax(let path, let line, _, _), .unknownKey(let path, let line, _),
          .invalidValue(let path, let line, _, _):
          if path != "/tmp/config.toml" || line < 1 || line > lineCount + 1, failures.count < 5 {
            failures.append("\(error) for \(text.debugDescription)")
          }
        case .unreadable, .unwritable:
          if failures.count < 5 { failures.append("I/O error from parsing \(text.debugDescription)") }
        }
      }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(accepted > 1_000)
  }

  /// toml++ asserts on these (an abort in debug, undefined behaviour in release); each is a
  /// syntax error on its line now.
  @Test(arguments: [
    "[=", "[[#", "[[é", "[[.", "[\u{1B}", "[[\u{7F}", "[[\u{202E}", "a = 1\n  [=x]", "language = [}{", "a = [ }",
    "\u{FEFF}[[. 0x1F",
  ])
  func tableHeadersWithoutAKeyAreSyntaxErrors(source: String) {
    #expect(throws: ConfigError.self) { try Config.parse(source, path: "c.toml") }
    #expect(TOMLGuard.badHeader(in: source) != nil)
  }

  @Test(arguments: ["[roles]", "[[a]]", "[ \"x\" ]", "a = [\n  [1, 2],\n  [+3],\n]", "s = \"\"\"\n[=\n\"\"\"", "[a.b]"])
  func validHeadersAndArraysPassTheGuard(source: String) {
    #expect(TOMLGuard.badHeader(in: source) == nil)
  }
}
