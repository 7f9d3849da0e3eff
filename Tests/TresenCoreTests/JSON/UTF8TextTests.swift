import Testing
import TresenTestSupport

@testable import TresenCore

/// `UTF8Text` must answer exactly like `String(validating:as:)`, which the full parser uses.
@Suite struct UTF8TextTests {
  static func expectSameAsStandardLibrary(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let ours = bytes.withUnsafeBufferPointer(UTF8Text.string)
    #expect(ours == String(validating: bytes, as: UTF8.self), "\(bytes)", sourceLocation: sourceLocation)
  }

  /// Every one- and two-byte sequence, and every three-byte sequence whose lead starts a
  /// multi-byte character, around the edges of the well-formed ranges.
  @Test func shortSequencesAgree() {
    let edges: [UInt8] =
      [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1]
      + [0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
    for first in 0...255 {
      Self.expectSameAsStandardLibrary([UInt8(first)])
      for second in edges { Self.expectSameAsStandardLibrary([UInt8(first), second]) }
    }
    for lead: UInt8 in [0xE0, 0xE1, 0xED, 0xEE, 0xF0, 0xF1, 0xF4] {
      for second in edges {
        for third in edges {
          Self.expectSameAsStandardLibrary([lead, second, third])
          Self.expectSameAsStandardLibrary([lead, second, third, 0x80])
        }
      }
    }
  }

  /// Random text mixing ASCII runs (the eight-byte steps) with lead and continuation bytes.
  @Test func randomBytesAgree() {
    var random = SeededRandom(seed: 8)
    let pool: [UInt8] =
      Array("Kasse 1 ".utf8) + [0x80, 0xBF, 0xC3, 0xA4, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80, 0xED, 0xF4]
    for _ in 0..<20_000 {
      let count = Int.random(in: 0...24, using: &random)
      Self.expectSameAsStandardLibrary((0..<count).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] })
    }
    Self.expectSameAsStandardLibrary(Array("Grüße 👋🏽 an Jürgen – 𝄞 ☕️ und ein langer ASCII-Teil".utf8))
  }

  /// Lines of up to 100 bytes, where the scan takes 32 and 16 bytes a step and pads the rest:
  /// a flagged byte at any position of a step, a sequence across the steps' edges, a sequence cut
  /// off by the end. `isClean` is well-formedness plus no control byte and no backslash.
  @Test func longLinesAgreeAtEveryPosition() {
    var random = SeededRandom(seed: 10)
    let pool: [[UInt8]] =
      [Array("a".utf8), Array(" ".utf8), Array("\"".utf8), Array("ä".utf8), Array("€".utf8), Array("😀".utf8)]
      + [[0x5C], [0x00], [0x1F], [0x7F], [0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80]]
    for _ in 0..<20_000 {
      var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: Int.random(in: 0...100, using: &random))
      for _ in 0..<Int.random(in: 0...3, using: &random) where !bytes.isEmpty {
        let piece = pool[Int.random(in: 0..<pool.count, using: &random)]
        let at = Int.random(in: 0..<bytes.count, using: &random)
        bytes.replaceSubrange(at..<min(at + piece.count, bytes.count), with: piece)
      }
      let valid = String(validating: bytes, as: UTF8.self) != nil
      let special = bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\\") }
      bytes.withUnsafeBufferPointer { buffer in
        #expect(UTF8Text.isWellFormed(buffer) == valid, "\(bytes)")
        #expect(UTF8Text.isClean(buffer) == (valid && !special), "\(bytes)")
      }
    }
  }

  /// The lowest flag marks the first real match in every word, and no flag means no match:
  /// the string scan of the fast record path stops exactly there.
  @Test func theLowestFlagIsTheFirstRealMatch() {
    var random = SeededRandom(seed: 9)
    let pool: [UInt8] = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7F, 0x80, 0xA2, 0xDC, 0xFF]
    for _ in 0..<50_000 {
      let bytes = (0..<8).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] }
      let quote = UTF8Text.flags(UInt8(ascii: "\""), in: word(bytes))
      let control = UTF8Text.flagsBelow(0x20, in: word(bytes))
      let either = quote | control
      let first = bytes.firstIndex { $0 == UInt8(ascii: "\"") || $0 < 0x20 }
      #expect((either == 0 ? nil : either.trailingZeroBitCount / 8) == first, "\(bytes)")
      #expect((quote == 0 ? nil : quote.trailingZeroBitCount / 8) == bytes.firstIndex(of: UInt8(ascii: "\"")))
    }
  }

  private func word(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
  }
}
