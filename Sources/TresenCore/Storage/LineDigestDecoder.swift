#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a `LineDigest` straight from a line in the shape Tresen writes, for the old events of
/// a full replay: no `Event`, no `JSONValue`, no `String` but the device and the customer
/// (DESIGN.md §8: a million events in under a second and 150 MB).
///
/// It accepts a narrower shape than `FastRecordDecoder`: the same envelope with strings
/// without escapes, and a `data` object whose members are the v1 payload fields (DESIGN.md
/// §3.4) holding a string, an integer, `null` or an array of strings. It checks every field
/// the way the payload's constructor does and answers `nil` for anything in doubt; the caller
/// then decodes the line in full, which decides. Where it answers, it gives exactly
/// `LineDigest(RecordCodec.decode(line).event)` (`LineDigestAgreementTests`). The caller
/// checks the CRC first: a digest stands only for a line whose checksum is valid.
enum LineDigestDecoder {
  static func decode(_ line: UnsafeBufferPointer<UInt8>) -> LineDigest? {
    var cursor = ByteCursor(line)
    guard cursor.take("{\"v\":"), let version = cursor.integer(), version >= 1,
      cursor.take(",\"id\":"), let id = cursor.plainString().flatMap(EventID.init(asciiBytes:)),
      cursor.take(",\"type\":"), let type = cursor.plainString().flatMap(eventType),
      version <= type.currentVersion,
      cursor.take(",\"at\":"), let at = cursor.plainString().flatMap(Timestamp.parse),
      cursor.take(",\"dev\":"), let dev = cursor.plainText(), !dev.isEmpty,
      cursor.take(",\"seq\":"), let seq = cursor.integer(), seq >= 0, seq <= Int(Int32.max)
    else { return nil }
    if cursor.take(",\"by\":") {
      guard cursor.plainText() != nil else { return nil }
    }
    guard cursor.take(",\"data\":"), let fields = DataFields(&cursor), cursor.take(",\"crc\":"),
      cursor.plainText() != nil, cursor.take(byte: UInt8(ascii: "}")), cursor.isAtEnd
    else { return nil }
    do {
      let (kind, rating, customer, complaint) = try fields.digest(of: type, id: id)
      return LineDigest(
        id: id, at: at, device: String(decoding: dev, as: UTF8.self), seq: seq, kind: kind, rating: rating,
        customer: customer, complaint: complaint)
    } catch {
      return nil
    }
  }

  private static let types: [(bytes: [UInt8], type: EventType)] = EventType.allCases.map {
    (Array($0.rawValue.utf8), $0)
  }

  private static func eventType(_ bytes: UnsafeBufferPointer<UInt8>) -> EventType? {
    guard let base = bytes.baseAddress else { return nil }
    for entry in types where entry.bytes.count == bytes.count && memcmp(base, entry.bytes, bytes.count) == 0 {
      return entry.type
    }
    return nil
  }
}

/// A field the line does not have in a shape the digest can stand for.
private struct Doubt: Error {}

/// The members of a `data` object, by v1 field name; the last of duplicate keys counts, as in
/// `JSONValue`'s subscript.
private struct DataFields {
  enum Key: Int, CaseIterable {
    case channel, text, customer, rating, tags, severity, category, complaint, until, outcome, item, priceCents,
      costCents, purpose, reason, defect, offered

    var name: String {
      switch self {
      case .priceCents: "price_cents"
      case .costCents: "cost_cents"
      default: "\(self)"
      }
    }

