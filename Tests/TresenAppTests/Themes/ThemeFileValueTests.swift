import TerminalUI
import Testing

@testable import TresenApp

@Suite struct ThemeFileValueTests {
  @Test(arguments: [
    ("#d8dee9 on default", Style(foreground: .rgb(red: 0xD8, green: 0xDE, blue: 0xE9), background: .default)),
    ("red", Style(foreground: .red)),
    ("bright-red bold", Style(foreground: .ansi(.brightRed), attributes: .bold)),
    (
      "color244 on color0 dim italic",
      Style(foreground: .indexed(244), background: .indexed(0), attributes: [.dim, .italic])
    ),
    ("on #002b36", Style(background: .rgb(red: 0, green: 0x2B, blue: 0x36))),
    ("bold reverse", Style(attributes: [.bold, .reverse])),
    ("normal", Style()),
    ("  Default   ON   Blue  UNDERLINE ", Style(foreground: .default, background: .blue, attributes: .underline)),
  ])
  func goodValues(value: String, style: Style) {
    #expect(ThemeValue.parse(value) == .success(style))
  }

  @Test(arguments: [
    ("", ThemeValue.Problem.empty),
    ("   ", .empty),
    ("#ggg000", .unknownWord("#ggg000")),
    ("color256", .unknownWord("color256")),
    ("red green", .misplacedColor("green")),
    ("red on blue on black", .misplacedColor("black")),
    ("red bold on blue", .misplacedColor("blue")),
    ("red on", .missingBackground),
    ("red on bold", .unknownWord("bold")),
    ("blinking", .unknownWord("blinking")),
  ])
  func badValues(value: String, problem: ThemeValue.Problem) {
    #expect(ThemeValue.parse(value) == .failure(problem))
  }

  @Test func formatIsTheThemeSpelling() {
    let style = Style(
      foreground: .rgb(red: 0x0B, green: 0x5C, blue: 0xAD), background: .default, attributes: [.bold, .underline])
    #expect(ThemeValue.format(style) == "#0b5cad on default bold underline")
    #expect(
      ThemeValue.format(Style(foreground: .ansi(.brightCyan), background: .indexed(17))) == "bright-cyan on color17")
    #expect(ThemeValue.format(.plain) == "normal")
    #expect(ThemeValue.parse(ThemeValue.format(style)) == .success(style))
  }
}
