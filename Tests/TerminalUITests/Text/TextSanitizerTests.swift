import Testing

@testable import TerminalUI

@Suite struct TextSanitizerTests {
  static let hostile = [
    "\u{1B}[31mred\u{1B}[0m", "line\rover", "a\nb", "tab\there", "\u{202E}txet", "\u{9B}2J", "bell\u{7}",
    "del\u{7F}", "\u{2066}iso\u{2069}", "crlf\r\n", "nul\u{0}", "\u{85}next", "sep\u{2028}x", "\u{1B}\u{301}",
  ]

  @Test(arguments: hostile)
  func hostileTextNeverReachesACellAsAControl(text: String) {
    var buffer = Buffer(width: 20, height: 1)
    buffer.set(string: text, at: .zero)
    for x in 0..<buffer.width {
      for scalar in buffer[x, 0].symbol.unicodeScalars {
        #expect(TextSanitizer.picture(for: scalar) == nil, "cell \(x) holds U+\(String(scalar.value, radix: 16))")
      }
    }
    #expect(!Cell(text).symbol.unicodeScalars.contains { TextSanitizer.picture(for: $0) != nil })
  }

  @Test func controlsBecomeVisibleSymbols() {
    #expect(TextSanitizer.sanitize("\u{1B}[31m") == "␛[31m")
    #expect(TextSanitizer.sanitize("a\r\nb") == "a␍␊b")
    #expect(TextSanitizer.sanitize("x\u{7F}") == "x␡")
    #expect(TextSanitizer.sanitize("\u{9B}2J") == "\u{FFFD}2J")
    #expect(TextSanitizer.sanitize("\u{202E}abc") == "\u{FFFD}abc")
    #expect(TextSanitizer.sanitize("Käsekuchen 👍🏽") == "Käsekuchen 👍🏽")
  }

  @Test func escapeSequenceIsShownLiterally() {
    var buffer = Buffer(width: 12, height: 1)
    buffer.set(string: "\u{1B}[31mrot", at: .zero)
    #expect(buffer.plainText() == "␛[31mrot")
  }
}
