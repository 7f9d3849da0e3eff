import Testing
import TresenTestSupport

@testable import TresenCore

// CRC32C lives in Storage; its tests sit here because the Storage test folder has another owner.
@Suite struct CRC32CTests {
  @Test func standardCheckValue() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    #expect(CRC32C.hex(Array("123456789".utf8)) == "e3069283")
  }

  @Test func emptyInput() {
    #expect(CRC32C.checksum([UInt8]()) == 0)
    #expect(CRC32C.hex([UInt8]()) == "00000000")
  }

  /// RFC 3720 (iSCSI) appendix B.4 test vectors.
  @Test func iSCSIVectors() {
    #expect(CRC32C.checksum([UInt8](repeating: 0, count: 32)) == 0x8A91_36AA)
    #expect(CRC32C.checksum([UInt8](repeating: 0xFF, count: 32)) == 0x62A8_AB43)
    #expect(CRC32C.checksum((0..<32).map { UInt8($0) }) == 0x46DD_794E)
    #expect(CRC32C.checksum((0..<32).map { UInt8(31 - $0) }) == 0x113F_DB5C)
  }

  @Test func hexIsEightLowercaseDigitsWithLeadingZeros() {
    var random = SeededRandom(seed: 5)
    var padded = 0
    for _ in 0..<2_000 {
      let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
      let hex = CRC32C.hex(bytes)
      #expect(hex.count == 8)
      #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
      #expect(UInt32(hex, radix: 16) == CRC32C.checksum(bytes))
      if hex.hasPrefix("0") { padded += 1 }
    }
    #expect(padded > 0)
  }

  /// Slicing-by-8 equals the one-byte-at-a-time definition at every length and alignment, and
  /// a register carried over a split gives the checksum of the whole.
  @Test func slicedChecksumMatchesTheBitwiseDefinition() {
    var random = SeededRandom(seed: 32)
    let bytes = (0..<80).map { _ in UInt8.random(in: 0...255, using: &random) }
    for start in 0..<8 {
      for end in start...bytes.count {
        let part = Array(bytes[start..<end])
        #expect(CRC32C.checksum(part) == bitwise(part))
        part.withUnsafeBufferPointer { buffer in
          let split = (end - start) / 3
          let head = CRC32C.update(CRC32C.start, with: UnsafeBufferPointer(rebasing: buffer[..<split]))
          #expect(
            CRC32C.finish(CRC32C.update(head, with: UnsafeBufferPointer(rebasing: buffer[split...]))) == bitwise(part))
        }
      }
    }
  }

  /// The processor's instruction (where the machine has one) and the tables agree on every
  /// length, alignment and starting register.
  @Test func hardwareAndTablesAgree() {
    var random = SeededRandom(seed: 33)
    let bytes = (0..<300).map { _ in UInt8.random(in: 0...255, using: &random) }
    bytes.withUnsafeBufferPointer { all in
      for _ in 0..<3_000 {
        let start = Int.random(in: 0..<all.count, using: &random)
        let end = Int.random(in: start...all.count, using: &random)
        let register = UInt32.random(in: 0...UInt32.max, using: &random)
        let part = UnsafeBufferPointer(rebasing: all[start..<end])
        #expect(CRC32C.update(register, with: part) == CRC32C.softwareUpdate(register, with: part))
      }
    }
    // This project's machines are x86-64 with SSE 4.2: the fast path is the one measured.
    #if arch(x86_64)
      #expect(CRC32C.usesHardware)
    #endif
  }

  private func bitwise(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
    }
    return crc ^ 0xFFFF_FFFF
  }

  @Test func anySequenceGivesTheSameChecksum() {
    let text = "Käsekuchen 3,00 €"
    #expect(CRC32C.checksum(text.utf8) == CRC32C.checksum(Array(text.utf8)))
    #expect(CRC32C.checksum(Array(text.utf8)[...]) == CRC32C.checksum(Array(text.utf8)))
  }
}
