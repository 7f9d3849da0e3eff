import Testing

@testable import TerminalUI

@Suite struct StyleTests {
  @Test func patchingKeepsWhatTheTopStyleLeavesOpen() {
    let base = Style(foreground: .white, background: .blue, attributes: .bold, role: .text)
    let top = Style(foreground: .red, attributes: .underline)
    let patched = base.patched(with: top)
    #expect(patched.foreground == .red)
    #expect(patched.background == .blue)
    #expect(patched.attributes == [.bold, .underline])
    #expect(patched.role == .text)
    #expect(base.patched(with: Style(removing: .bold, role: .selected)).attributes.isEmpty)
    #expect(base.patched(with: Style(role: .selected)).role == .selected)
  }

  @Test func colorsParseFromThemeSpellings() {
    #expect(Color(hex: "#88c0d0") == .rgb(red: 0x88, green: 0xC0, blue: 0xD0))
    #expect(Color(hex: "88C0D0") == .rgb(red: 0x88, green: 0xC0, blue: 0xD0))
    #expect(Color(hex: "#88c0d") == nil)
    #expect(Color(name: "default") == .default)
    #expect(Color(name: "red") == .red)
    #expect(Color(name: "bright-red") == .ansi(.brightRed))
    #expect(Color(name: "color208") == .indexed(208))
    #expect(Color(name: "color300") == nil)
    #expect(Color(name: "rot") == nil)
    #expect(ANSIColor.allCases.count == 16)
    #expect(ANSIColor.brightCyan.base == .cyan)
  }

  @Test func rgbMapsToTheNearestPaletteEntry() {
    #expect(Color.rgb(red: 255, green: 0, blue: 0).paletteIndex == 196)
    #expect(Color.rgb(red: 0, green: 0, blue: 0).paletteIndex == 16)
    #expect(Color.rgb(red: 128, green: 128, blue: 128).paletteIndex == 244)
    #expect(Color.red.paletteIndex == 1)
    #expect(Color.default.paletteIndex == nil)
  }
}
