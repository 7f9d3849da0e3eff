import TerminalUI
import Testing

@testable import TresenApp

@Suite struct ContrastTests {
  private let white = Contrast.RGB(255, 255, 255)
  private let black = Contrast.RGB(0, 0, 0)

  @Test func knownWCAGValues() {
    #expect(Contrast.ratio(black, white) == 21)
    #expect(Contrast.ratio(white, white) == 1)
    #expect(abs(Contrast.ratio(Contrast.RGB(0x77, 0x77, 0x77), white) - 4.48) < 0.005)
    // #767676 is the lightest grey that passes AA on white.
    #expect(Contrast.ratio(Contrast.RGB(0x76, 0x76, 0x76), white) >= 4.5)
    #expect(abs(Contrast.RGB(255, 0, 0).luminance - 0.2126) < 1e-9)
    #expect(Contrast.ratio(white, black) == Contrast.ratio(black, white))
  }

  @Test func defaultStandsForWhiteOnBlackInDarkThemesAndTheReverseInLight() {
    #expect(Contrast.rgb(of: .default, asForeground: true, kind: .dark) == white)
    #expect(Contrast.rgb(of: .default, asForeground: false, kind: .dark) == black)
    #expect(Contrast.rgb(of: .default, asForeground: true, kind: .light) == black)
    #expect(Contrast.rgb(of: .default, asForeground: false, kind: .light) == white)
    #expect(Contrast.rgb(of: .default, asForeground: true, kind: .mono) == nil)
  }

  @Test func onlyFixedColoursAreMeasured() {
    #expect(Contrast.rgb(of: .red, asForeground: true, kind: .dark) == nil)
    #expect(Contrast.rgb(of: .indexed(9), asForeground: true, kind: .dark) == nil)
    #expect(Contrast.rgb(of: .indexed(16), asForeground: true, kind: .dark) == black)
    #expect(Contrast.rgb(of: .indexed(231), asForeground: true, kind: .dark) == white)
    #expect(Contrast.rgb(of: .indexed(67), asForeground: true, kind: .dark) == Contrast.RGB(95, 135, 175))
    #expect(Contrast.rgb(of: .indexed(244), asForeground: true, kind: .dark) == Contrast.RGB(128, 128, 128))
  }

  @Test func checkGradesEachTextRole() {
    let theme = Theme(
      name: "t", kind: .light,
      styles: [
        .text: Style(foreground: .rgb(red: 0, green: 0, blue: 0), background: .default),
        .muted: Style(foreground: .rgb(red: 0x77, green: 0x77, blue: 0x77)),
        .title: Style(foreground: .rgb(red: 0xAA, green: 0xAA, blue: 0xAA)),
        .ok: Style(foreground: .green),
        .border: Style(foreground: .rgb(red: 0xF0, green: 0xF0, blue: 0xF0)),
      ])
    let check = ThemeCheck(theme)
    #expect(!check.isExempt)
    let verdicts = Dictionary(uniqueKeysWithValues: check.measurements.map { ($0.role, $0.verdict) })
    #expect(verdicts[.text] == .pass)
    #expect(verdicts[.muted] == .warning)
    #expect(verdicts[.title] == .failure)
    #expect(verdicts[.ok] == .notMeasured)
    #expect(verdicts[.border] == nil)
  }

  @Test func monoAndPaletteOnlyThemesAreExempt() {
    #expect(ThemeCheck(Theme.builtIn).isExempt)
    #expect(ThemeCheck(Theme(name: "m", kind: .mono, styles: [.text: Style(foreground: .indexed(17))])).isExempt)
  }
}
