#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns events into stored lines and lines back into events (DESIGN.md §3.3).
///
/// A line is `{"v":…,"id":…,"type":…,"at":…,"dev":…,"seq":…,"by":…,"data":{…},"crc":"xxxxxxxx"}`
/// where the CRC-32C covers every byte before `,"crc"`.
public enum RecordCodec {
  /// The bytes after the checksummed part: `,"crc":"` + 8 hex digits + `"}`.
  static let crcSuffixLength = 18

  /// The stored line for `event`, with its CRC and the trailing newline.
  public static func encode(_ event: Event) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    out.append(contentsOf: "{\"v\":\(event.version),\"id\":\"\(event.id.text)\",\"type\":".utf8)
    JSONWriter.writeString(event.type, to: &out)
    out.append(contentsOf: ",\"at\":\"\(event.at)\",\"dev\":".utf8)
    JSONWriter.writeString(event.device, to: &out)
    out.append(contentsOf: ",\"seq\":\(event.seq)".utf8)
    if let staff = event.staff {
      out.append(contentsOf: ",\"by\":".utf8)
      JSONWriter.writeString(staff, to: &out)
    }
    out.append(contentsOf: ",\"data\":".utf8)
    JSONWriter.write(event.data, to: &out)
    let crc = CRC32C.hex(out)
    out.append(contentsOf: ",\"crc\":\"\(crc)\"}\n".utf8)
    return out
  }

  /// What the checksum says about a line.
  public enum Checksum: Sendable, Equatable {
    case valid
    /// The stored CRC does not match: the line was edited outside Tresen.
    case mismatch
    /// No CRC at the end of the line: written by hand.
    case absent
  }

  /// Why a line cannot be used as an event.
  public enum LineFailure: Error, Hashable, Sendable {
    case notJSON(JSONParser.Failure)
    case notAnObject
    case missingField(String)
    case invalidField(String)
  }

  /// A decoded line.
  public struct Decoded: Sendable {
    public var event: Event
    public var checksum: Checksum
    /// Set when the type is known but its data does not fit.
    public var payloadError: PayloadError?
  }

  /// Checks the CRC of a line (without its newline and `\r`).
  public static func checksum(of line: UnsafeBufferPointer<UInt8>) -> Checksum { checksums(of: line).verdict }

  /// What one pass of CRC-32C over a line yields.
  struct LineChecksums {
    /// The verdict on the stored CRC.
    var verdict: Checksum
    /// The CRC-32C of all the line's bytes (half of a record's content key).
    var whole: UInt32
  }

  /// The verdict on a line's stored CRC and the CRC-32C of the whole line, in one pass.
  /// - Complexity: O(n) in the length of the line.
  static func checksums(of line: UnsafeBufferPointer<UInt8>) -> LineChecksums {
    let count = line.count
    guard count > crcSuffixLength, let base = line.baseAddress,
      memcmp(base + count - crcSuffixLength, ",\"crc\":\"", 8) == 0,
      line[count - 2] == UInt8(ascii: "\""), line[count - 1] == UInt8(ascii: "}")
    else { return LineChecksums(verdict: .absent, whole: CRC32C.checksum(line)) }
    let suffixStart = count - crcSuffixLength
    let prefix = CRC32C.update(CRC32C.start, with: UnsafeBufferPointer(rebasing: line[0..<suffixStart]))
    let whole = CRC32C.finish(CRC32C.update(prefix, with: UnsafeBufferPointer(rebasing: line[suffixStart...])))
    let stored = storedChecksum(UnsafeRawPointer(base + suffixStart + 8))
    return LineChecksums(verdict: stored == CRC32C.finish(prefix) ? .valid : .mismatch, whole: whole)
  }

  /// The value of the eight lowercase hex digits at `digits`, the only spelling `encode` writes.
  private static func storedChecksum(_ digits: UnsafeRawPointer) -> UInt32? {
    let word = UTF8Text.word(digits, at: 0)
    guard let value = HexDigits.value(word), HexDigits.areLowercase(word) else { return nil }
    return UInt32(truncatingIfNeeded: value)
  }

  /// Decodes one line (without newline, `\r` or BOM). `device` fills in a missing `dev`.
  public static func decode(_ line: UnsafeBufferPointer<UInt8>, device: String) throws(LineFailure) -> Decoded {
    try decode(line, device: device, checksum: checksum(of: line))
  }

  /// Decodes one line whose CRC verdict is already known.
  ///
  /// Lines in the shape Tresen writes take `FastRecordDecoder`; every other line is parsed in
  /// full, with the same result where both apply.
  static func decode(
    _ line: UnsafeBufferPointer<UInt8>, device: String, checksum: Checksum
  ) throws(LineFailure)
    -> Decoded
  {
    if let decoded = FastRecordDecoder.decode(line, device: device, checksum: checksum) { return decoded }
    return try decodeWithParser(line, device: device, checksum: checksum)
  }

  /// Decodes one line through `JSONParser` and a `JSONValue`: the reference for every line.
  static func decodeWithParser(
    _ line: UnsafeBufferPointer<UInt8>, device: String, checksum: Checksum
  )
    throws(LineFailure) -> Decoded
  {
    let json: JSONValue
    do { json = try JSONParser.parse(line) } catch { throw .notJSON(error) }
    guard json.members != nil else { throw .notAnObject }
    guard let idText = json["id"] else { throw .missingField("id") }
    guard let id = idText.stringValue.flatMap(EventID.init) else { throw .invalidField("id") }
    guard let typeValue = json["type"] else { throw .missingField("type") }
    guard let type = typeValue.stringValue, !type.isEmpty else { throw .invalidField("type") }
    guard let atValue = json["at"] else { throw .missingField("at") }
    guard let at = atValue.stringValue.flatMap(Timestamp.init(parsing:)) else { throw .invalidField("at") }
    let version = try optionalInt(json, "v", minimum: 1) ?? 1
    let seq = try optionalInt(json, "seq", minimum: 0) ?? 0
    var dev = device
    if let value = json["dev"] {
      guard let text = value.stringValue, !text.isEmpty else { throw .invalidField("dev") }
      dev = text
    }
    var staff: String?
    if let value = json["by"], value != .null {
      guard let text = value.stringValue else { throw .invalidField("by") }
      staff = text
    }
    let data = json["data"] ?? .object([])
    var event = Event(
      version: version, id: id, type: type, at: at, device: dev, seq: seq, staff: staff, data: data, payload: nil)
    var payloadError: PayloadError?
    if let known = event.knownType {
      do { event.payload = try Payload(type: known, data: data) } catch { payloadError = error }
    }
    return Decoded(event: event, checksum: checksum, payloadError: payloadError)
  }

  private static func optionalInt(_ json: JSONValue, _ key: String, minimum: Int) throws(LineFailure) -> Int? {
    guard let value = json[key] else { return nil }
    guard let number = value.intValue, number >= minimum else { throw .invalidField(key) }
    return number
  }
}
