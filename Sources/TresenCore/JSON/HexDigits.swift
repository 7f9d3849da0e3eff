/// Eight hex digits at a time, for the fixed-width hex fields of a line (event ids, the CRC).
enum HexDigits {
  /// The value of eight hex digits of either case, the first in the lowest byte of `word`;
  /// `nil` if any byte is not a hex digit.
  ///
  /// All eight at once: a byte under 0x80 is in `lower...upper` when adding
  /// `0x80 - lower` sets its top bit and adding `0x7F - upper` does not (no carry crosses a
  /// byte there).
  @inline(__always)
  static func value(_ word: UInt64) -> UInt64? {
    func inRange(_ bytes: UInt64, _ lower: UInt8, _ upper: UInt8) -> UInt64 {
      (bytes &+ UTF8Text.repeated(0x80 - lower)) & ~(bytes &+ UTF8Text.repeated(0x7F - upper))
    }
    let isDigit = inRange(word, 0x30, 0x39)
    // `| 0x20` maps A-F to a-f and nothing else under 0x80 into a-f.
    let isLetter = inRange(word | UTF8Text.repeated(0x20), 0x61, 0x66)
    guard (isDigit | isLetter) & ~word & UTF8Text.highBits == UTF8Text.highBits else { return nil }
    // Digits are their low nibble, letters (bit 6 set) their low nibble plus 9.
    let nibbles = (word & UTF8Text.repeated(0x0F)) &+ ((word >> 6) & UTF8Text.repeated(0x01)) &* 9
    // The first digit is the most significant: gather the nibbles pairwise into the low 32 bits.
    let swapped = nibbles.byteSwapped
    let bytes = (swapped | swapped >> 4) & 0x00FF_00FF_00FF_00FF
    let halves = (bytes | bytes >> 8) & 0x0000_FFFF_0000_FFFF
    return (halves | halves >> 16) & 0xFFFF_FFFF
  }

  /// Whether eight hex digits (`value(_:)` is not `nil`) are all lowercase: digits and a-f have
  /// bit 0x20 set, A-F do not.
  static func areLowercase(_ word: UInt64) -> Bool {
    word & UTF8Text.repeated(0x20) == UTF8Text.repeated(0x20)
  }
}