    static let names: [[UInt8]] = allCases.map { Array($0.name.utf8) }

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let base = bytes.baseAddress else { return nil }
      for (index, name) in Key.names.enumerated()
      where name.count == bytes.count && name[0] == base[0] && memcmp(base, name, bytes.count) == 0 {
        self.init(rawValue: index)
        return
      }
      return nil
    }
  }

  enum Value {
    case null
    case text(UnsafeBufferPointer<UInt8>)
    case integer(Int)
    /// An array of strings.
    case texts
  }

  private var values = InlineArray<17, Value?>(repeating: nil)

  /// The object at the cursor; `nil` for anything the digest does not read.
  init?(_ cursor: inout ByteCursor) {
    guard cursor.take(byte: UInt8(ascii: "{")) else { return nil }
    if cursor.take(byte: UInt8(ascii: "}")) { return }
    repeat {
      guard let name = cursor.plainString(), let key = Key(name), cursor.take(byte: UInt8(ascii: ":")),
        let value = DataFields.value(&cursor)
      else { return nil }
      values[key.rawValue] = value
    } while cursor.take(byte: UInt8(ascii: ","))
    guard cursor.take(byte: UInt8(ascii: "}")) else { return nil }
  }

  private static func value(_ cursor: inout ByteCursor) -> Value? {
    switch cursor.next {
    case UInt8(ascii: "\"")?: return cursor.plainText().map(Value.text)
    case UInt8(ascii: "n")?: return cursor.take("null") ? .null : nil
    case UInt8(ascii: "[")?:
      cursor.index += 1
      if cursor.take(byte: UInt8(ascii: "]")) { return .texts }
      repeat {
        guard cursor.plainText() != nil else { return nil }
      } while cursor.take(byte: UInt8(ascii: ","))
      return cursor.take(byte: UInt8(ascii: "]")) ? .texts : nil
    default: return cursor.integer().map(Value.integer)
    }
  }

  /// What the digest keeps of an event of `type`, after checking every field as the payload's
  /// constructor does (`Interaction.init(_:)` and its siblings).
  func digest(of type: EventType, id: EventID) throws(Doubt) -> (LineDigest.Kind, Int, String?, EventID?) {
    switch type {
    case .interactionRecorded:
      _ = try choice(.channel, Channel.self)
      _ = try text(.text)
      guard isTexts(.tags) else { throw Doubt() }
      return (.interaction, try rating(), try name(), nil)
    case .complaintOpened:
      _ = try choice(.channel, Channel.self)
      _ = try text(.text)
      _ = try optionalChoice(.severity, Severity.self)
      _ = try optionalText(.category)
      return (.opened, 0, try name(), id)
    case .complaintNoted:
      _ = try text(.text)
      return (.otherUpdate, 0, nil, try complaint())
    case .complaintWaiting:
      if let until = try optionalText(.until), LocalDate(parsing: String(decoding: until, as: UTF8.self)) == nil {
        throw Doubt()
      }
      _ = try optionalText(.text)
      return (.waiting, 0, nil, try complaint())
    case .complaintResolved:
      _ = try choice(.outcome, Outcome.self)
      _ = try optionalText(.text)
      return (.resolved, try rating(), nil, try complaint())
    case .complaintReopened:
      _ = try optionalText(.text)
      return (.reopened, 0, nil, try complaint())
    case .complaintSeverityChanged:
      _ = try choice(.severity, Severity.self)
      return (.otherUpdate, 0, nil, try complaint())
    case .compGiven:
      try checkPrice()
      _ = try optionalChoice(.purpose, CompPurpose.self)
      _ = try optionalText(.reason)
      if let complaint = try optionalText(.complaint), EventID(asciiBytes: complaint) == nil { throw Doubt() }
      return (.comp, 0, try name(), nil)
    case .returnRefused:
      try checkPrice()
      _ = try choice(.reason, RefusalReason.self)
      _ = try optionalChoice(.defect, Defect.self)
      _ = try optionalText(.offered)
      _ = try optionalText(.text)
      return (.refusal, 0, try name(), nil)
    case .eventVoided, .eventAmended, .customerErased:
      throw Doubt()
    }
  }

  /// A string field; `nil` when absent or `null`.
  private func optionalText(_ key: Key) throws(Doubt) -> UnsafeBufferPointer<UInt8>? {
    switch values[key.rawValue] {
    case nil, .null?: return nil
    case .text(let text)?: return text
    default: throw Doubt()
    }
  }

  private func text(_ key: Key) throws(Doubt) -> UnsafeBufferPointer<UInt8> {
    guard let text = try optionalText(key) else { throw Doubt() }
    return text
  }

  private func optionalInteger(_ key: Key, in range: ClosedRange<Int>) throws(Doubt) -> Int? {
    switch values[key.rawValue] {
    case nil, .null?: return nil
    case .integer(let number)? where range.contains(number): return number
    default: throw Doubt()
    }
  }

  private func optionalChoice<Choice: RawRepresentable<String>>(
    _ key: Key, _ type: Choice.Type
  ) throws(Doubt)
    -> Choice?
  {
    guard let text = try optionalText(key) else { return nil }
    guard let choice = Choice(rawValue: String(decoding: text, as: UTF8.self)) else { throw Doubt() }
    return choice
  }

  private func choice<Choice: RawRepresentable<String>>(_ key: Key, _ type: Choice.Type) throws(Doubt) -> Choice {
    guard let choice = try optionalChoice(key, type) else { throw Doubt() }
    return choice
  }

  private func isTexts(_ key: Key) -> Bool {
    switch values[key.rawValue] {
    case nil, .null?, .texts?: true
    default: false
    }
  }

  private func rating() throws(Doubt) -> Int { try optionalInteger(.rating, in: 1...5) ?? 0 }

  private func name() throws(Doubt) -> String? {
    try optionalText(.customer).map { String(decoding: $0, as: UTF8.self) }
  }

  private func complaint() throws(Doubt) -> EventID {
    guard let id = EventID(asciiBytes: try text(.complaint)) else { throw Doubt() }
    return id
  }

  private func checkPrice() throws(Doubt) {
    let cents = 0...Int(Amount.maximumCents)
    guard try optionalInteger(.priceCents, in: cents) != nil else { throw Doubt() }
    _ = try optionalInteger(.costCents, in: cents)
  }
}
