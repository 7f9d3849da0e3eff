#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Strings from raw UTF-8 for the fast record path, without the generic (and, unspecialized,
/// slow) `String(validating:as:)`.
///
/// Validation follows Unicode's table of well-formed byte sequences (no overlong forms, no
/// surrogates, nothing above U+10FFFF), the rule `String(validating:as:)` applies; the agreement
/// tests hold the two to the same answer.
enum UTF8Text {
  /// The string of `bytes` if they are well-formed UTF-8, else `nil`.
  /// - Complexity: O(n).
  static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard isWellFormed(bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether `bytes` are well-formed UTF-8; ASCII runs go eight bytes at a time.
  /// - Complexity: O(n).
  static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { scan(bytes, rejectingJSONSpecials: false) }

  /// Whether `bytes` hold no backslash and no control character below U+0020 and are
  /// well-formed UTF-8: in such a JSON line every string reaches from its quote to the next
  /// one, and the content between is valid text (quotes never sit inside a multi-byte
  /// sequence). One pass, eight bytes at a time.
  /// - Complexity: O(n).
  static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { scan(bytes, rejectingJSONSpecials: true) }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, rejectingJSONSpecials: Bool) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      if count - index >= 8 {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        var flagged = word & highBits
        if rejectingJSONSpecials { flagged |= flagsBelow(0x20, in: word) | flags(UInt8(ascii: "\\"), in: word) }
        // Bytes below the lowest flag are plain ASCII (see `flagsBelow`).
        index += flagged == 0 ? 8 : flagged.trailingZeroBitCount / 8
        if flagged == 0 || flagged.trailingZeroBitCount >= 8 { continue }
      }
      let lead = bytes[index]
      if lead < 0x80 {
        if rejectingJSONSpecials, lead < 0x20 || lead == UInt8(ascii: "\\") { return false }
        index += 1
        continue
      }
      // The allowed range of the second byte depends on the lead (overlong forms, surrogates
      // and code points above U+10FFFF are excluded there); later bytes are 80...BF.
      let length: Int
      var second: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; second = 0xA0...0xBF
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; second = 0x80...0x9F
      case 0xF0: length = 4; second = 0x90...0xBF
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; second = 0x80...0x8F
      default: return false
      }
      guard count - index >= length, second.contains(bytes[index + 1]) else { return false }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }

  /// Whether two byte runs are equal.
  static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lhs.count == rhs.count else { return false }
    guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
    return memcmp(left, right, lhs.count) == 0
  }

  /// The top bit of every byte of a word.
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Every byte of a word set to `byte`.
  static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// The top bit of each byte of `word` below `limit` (at most 0x80), and possibly of bytes
  /// above such a byte; the lowest set bit always marks a real one.
  static func flagsBelow(_ limit: UInt8, in word: UInt64) -> UInt64 {
    (word &- repeated(limit)) & ~word & highBits
  }

  /// The top bit of each byte of `word` equal to `byte`, with the caveat of `flagsBelow`.
  static func flags(_ byte: UInt8, in word: UInt64) -> UInt64 { flagsBelow(1, in: word ^ repeated(byte)) }
}
