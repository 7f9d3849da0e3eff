/// A literal of at most 16 bytes that a line is compared with as two masked words instead of
/// through `memcmp`: the member names of a payload (`"customer":`), several per line on a full
/// replay's digest path, each tried against the few names with the same first letter.
struct WordPattern: Sendable {
  let count: Int
  private let low: UInt64
  private let high: UInt64
  private let lowMask: UInt64
  private let highMask: UInt64

  init(_ text: String) {
    let bytes = Array(text.utf8)
    precondition(bytes.count <= 16, "a word pattern holds at most 16 bytes")
    count = bytes.count
    var words: (UInt64, UInt64) = (0, 0)
    withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
    (low, high) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1))
    func mask(_ length: Int) -> UInt64 { length >= 8 ? .max : length <= 0 ? 0 : (1 << (8 * UInt64(length))) - 1 }
    (lowMask, highMask) = (mask(count), mask(count - 8))
  }

  /// Whether the `available` bytes from `base` begin with the pattern.
  @inline(__always)
  func isPrefix(of base: UnsafeRawPointer, available: Int) -> Bool {
    if available >= 16 {
      return UTF8Text.word(base, at: 0) & lowMask == low && UTF8Text.word(base, at: 8) & highMask == high
    }
    guard available >= count else { return false }
    for index in 0..<count {
      let word = index < 8 ? low >> (8 * UInt64(index)) : high >> (8 * UInt64(index - 8))
      guard base.load(fromByteOffset: index, as: UInt8.self) == UInt8(truncatingIfNeeded: word) else { return false }
    }
    return true
  }
}
