/// Reads a `LineDigest` straight from a line in the shape Tresen writes, for the old events of
/// a full replay: no `Event`, no `JSONValue`, no `String` but a device other than the folder's
/// (DESIGN.md §8: a million events in under a second and 150 MB).
///
/// It accepts a narrower shape than `FastRecordDecoder`: a line without any escape, control
/// character or bad UTF-8 (`UTF8Text.isClean`), the same envelope, and a `data` object whose
/// members are v1 payload fields (DESIGN.md §3.4) holding a string, an integer, `null` or an
/// array of strings. It checks every field the way the payload's constructor does
/// (`DataReader`) and answers `nil` for anything in doubt; the caller then decodes the line in
/// full, which decides. Where it answers, it gives exactly
/// `LineDigest(RecordCodec.decode(line).event)` (`LineDigestAgreementTests`). The caller
/// checks the CRC first: a digest stands only for a line whose checksum is valid.
enum LineDigestDecoder {
  /// The digest of `line`, its customer numbered in `names`; `knownDevice`, the device the line
  /// most likely names (its folder's), is shared instead of making a new `String` when it
  /// matches.
  static func decode(
    _ line: UnsafeBufferPointer<UInt8>, knownDevice: String = "", names: inout NameTable
  ) -> LineDigest? {
    // Lines with an escape, a control character or bad UTF-8 are left to the full decoder.
    guard UTF8Text.isClean(line) else { return nil }
    var cursor = ByteCursor(line)
    guard cursor.take("{\"v\":"), let version = cursor.integer(), version >= 1,
      cursor.take(",\"id\":"), let id = cursor.quoted(length: 36).flatMap(EventID.init(asciiBytes:)),
      cursor.take(",\"type\":"), let reader = cursor.cleanString().flatMap(reader(ofType:)),
      version <= reader.type.currentVersion,
      cursor.take(",\"at\":"), let at = (cursor.quoted(length: 29) ?? cursor.cleanString()).flatMap(Timestamp.parse),
      cursor.take(",\"dev\":"), let dev = cursor.cleanString(), !dev.isEmpty,
      cursor.take(",\"seq\":"), let seq = cursor.integer(), seq >= 0, seq <= Int(Int32.max)
    else { return nil }
    if cursor.take(",\"by\":") {
      guard cursor.cleanString() != nil else { return nil }
    }
    var data = reader
    guard cursor.take(",\"data\":"), (try? data.read(&cursor, keys: DataReader.keys)) != nil,
      cursor.take(",\"crc\":"), cursor.quoted(length: 8).map(isHex) ?? (cursor.cleanString() != nil),
      cursor.take(byte: UInt8(ascii: "}")), cursor.isAtEnd
    else { return nil }
    let kind: LineDigest.Kind
    var complaint = data.complaint
    switch data.type {
    case .interactionRecorded: kind = .interaction
    case .complaintOpened:
      kind = .opened
      complaint = id
    case .complaintWaiting: kind = .waiting
    case .complaintResolved: kind = .resolved
    case .complaintReopened: kind = .reopened
    case .complaintNoted, .complaintSeverityChanged: kind = .otherUpdate
    case .compGiven:
      kind = .comp
      complaint = nil
    case .returnRefused: kind = .refusal
    case .eventVoided, .eventAmended, .customerErased: return nil
    }
    return LineDigest(
      id: id, at: at, device: device(dev, knownDevice), seq: seq, kind: kind, rating: data.rating,
      customer: data.customer.map { names.index(of: $0) } ?? -1, complaint: complaint)
  }

  /// Whether the stored CRC's eight characters are hex digits.
  ///
  /// Fixed-width fields (the id, the timestamp, the CRC, a complaint id) are first taken between
  /// quotes at their written width without looking for a quote in between
  /// (`ByteCursor.quoted(length:)`): their checks (`EventID(asciiBytes:)`, `Timestamp.parse`,
  /// this one) accept no quote at any position, so what they accept is a whole string. For
  /// anything else the cursor stays where it was: an id is then left to the full decoder, the
  /// other fields are looked for up to their closing quote.
  private static func isHex(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = UnsafeRawPointer(digits.baseAddress), digits.count == 8 else { return false }
    return HexDigits.value(UTF8Text.word(base, at: 0)) != nil
  }

  private static func device(_ bytes: UnsafeBufferPointer<UInt8>, _ known: String) -> String {
    var known = known
    let isKnown = known.withUTF8 { UTF8Text.same($0, bytes) }
    return isKnown ? known : String(decoding: bytes, as: UTF8.self)
  }

  /// The type words a digest stands for, each with a reader for its `data`.
  private static let schemas: [(bytes: [UInt8], schema: DataReader.Schema)] = EventType.allCases.compactMap { type in
    DataReader.Schema(type: type).map { (Array(type.rawValue.utf8), $0) }
  }

