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

  /// Every colour a theme can name, and none: styles keep colours as packed codes.
  static let colors: [Color?] =
    [nil, .default, .indexed(0), .indexed(255), .rgb(red: 0, green: 0, blue: 0), .rgb(red: 1, green: 2, blue: 3)]
    + ANSIColor.allCases.map { .ansi($0) }
    + [.rgb(red: 255, green: 255, blue: 255), .rgb(red: 0, green: 0, blue: 255), .rgb(red: 255, green: 0, blue: 0)]

  @Test func everyColourComesBackAsSetAndStylesAreEqualExactlyWhenTheirColoursAre() {
    for foreground in Self.colors {
      var style = Style(foreground: foreground, background: .blue)
      #expect(style.foreground == foreground)
      #expect(style.background == .blue)
      for other in Self.colors {
        style.background = other
        #expect(style.background == other)
        #expect(style.foreground == foreground)
        let twin = Style(foreground: foreground, background: other)
        #expect(style == twin)
        #expect(style.hashValue == twin.hashValue)
        #expect((style == Style(foreground: other, background: other)) == (foreground == other))
      }
    }
  }

  @Test func patchingTakesEveryColourThatIsSetAndOnlyThose() {
    for below in Self.colors {
      for above in Self.colors {
        let patched = Style(foreground: below, background: above).patched(with: Style(foreground: above))
        #expect(patched.foreground == (above ?? below))
        #expect(patched.background == above)
      }
    }
  }

  @Test func rolesAreEqualExactlyWhenTheirNamesAre() {
    let made = StyleRole(rawValue: "severity_" + String("urgent".reversed().reversed()))
    let literal: StyleRole = "severity_urgent"
    #expect(made == literal)
    #expect(made.hashValue == literal.hashValue)
    #expect(made.rawValue == "severity_urgent")
    #expect(made != StyleRole(rawValue: "severity_urgen"))
    #expect(StyleRole.text != .muted)
    #expect(StyleRole(rawValue: "text") == .text)
    #expect(Set([StyleRole.text, "text", .title, "title", "ünïcode_rôle"]).count == 3)
    #expect(StyleRole(rawValue: "ünïcode_rôle").description == "ünïcode_rôle")
  }
}
