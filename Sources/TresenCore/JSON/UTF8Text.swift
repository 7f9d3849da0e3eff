import CByteKernels

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

  /// Whether `bytes` are well-formed UTF-8; ASCII runs go 32 bytes a step
  /// (`tresen_utf8_scan` in `CByteKernels`).
  /// - Complexity: O(n).
  static func isWellFormed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { scan(bytes, rejectingJSONSpecials: false) }

  /// Whether `bytes` hold no backslash and no control character below U+0020 and are
  /// well-formed UTF-8: in such a JSON line every string reaches from its quote to the next
  /// one, and the content between is valid text (quotes never sit inside a multi-byte
  /// sequence). One pass, 32 bytes a step.
  /// - Complexity: O(n).
  static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { scan(bytes, rejectingJSONSpecials: true) }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, rejectingJSONSpecials: Bool) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    return tresen_utf8_scan(base, bytes.count, rejectingJSONSpecials ? 1 : 0) != 0
  }

  /// Whether two byte runs are equal.
  static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
    guard lhs.count == rhs.count else { return false }
    guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
    return memcmp(left, right, lhs.count) == 0
  }

  /// The eight bytes at `offset` as a word, the first in the lowest byte.
  static func word(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
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
