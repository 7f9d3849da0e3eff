/// A literal of at most 16 bytes that a line is compared with as two masked words instead of
/// through `memcmp`: the member names of a payload (`"customer":`), several per line on a full
/// replay's digest path, where the caller has loaded the two words already.
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

  /// Whether the 16 bytes loaded as `first` and `second` (`UTF8Text.word`) begin with the
  /// pattern.
  @inline(__always)
  func isPrefix(of first: UInt64, _ second: UInt64) -> Bool {
    first & lowMask == low && second & highMask == high
  }
}
