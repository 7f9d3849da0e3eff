import Testing

@testable import TresenCore

/// A word pattern matches exactly where the 16 bytes loaded begin with its literal.
@Suite struct WordPatternTests {
  @Test func matchesExactlyThePrefixAtEveryLengthAndEveryChangedByte() {
    let text = Array(#""price_cents":12,"cost_cents":3}"#.utf8)
    for length in 1...16 {
      let pattern = WordPattern(String(decoding: text[..<length], as: UTF8.self))
      #expect(Self.isPrefix(pattern, text), "\(length)")
      for position in 0..<16 {
        for value: UInt8 in [0x00, 0x20, 0x22, 0x3A, 0x61, 0x80, 0xFF] where value != text[position] {
          var changed = text
          changed[position] = value
          // Bytes past the pattern's length do not count.
          #expect(Self.isPrefix(pattern, changed) == (position >= length), "\(length) \(position) \(value)")
        }
      }
    }
  }

  private static func isPrefix(_ pattern: WordPattern, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return false }
      return pattern.isPrefix(of: UTF8Text.word(base, at: 0), UTF8Text.word(base, at: 8))
    }
  }
}