  private static func reader(ofType bytes: UnsafeBufferPointer<UInt8>) -> DataReader? {
    for entry in schemas where entry.bytes.withUnsafeBufferPointer({ UTF8Text.same($0, bytes) }) {
      return DataReader(entry.schema)
    }
    return nil
  }
}

/// A field the line does not have in a shape the digest can stand for.
private struct Doubt: Error {}

/// Reads a `data` object member by member, checking each field of the event's type as the
/// payload's constructor does (`Interaction.init(_:)` and its siblings) and keeping only what
/// the digest needs. Of duplicate keys the last counts, as in `JSONValue`'s subscript; an
/// earlier invalid duplicate is a doubt, which only sends the line to the full decoder.
private struct DataReader {
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

    var bit: UInt32 { 1 << UInt32(rawValue) }
  }

  /// Each key as it stands in a line, `"name":`, in a table of 64 slots.
  static let keys = KeyTable()

  /// The keys by a hash of a name's first two bytes and its length, open addressing (the
  /// current names all land in different slots, so a lookup is one look and one compare of
  /// two masked words).
  struct KeyTable: Sendable {
    private var slots = [(pattern: WordPattern, key: Key)?](repeating: nil, count: 64)

    init() {
      for key in Key.allCases {
        let name = Array(key.name.utf8) + [UInt8(ascii: "\"")]
        var slot = KeyTable.slot(first: name[0], second: name[1], length: key.name.utf8.count)
        while slots[slot] != nil { slot = (slot + 1) & 63 }
        slots[slot] = (WordPattern("\"\(key.name)\":"), key)
      }
    }

    private static func slot(first: UInt8, second: UInt8, length: Int) -> Int {
      (Int(first) << 1 ^ Int(second) ^ length) & 63
    }

    /// The key and its colon at the cursor, which the cursor then passes; `nil` for any other
    /// member name and where fewer than 16 bytes are left (a line's CRC member follows `data`).
    func take(_ cursor: inout ByteCursor) -> Key? {
      let quote = UInt8(ascii: "\"")
      guard cursor.bytes.count - cursor.index >= 16, let base = UnsafeRawPointer(cursor.bytes.baseAddress) else {
        return nil
      }
      let low = UTF8Text.word(base, at: cursor.index)
      let high = UTF8Text.word(base, at: cursor.index + 8)
      guard UInt8(truncatingIfNeeded: low) == quote else { return nil }
      // The name ends at the first quote after the opening one; the lowest flag is a real one.
      let length: Int
      let inLow = UTF8Text.flags(quote, in: low >> 8)
      if inLow != 0 {
        length = inLow.trailingZeroBitCount / 8
      } else {
        let inHigh = UTF8Text.flags(quote, in: high)
        guard inHigh != 0 else { return nil }
        length = 7 + inHigh.trailingZeroBitCount / 8
      }
      var slot = KeyTable.slot(
        first: UInt8(truncatingIfNeeded: low >> 8), second: UInt8(truncatingIfNeeded: low >> 16), length: length)
      while let (pattern, key) = slots[slot] {
        if pattern.count == length + 3, pattern.isPrefix(of: low, high) {
          cursor.index += pattern.count
          return key
        }
        slot = (slot + 1) & 63
      }
      return nil
    }
  }

  /// The fields each type's constructor reads, and those it requires.
  private static func schema(of type: EventType) -> (reads: [Key], requires: [Key])? {
    switch type {
    case .interactionRecorded: ([.channel, .text, .customer, .rating, .tags], [.channel, .text])
    case .complaintOpened: ([.channel, .text, .customer, .severity, .category], [.channel, .text])
    case .complaintNoted: ([.complaint, .text], [.complaint, .text])
    case .complaintWaiting: ([.complaint, .until, .text], [.complaint])
    case .complaintResolved: ([.complaint, .outcome, .text, .rating], [.complaint, .outcome])
    case .complaintReopened: ([.complaint, .text], [.complaint])
    case .complaintSeverityChanged: ([.complaint, .severity], [.complaint, .severity])
    case .compGiven:
      ([.item, .priceCents, .costCents, .purpose, .reason, .customer, .complaint], [.item, .priceCents])
    case .returnRefused:
      (
        [.item, .priceCents, .costCents, .reason, .defect, .offered, .customer, .text],
        [.item, .priceCents, .reason]
      )
    case .eventVoided, .eventAmended, .customerErased: nil
    }
  }

  let type: EventType
  private let reads: UInt32
  private let requires: UInt32
  /// The fields whose last value is not `null`.
  private var present: UInt32 = 0
  var rating = 0
  var customer: UnsafeBufferPointer<UInt8>?
  var complaint: EventID?

  /// A type's fields as bit sets of `Key`.
  struct Schema: Sendable {
    var type: EventType
    var reads: UInt32
    var requires: UInt32

    /// `nil` for types a digest never stands for (corrections, erasures).
    init?(type: EventType) {
      guard let schema = DataReader.schema(of: type) else { return nil }
      self.type = type
      reads = schema.reads.reduce(0) { $0 | $1.bit }
      requires = schema.requires.reduce(0) { $0 | $1.bit }
    }
  }

  init(_ schema: Schema) {
    type = schema.type
    reads = schema.reads
    requires = schema.requires
  }

  /// Reads the object at the cursor; afterwards every required field is there.
  mutating func read(_ cursor: inout ByteCursor, keys: KeyTable) throws(Doubt) {
    guard cursor.take(byte: UInt8(ascii: "{")) else { throw Doubt() }
    if !cursor.take(byte: UInt8(ascii: "}")) {
      repeat {
        guard let key = keys.take(&cursor) else { throw Doubt() }
        try member(key, &cursor)
      } while cursor.take(byte: UInt8(ascii: ","))
      guard cursor.take(byte: UInt8(ascii: "}")) else { throw Doubt() }
    }
    guard present & requires == requires else { throw Doubt() }
  }

  private mutating func member(_ key: Key, _ cursor: inout ByteCursor) throws(Doubt) {
    if cursor.next == UInt8(ascii: "n"), cursor.take("null") {
      present &= ~key.bit
      switch key {
      case .rating: rating = 0
      case .customer: customer = nil
      case .complaint: complaint = nil
      default: break
      }
      return
    }
    present |= key.bit
    guard reads & key.bit != 0 else { return try DataReader.skip(&cursor) }
    switch key {
    case .rating: rating = try DataReader.integer(&cursor, in: 1...5)
    case .priceCents, .costCents: _ = try DataReader.integer(&cursor, in: 0...Int(Amount.maximumCents))
    case .tags:
      guard cursor.take(byte: UInt8(ascii: "[")) else { throw Doubt() }
      if cursor.take(byte: UInt8(ascii: "]")) { return }
      repeat { _ = try DataReader.text(&cursor) } while cursor.take(byte: UInt8(ascii: ","))
      guard cursor.take(byte: UInt8(ascii: "]")) else { throw Doubt() }
    case .complaint:
      // At its written width first, as the envelope's id (see `LineDigestDecoder`).
      guard let id = (cursor.quoted(length: 36) ?? cursor.cleanString()).flatMap(EventID.init(asciiBytes:)) else {
        throw Doubt()
      }
      complaint = id
    default:
      let text = try DataReader.text(&cursor)
      switch key {
      case .customer: customer = text
      case .until:
        guard LocalDate(canonical: text) != nil else { throw Doubt() }
      case .channel: try DataReader.expect(text, in: DataReader.channels)
      case .severity: try DataReader.expect(text, in: DataReader.severities)
      case .outcome: try DataReader.expect(text, in: DataReader.outcomes)
      case .purpose: try DataReader.expect(text, in: DataReader.purposes)
      case .defect: try DataReader.expect(text, in: DataReader.defects)
      case .reason where type == .returnRefused: try DataReader.expect(text, in: DataReader.refusalReasons)
      default: break
      }
    }
  }

  private static let channels = words(Channel.self)
  private static let severities = words(Severity.self)
  private static let outcomes = words(Outcome.self)
  private static let purposes = words(CompPurpose.self)
  private static let defects = words(Defect.self)
  private static let refusalReasons = words(RefusalReason.self)

  private static func words<Choice: CaseIterable & RawRepresentable<String>>(_: Choice.Type) -> [[UInt8]] {
    Choice.allCases.map { Array($0.rawValue.utf8) }
  }

  private static func expect(_ text: UnsafeBufferPointer<UInt8>, in words: [[UInt8]]) throws(Doubt) {
    for word in words where word.withUnsafeBufferPointer({ UTF8Text.same($0, text) }) { return }
    throw Doubt()
  }

  private static func text(_ cursor: inout ByteCursor) throws(Doubt) -> UnsafeBufferPointer<UInt8> {
    guard let text = cursor.cleanString() else { throw Doubt() }
    return text
  }

  private static func integer(_ cursor: inout ByteCursor, in range: ClosedRange<Int>) throws(Doubt) -> Int {
    guard let number = cursor.integer(), range.contains(number) else { throw Doubt() }
    return number
  }

  /// A value of a field this type does not read: a string, an integer or an array of strings.
  private static func skip(_ cursor: inout ByteCursor) throws(Doubt) {
    switch cursor.next {
    case UInt8(ascii: "\"")?: _ = try text(&cursor)
    case UInt8(ascii: "[")?:
      cursor.index += 1
      if cursor.take(byte: UInt8(ascii: "]")) { return }
      repeat { _ = try text(&cursor) } while cursor.take(byte: UInt8(ascii: ","))
      guard cursor.take(byte: UInt8(ascii: "]")) else { throw Doubt() }
    default: guard cursor.integer() != nil else { throw Doubt() }
    }
  }
}
