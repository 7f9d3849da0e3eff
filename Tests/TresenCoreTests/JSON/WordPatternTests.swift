import Testing

@testable import TresenCore

/// A word pattern matches exactly where the bytes begin with its literal, whether 16 bytes
/// can be read at once or only a few remain.
@Suite struct WordPatternTests {
  @Test func matchesExactlyThePrefixAtEveryLengthAndEveryChangedByte() {
    let text = Array(#""price_cents":12,"cost_cents":3}"#.utf8)
    for length in 1...16 {
      let pattern = WordPattern(String(decoding: text[..<length], as: UTF8.self))
      for available in 0...text.count {
        #expect(Self.isPrefix(pattern, text, available: available) == (available >= length), "\(length) \(available)")
      }
      for position in 0..<length {
        for value: UInt8 in [0x00, 0x20, 0x22, 0x3A, 0x61, 0x80, 0xFF] where value != text[position] {
          var changed = text
          changed[position] = value
          #expect(!Self.isPrefix(pattern, changed, available: changed.count), "\(length) \(position) \(value)")
          #expect(!Self.isPrefix(pattern, changed, available: length), "\(length) \(position) \(value)")
        }
      }
    }
  }

  private static func isPrefix(_ pattern: WordPattern, _ bytes: [UInt8], available: Int) -> Bool {
    bytes.withUnsafeBytes { buffer in
      buffer.baseAddress.map { pattern.isPrefix(of: $0, available: available) } ?? false
    }
  }
}
