import Testing

@testable import TresenCore

/// The snapshot's check notices any flipped bit, a cut or an extension, and words in another order.
@Suite struct SnapshotCheckTests {
  static func check(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { SnapshotCheck.of($0) } }

  @Test func everyFlippedBitChangesTheCheck() {
    var generator = SystemRandomNumberGenerator()
    for length in [1, 7, 8, 31, 32, 33, 100, 257] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let original = Self.check(bytes)
      for index in bytes.indices {
        for bit in 0..<8 {
          var flipped = bytes
          flipped[index] ^= 1 << bit
          #expect(Self.check(flipped) != original, "length \(length), byte \(index), bit \(bit)")
        }
      }
    }
  }

  @Test func cutsExtensionsAndSwappedWordsChangeTheCheck() {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<200).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let original = Self.check(bytes)
    for length in 0..<bytes.count { #expect(Self.check(Array(bytes.prefix(length))) != original) }
    #expect(Self.check(bytes + [0]) != original)
    for (first, second) in [(0, 8), (0, 32), (8, 40), (160, 192)] {
      var swapped = bytes
      for offset in 0..<8 { swapped.swapAt(first + offset, second + offset) }
      #expect(Self.check(swapped) != original)
    }
  }
}
