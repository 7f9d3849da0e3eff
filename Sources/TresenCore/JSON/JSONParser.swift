/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Strict means: no trailing commas, no comments, no leading zeros, no unescaped control
/// characters, valid UTF-8 and valid surrogate pairs only. Nesting is limited to
/// `maxDepth` so hostile input cannot exhaust the stack.
public struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  public static let maxDepth = 128

  /// Why a text is not JSON, with the byte offset where parsing stopped.
  public struct Failure: Error, Hashable, Sendable {
    public enum Reason: String, Sendable {
      case unexpectedEnd = "unexpected end"
      case unexpectedByte = "unexpected character"
      case invalidNumber = "invalid number"
      case invalidEscape = "invalid escape"
      case invalidUTF8 = "invalid UTF-8"
      case controlCharacter = "unescaped control character"
      case tooDeep = "nested too deeply"
      case trailingData = "data after the value"
    }
    public var reason: Reason
    public var offset: Int
  }

  /// Parses exactly one JSON value, allowing surrounding whitespace.
  /// - Complexity: O(n) in the number of bytes.
  public static func parse(_ bytes: some Collection<UInt8>) throws(Failure) -> JSONValue {
    let array = Array(bytes)
    return try array.withUnsafeBufferPointer { (buffer) throws(Failure) -> JSONValue in
      try parse(buffer)
    }
  }

  /// Parses exactly one JSON value from raw bytes, allowing surrounding whitespace.
  public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
    var parser = Cursor(bytes: buffer)
    parser.skipWhitespace()
    let value = try parser.parseValue(depth: 0)
    parser.skipWhitespace()
    guard parser.index == buffer.count else { throw Failure(reason: .trailingData, offset: parser.index) }
    return value
  }
}

private struct Cursor {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func fail(_ reason: JSONParser.Failure.Reason) -> JSONParser.Failure {
    JSONParser.Failure(reason: reason, offset: index)
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  mutating func parseValue(depth: Int) throws(JSONParser.Failure) -> JSONValue {
    guard index < bytes.count else { throw fail(.unexpectedEnd) }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw fail(.unexpectedByte)
    }
  }

  mutating func expectLiteral(_ word: StaticString) throws(JSONParser.Failure) {
    // Byte by byte, so `[t]` reports the `]` rather than an early end.
    for offset in 0..<word.utf8CodeUnitCount {
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      guard bytes[index] == word.utf8Start[offset] else { throw fail(.unexpectedByte) }
      index += 1
    }
  }

  mutating func parseObject(depth: Int) throws(JSONParser.Failure) -> JSONValue {
    guard depth <= JSONParser.maxDepth else { throw fail(.tooDeep) }
    index += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      guard bytes[index] == UInt8(ascii: "\"") else { throw fail(.unexpectedByte) }
      let key = try parseString()
      skipWhitespace()
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      guard bytes[index] == UInt8(ascii: ":") else { throw fail(.unexpectedByte) }
      index += 1
      skipWhitespace()
      members.append(JSONMember(key, try parseValue(depth: depth)))
      skipWhitespace()
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      switch bytes[index] {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"): index += 1; return .object(members)
      default: throw fail(.unexpectedByte)
      }
    }
  }

  mutating func parseArray(depth: Int) throws(JSONParser.Failure) -> JSONValue {
    guard depth <= JSONParser.maxDepth else { throw fail(.tooDeep) }
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      switch bytes[index] {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"): index += 1; return .array(elements)
      default: throw fail(.unexpectedByte)
      }
    }
  }

  mutating func parseNumber() throws(JSONParser.Failure) -> String {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count else { throw fail(.invalidNumber) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
      // `01` is a leading zero, not `0` followed by trailing data.
      if index < bytes.count, isDigit(bytes[index]) { throw fail(.invalidNumber) }
    } else if isDigit(bytes[index]) {
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    } else {
      throw fail(.invalidNumber)
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.invalidNumber) }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw fail(.invalidNumber) }
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// Parses a string starting at its opening quote; validates UTF-8 and escapes.
  mutating func parseString() throws(JSONParser.Failure) -> String {
    index += 1
    let start = index
    // Fast path: no escapes — validate and slice.
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard let text = String(validating: slice, as: UTF8.self) else {
          index = start
          throw fail(.invalidUTF8)
        }
        index += 1
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { throw fail(.controlCharacter) }
      index += 1
    }
    guard index < bytes.count else { throw fail(.unexpectedEnd) }
    // Slow path: copy with escapes decoded.
    var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        guard let text = String(validating: out, as: UTF8.self) else { throw fail(.invalidUTF8) }
        return text
      }
      if byte < 0x20 { throw fail(.controlCharacter) }
      if byte != UInt8(ascii: "\\") {
        out.append(byte)
        index += 1
        continue
      }
      index += 1
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): out.append(0x22)
      case UInt8(ascii: "\\"): out.append(0x5C)
      case UInt8(ascii: "/"): out.append(0x2F)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"): appendScalar(try parseUnicodeEscape(), to: &out)
      default:
        index -= 1
        throw fail(.invalidEscape)
      }
    }
    throw fail(.unexpectedEnd)
  }

  mutating func parseHex4() throws(JSONParser.Failure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      // Byte by byte, so `"\u12"` is a bad escape, not an early end.
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      guard let digit = bytes[index].hexDigitValue else { throw fail(.invalidEscape) }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  mutating func parseUnicodeEscape() throws(JSONParser.Failure) -> Unicode.Scalar {
    let high = try parseHex4()
    if (0xDC00...0xDFFF).contains(high) { throw fail(.invalidEscape) }
    guard (0xD800...0xDBFF).contains(high) else {
      guard let scalar = Unicode.Scalar(high) else { throw fail(.invalidEscape) }
      return scalar
    }
    guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
    else { throw fail(.invalidEscape) }
    index += 2
    let low = try parseHex4()
    guard (0xDC00...0xDFFF).contains(low),
      let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    else { throw fail(.invalidEscape) }
    return scalar
  }

  func appendScalar(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    UTF8.encode(scalar) { out.append($0) }
  }
}
