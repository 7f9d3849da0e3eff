import Testing

@testable import TerminalUI

@Suite struct TextWidthTests {
  @Test(arguments: [
    ("Käsekuchen", 10),
    ("日本", 4),
    ("e\u{301}", 1),
    ("👍🏽", 2),
    ("🇩🇪", 2),
    ("🇩🇪🇦🇹", 4),
    ("👨‍👩‍👧", 2),
    ("👩🏽‍💻", 2),
    ("❤️", 2),
    ("❤", 1),
    ("☕", 2),
    ("Ａ", 2),
    ("한국어", 6),
    ("a\u{200D}b", 2),
    ("", 0),
    ("€ 3,00", 6),
  ])
  func displayWidth(text: String, width: Int) {
    #expect(text.displayWidth == width)
  }

  @Test func combiningMarksJoinTheirBase() {
    let decomposed = "Mu\u{308}ller"
    #expect(decomposed.count == 6)
    #expect(decomposed.displayWidth == 6)
    #expect(TextWidth.of("\u{301}" as Unicode.Scalar) == 0)
    #expect(TextWidth.of("\u{FE0F}" as Unicode.Scalar) == 0)
    #expect(TextWidth.of("\u{200D}" as Unicode.Scalar) == 0)
  }

  @Test func controlsCountAsTheSymbolTheyBecome() {
    #expect("\u{1B}[31m".displayWidth == 5)
    #expect("\r\n".displayWidth == 2)
    #expect("\u{202E}".displayWidth == 1)
  }

  @Test func tableLookupMatchesRangeEdges() {
    #expect(WideCharacterTable.contains(0x4E00))
    #expect(WideCharacterTable.contains(0x9FFF))
    #expect(!WideCharacterTable.contains(0x303F))
    #expect(WideCharacterTable.contains(0x3FFFD))
    #expect(!WideCharacterTable.contains(0x41))
  }
}
