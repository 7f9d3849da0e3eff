#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decodes lines in the exact shape `RecordCodec.encode` writes straight from their bytes,
/// without a `JSONValue` for the envelope (DESIGN.md §8: a full replay of a million events in
/// under a second).
///
/// The accepted shape: `{"v":…,"id":"…","type":"…","at":"…","dev":"…","seq":…` then an
/// optional `,"by":"…"`, then `,"data":{…}` and `,"crc":"…"}` ending the line, with no
/// whitespace, integers only, and no `\u` escape of a surrogate. Anything else answers `nil`
/// and goes to `JSONParser`; where both accept a line they agree exactly
/// (`FastPathAgreementTests`). The envelope's values go through the same constructors as on
/// the full path (`EventID`, `Timestamp`, `Payload`), read from the bytes.
enum FastRecordDecoder {
  /// The deepest nesting inside `data` taken on the fast path.
  static let maxDataDepth = 8

  /// The decoded line, or `nil` when it is not in the written shape. `checksum` is the
  /// line's verdict from `RecordCodec.checksums(of:)`.
  static func decode(
    _ line: UnsafeBufferPointer<UInt8>, device: String, checksum: RecordCodec.Checksum
  )
    -> RecordCodec.Decoded?
  {
    var cursor = ByteCursor(line)
    guard cursor.take("{\"v\":"), let version = cursor.integer(), version >= 1,
      cursor.take(",\"id\":"), let id = cursor.plainString().flatMap(EventID.init(asciiBytes:)),
      cursor.take(",\"type\":"), let type = string(&cursor, sharing: typeWords), !type.isEmpty,
      cursor.take(",\"at\":"), let at = cursor.plainString().flatMap(Timestamp.parse),
      cursor.take(",\"dev\":"), let dev = cursor.string(), !dev.isEmpty,
      cursor.take(",\"seq\":"), let seq = cursor.integer(), seq >= 0
    else { return nil }
    var staff: String?
    if cursor.take(",\"by\":") {
      guard let text = cursor.string() else { return nil }
      staff = text
    }
    guard cursor.take(",\"data\":"), let data = value(&cursor, depth: 0), cursor.take(",\"crc\":"),
      cursor.string() != nil, cursor.take(byte: UInt8(ascii: "}")), cursor.isAtEnd
    else { return nil }
    var event = Event(
      version: version, id: id, type: type, at: at, device: dev, seq: seq, staff: staff, data: data, payload: nil)
    var payloadError: PayloadError?
    if let known = event.knownType {
      do { event.payload = try Payload(type: known, data: data) } catch { payloadError = error }
    }
    return RecordCodec.Decoded(event: event, checksum: checksum, payloadError: payloadError)
  }

  /// A word and its bytes, to match stored text without making a `String`.
  private typealias Word = (bytes: [UInt8], text: String)

  /// The known type words.
  private static let typeWords: [Word] = EventType.allCases.map { (Array($0.rawValue.utf8), $0.rawValue) }

  /// The member names of the v1 payloads (DESIGN.md §3.4). Only speed depends on this list.
  private static let keyWords: [Word] = [
    "channel", "text", "customer", "rating", "tags", "severity", "category", "complaint", "until", "outcome", "item",
    "price_cents", "cost_cents", "purpose", "reason", "defect", "offered", "target", "changes",
  ].map { (Array($0.utf8), $0) }

  /// A string at the cursor; one of `words` is shared instead of allocated.
  private static func string(_ cursor: inout ByteCursor, sharing words: [Word]) -> String? {
    let start = cursor.index
    if let content = cursor.plainString(), let base = content.baseAddress {
      for word in words where word.bytes.count == content.count && memcmp(base, word.bytes, content.count) == 0 {
        return word.text
      }
    }
    cursor.index = start
    return cursor.string()
  }

  /// A value inside `data`: strings, integers, `true`, `false`, `null`, and arrays and objects
  /// of those, without whitespace.
  private static func value(_ cursor: inout ByteCursor, depth: Int) -> JSONValue? {
    guard depth <= maxDataDepth, let byte = cursor.next else { return nil }
    switch byte {
    case UInt8(ascii: "\""): return cursor.string().map(JSONValue.string)
    case UInt8(ascii: "{"): return object(&cursor, depth: depth + 1)
    case UInt8(ascii: "["): return array(&cursor, depth: depth + 1)
    case UInt8(ascii: "t"): return cursor.take("true") ? .bool(true) : nil
    case UInt8(ascii: "f"): return cursor.take("false") ? .bool(false) : nil
    case UInt8(ascii: "n"): return cursor.take("null") ? .null : nil
    default:
      let start = cursor.index
      guard cursor.integer() != nil else { return nil }
      return .number(cursor.text(from: start))
    }
  }

  private static func object(_ cursor: inout ByteCursor, depth: Int) -> JSONValue? {
    guard cursor.take(byte: UInt8(ascii: "{")) else { return nil }
    var members: [JSONMember] = []
    if cursor.take(byte: UInt8(ascii: "}")) { return .object(members) }
    members.reserveCapacity(4)
    repeat {
      guard let key = string(&cursor, sharing: keyWords), cursor.take(byte: UInt8(ascii: ":")),
        let member = value(&cursor, depth: depth)
      else { return nil }
      members.append(JSONMember(key, member))
    } while cursor.take(byte: UInt8(ascii: ","))
    return cursor.take(byte: UInt8(ascii: "}")) ? .object(members) : nil
  }

  private static func array(_ cursor: inout ByteCursor, depth: Int) -> JSONValue? {
    guard cursor.take(byte: UInt8(ascii: "[")) else { return nil }
    var elements: [JSONValue] = []
    if cursor.take(byte: UInt8(ascii: "]")) { return .array(elements) }
    repeat {
      guard let element = value(&cursor, depth: depth) else { return nil }
      elements.append(element)
    } while cursor.take(byte: UInt8(ascii: ","))
    return cursor.take(byte: UInt8(ascii: "]")) ? .array(elements) : nil
  }
}
