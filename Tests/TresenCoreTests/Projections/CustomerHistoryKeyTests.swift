import Testing

@testable import TresenCore

/// `CustomerHistory.key`: the ASCII fast path gives what trimming and lowercasing give.
@Suite struct CustomerHistoryKeyTests {
  @Test func namesMatchIgnoringCaseAndSurroundingSpace() {
    #expect(CustomerHistory.key("  Herr Maier\t") == "herr maier")
    #expect(CustomerHistory.key("ZOË Weiß ") == "zoë weiß")
    #expect(CustomerHistory.key("\u{00A0}Anna") == "anna")
    #expect(CustomerHistory.key("") == "")
    #expect(CustomerHistory.key(" \n ") == "")
    #expect(CustomerHistory.key("[Mr_Z@9]") == "[mr_z@9]")
  }

  @Test func theFastPathAgreesWithTheGeneralWayOnRandomNames() {
    let pieces: [String] = [
      "a", "Z", "M", "@", "[", "`", "{", "_", "0", " ", "\t", "\n", "\r", "\r\n", "\u{00A0}", "\u{202F}", "ä", "É",
      "e\u{0301}", "\u{0301}", "ß", "İ", "\u{7F}", "\u{01}", "\u{2028}", "\u{00A1}", "\u{202E}", "\u{00AF}", "€",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20_000 {
      let name = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
        .joined()
      #expect(CustomerHistory.key(name) == name.trimmingWhitespace().lowercased(), "\(Array(name.unicodeScalars))")
    }
    for byte in UInt8(0)...UInt8(0x7F) {
      let name = "x" + String(UnicodeScalar(byte)) + "Y"
      #expect(CustomerHistory.key(name) == name.trimmingWhitespace().lowercased())
    }
  }
}
