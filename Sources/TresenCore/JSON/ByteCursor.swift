#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A forward-only reader over one line's bytes for the fast record path (see
/// `FastRecordDecoder`). Every method answers `nil` or `false` as soon as the bytes leave the
/// narrow shape it accepts; the caller then hands the line to `JSONParser`, which decides
/// what it is. The cursor never has to explain a failure, so it never allocates for one.
struct ByteCursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var isAtEnd: Bool { index == bytes.count }

  /// The byte at the cursor, `nil` at the end.
  var next: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// Consumes `literal` if the bytes continue with it.
  mutating func take(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard bytes.count - index >= count, let base = bytes.baseAddress,
      memcmp(base + index, literal.utf8Start, count) == 0
    else { return false }
    index += count
    return true
  }

  /// Consumes one byte if it is `byte`.
  mutating func take(byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// The content of a string at the cursor that has neither escapes nor control characters,
  /// not yet checked for valid UTF-8; `nil`, with the cursor where it was, for anything else.
  mutating func plainString() -> UnsafeBufferPointer<UInt8>? { plainSpan()?.content }

  /// `plainString()`, and whether its content is all ASCII (and so valid UTF-8). Goes eight
  /// bytes at a time: the lowest byte flagged as a quote, backslash or control character is
  /// always a real one (the bit tricks of `UTF8Text` only err above a real match), so the word
  /// holding the closing quote is not walked byte by byte either.
  private mutating func plainSpan() -> (content: UnsafeBufferPointer<UInt8>, isASCII: Bool)? {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let base = UnsafeRawPointer(bytes.baseAddress)
    else { return nil }
    var end = index + 1
    var highBits: UInt64 = 0
    while bytes.count - end >= 8 {
      let word = base.loadUnaligned(fromByteOffset: end, as: UInt64.self)
      let flags =
        UTF8Text.flagsBelow(0x20, in: word) | UTF8Text.flags(UInt8(ascii: "\""), in: word)
        | UTF8Text.flags(UInt8(ascii: "\\"), in: word)
      if flags == 0 {
        highBits |= word
        end += 8
        continue
      }
      // Little-endian: the lowest flagged bit is the first flagged byte in the line.
      let first = flags.trailingZeroBitCount / 8
      guard bytes[end + first] == UInt8(ascii: "\"") else { return nil }
      highBits |= first == 0 ? 0 : word & (UInt64.max >> (64 - 8 * UInt64(first)))
      end += first
      return finishSpan(at: end, highBits: highBits)
    }
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") { return finishSpan(at: end, highBits: highBits) }
      if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
      highBits |= UInt64(byte)
      end += 1
    }
    return nil
  }

  /// The span from after the opening quote at `index` to the closing one at `end`, which the
  /// cursor then passes.
  private mutating func finishSpan(
    at end: Int, highBits: UInt64
  ) -> (
    content: UnsafeBufferPointer<UInt8>, isASCII: Bool
  ) {
    defer { index = end + 1 }
    return (UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), highBits & UTF8Text.highBits == 0)
  }

  /// The content of the string at the cursor, up to the next quote, in a line that
  /// `UTF8Text.isClean` accepts (so the string has no escape, no control character, and is
  /// well-formed UTF-8); `nil` without a string at the cursor.
  mutating func cleanString() -> UnsafeBufferPointer<UInt8>? {
    guard index < bytes.count, let base = bytes.baseAddress, base[index] == UInt8(ascii: "\"") else { return nil }
    let start = index + 1
    guard let found = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start) else { return nil }
    let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    index = end + 1
    return UnsafeBufferPointer(start: base + start, count: end - start)
  }

  /// The `length` bytes between a quote at the cursor and a quote right after them (a field of
  /// fixed width, such as an event id), without looking for a quote in between; `nil`, with
  /// the cursor where it was, when the quotes are not there. The caller checks the content.
  @inline(__always)
  mutating func quoted(length: Int) -> UnsafeBufferPointer<UInt8>? {
    guard length >= 0, bytes.count - index >= length + 2, let base = bytes.baseAddress,
      base[index] == UInt8(ascii: "\""), base[index + length + 1] == UInt8(ascii: "\"")
    else { return nil }
    defer { index += length + 2 }
    return UnsafeBufferPointer(start: base + index + 1, count: length)
  }

  /// A string at the cursor: valid UTF-8, no control characters, and escapes other than a
  /// `\u` of a surrogate (pairs and lone halves are left to the full parser).
  mutating func string() -> String? {
    if let (content, isASCII) = plainSpan() {
      return isASCII ? String(decoding: content, as: UTF8.self) : UTF8Text.string(content)
    }
    guard take(byte: UInt8(ascii: "\"")) else { return nil }
    var out: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == UInt8(ascii: "\"") { return out.withUnsafeBufferPointer(UTF8Text.string) }
      if byte < 0x20 { return nil }
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        continue
      }
      guard let escape = next else { return nil }
      index += 1
      switch escape {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
        guard let value = hex4(), let scalar = Unicode.Scalar(value) else { return nil }
        UTF8.encode(scalar) { out.append($0) }
      default: return nil
      }
    }
    return nil
  }

  /// Four hex digits at the cursor; `nil` for anything else. A surrogate code unit cannot be
  /// a `Unicode.Scalar`, so it sends its line to the full parser.
  private mutating func hex4() -> UInt32? {
    guard bytes.count - index >= 4 else { return nil }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = bytes[index].hexDigitValue else { return nil }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// An integer at the cursor in JSON's grammar (`-?(0|[1-9][0-9]*)`, no fraction or
  /// exponent) that fits `Int`; `text(from:)` gives its literal.
  mutating func integer() -> Int? {
    let negative = take(byte: UInt8(ascii: "-"))
    guard let first = next, isDigit(first) else { return nil }
    var value = 0
    if first == UInt8(ascii: "0") {
      index += 1
    } else {
      while let byte = next, isDigit(byte) {
        let digit = Int(byte &- 0x30)
        let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
        let (sum, overflowB) =
          negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
        guard !overflowA, !overflowB else { return nil }
        value = sum
        index += 1
      }
    }
    // A fraction, an exponent or a leading zero is the full parser's business.
    if let byte = next, isDigit(byte) || byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e") { return nil }
    return value
  }

  /// The bytes from `start` to the cursor as text (ASCII number literals).
  func text(from start: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
}
