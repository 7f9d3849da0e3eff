import Testing
import TresenTestSupport

@testable import TresenCore

/// Decodes one line the way the readers do: without its newline.
func decodeLine(_ bytes: [UInt8], device: String = "kasse-1") throws(RecordCodec.LineFailure) -> RecordCodec.Decoded {
  let line = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
  return try line.withUnsafeBufferPointer { (buffer) throws(RecordCodec.LineFailure) -> RecordCodec.Decoded in
    try RecordCodec.decode(buffer, device: device)
  }
}

func checksumOf(_ bytes: [UInt8]) -> RecordCodec.Checksum {
  let line = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
  return line.withUnsafeBufferPointer { RecordCodec.checksum(of: $0) }
}

/// Every payload of DESIGN.md §3.4, with all optional fields present and absent.
enum SamplePayloads {
  static let complaint = EventID("0193f1e2-3456-7abc-8def-0123456789ab") ?? EventID(millis: 0, randA: 0, randB: 0)
  static let tricky = "Käsekuchen \"zu süß\" 🎂\nzweite Zeile\t\\ Ende \u{1}"

  static var all: [Payload] {
    let until = LocalDate(year: 2026, month: 12, day: 1)
    return [
      .interaction(
        Interaction(channel: .phone, text: tricky, customer: "Frau Müller", rating: 5, tags: ["stamm", "🎂"])),
      .interaction(Interaction(channel: .counter, text: "")),
      .complaintOpened(
        ComplaintOpened(channel: .email, text: tricky, customer: "Jörg", severity: .urgent, category: "Qualität")),
      .complaintOpened(ComplaintOpened(text: "kalt")),
      .complaintUpdate(ComplaintUpdate(complaint: complaint, change: .noted(text: tricky))),
      .complaintUpdate(ComplaintUpdate(complaint: complaint, change: .waiting(until: until, text: "Lieferant"))),
      .complaintUpdate(ComplaintUpdate(complaint: complaint, change: .waiting(until: nil, text: nil))),
      .complaintUpdate(
        ComplaintUpdate(complaint: complaint, change: .resolved(outcome: .voucher, text: tricky, rating: 4))),
      .complaintUpdate(
        ComplaintUpdate(complaint: complaint, change: .resolved(outcome: .apology, text: nil, rating: nil))),
      .complaintUpdate(ComplaintUpdate(complaint: complaint, change: .reopened(text: "wieder kalt"))),
      .complaintUpdate(ComplaintUpdate(complaint: complaint, change: .reopened(text: nil))),
      .complaintUpdate(ComplaintUpdate(complaint: complaint, change: .severityChanged(.high))),
      .comp(
        Comp(
          item: "Espresso", priceCents: 250, costCents: 40, purpose: .recovery, reason: tricky, customer: "Ali",
          complaint: complaint)),
      .comp(Comp(item: "Keks", priceCents: 0)),
      .refusal(
        Refusal(
          item: "Käsekuchen", priceCents: 300, costCents: 90, reason: .noReceipt, defect: .yes, offered: "Gutschein",
          customer: "Herr Ö", text: tricky)),
      .refusal(Refusal(item: "Torte", priceCents: Amount.maximumCents, reason: .pastDeadline)),
      .correction(Correction(target: complaint, change: .void(reason: "falsch getippt"))),
      .correction(Correction(target: complaint, change: .void(reason: nil))),
      .correction(
        Correction(
          target: complaint, change: .amend(changes: .object([JSONMember("text", "neu"), JSONMember("rating", nil)])))),
    ]
  }
}

@Suite struct RecordCodecTests {
  private let ids = Fixtures.ids(seed: 11)

  private func event(_ payload: Payload, seq: Int = 42, staff: String? = "anna") -> Event {
    let at = Timestamp(
      date: Fixtures.today, hour: 14, minute: 5, second: 9, millisecond: 120, offsetSeconds: Fixtures.berlin)
    return Event(
      id: ids.next(at: at), type: payload.type.rawValue, at: at, device: "kasse-1", seq: seq, staff: staff,
      data: payload.json, payload: payload)
  }

  @Test(arguments: SamplePayloads.all)
  func everyEventTypeRoundTrips(payload: Payload) throws {
    for staff in ["anna", nil, "\"Chef\" 😀"] as [String?] {
      let original = event(payload, staff: staff)
      let line = RecordCodec.encode(original)
      #expect(line.filter { $0 == 0x0A }.count == 1)
      #expect(line.last == 0x0A)
      let decoded = try decodeLine(line)
      #expect(decoded.event == original)
      #expect(decoded.event.payload == payload)
      #expect(decoded.event.at.description == "2026-11-23T14:05:09.120+01:00")
      #expect(decoded.event.at.offsetSeconds == 3600)
      #expect(decoded.event.staff == staff)
      #expect(decoded.checksum == .valid)
      #expect(decoded.payloadError == nil)
      #expect(try Payload(type: payload.type, data: payload.json) == payload)
    }
  }

  @Test func lineLayoutAndChecksumCoverage() throws {
    let line = RecordCodec.encode(event(SamplePayloads.all[0]))
    let text = String(decoding: line, as: UTF8.self)
    #expect(text.hasPrefix(#"{"v":1,"id":""#))
    #expect(
      text.contains(
        #","type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42,"by":"anna","data":{"#
      ))
    let suffixStart = line.count - 1 - 18
    let suffix = String(decoding: line[suffixStart...], as: UTF8.self)
    #expect(suffix.hasPrefix(#","crc":""#))
    #expect(suffix.hasSuffix("\"}\n"))
    let stored = String(suffix.dropFirst(8).prefix(8))
    #expect(stored == CRC32C.hex(line[..<suffixStart]))
    #expect(stored.allSatisfy { "0123456789abcdef".contains($0) })
    // Exactly the bytes before `,"crc"`: one byte more or less gives another checksum.
    #expect(stored != CRC32C.hex(line[..<(suffixStart + 1)]))
    #expect(stored != CRC32C.hex(line[..<(suffixStart - 1)]))
  }

  @Test func checksumValidMismatchAbsent() throws {
    let line = RecordCodec.encode(event(SamplePayloads.all[0]))
    #expect(checksumOf(line) == .valid)
    let edited = Array(String(decoding: line, as: UTF8.self).replacingFirst("anna", with: "anne").utf8)
    #expect(checksumOf(edited) == .mismatch)
    let decoded = try decodeLine(edited)
    #expect(decoded.checksum == .mismatch)
    #expect(decoded.event.staff == "anne")
    // Any other byte at any of the eight digits, the same digit in uppercase included (only
    // the written spelling is valid).
    let digits = (line.count - 11)..<(line.count - 3)
    for position in digits {
      for value in 0...255 where value != Int(line[position]) {
        var badDigit = line
        badDigit[position] = UInt8(value)
        #expect(checksumOf(badDigit) == .mismatch, "byte \(value) at \(position)")
      }
    }
    let handWritten = Array(line[..<(line.count - 19)]) + Array("}".utf8)
    #expect(checksumOf(handWritten) == .absent)
    #expect(try decodeLine(handWritten).checksum == .absent)
    #expect(try decodeLine(handWritten).event.payload == SamplePayloads.all[0])
    #expect(checksumOf([]) == .absent)
    #expect(checksumOf(Array(#","crc":"00000000"}"#.utf8)) == .absent)
  }

  @Test func handWrittenLinesFillInDefaults() throws {
    let line =
      #"{"id":"0193F1E2-3456-7ABC-8DEF-0123456789AB","type":"interaction.recorded","at":"2026-11-23T14:05:09Z","data":{"channel":"counter","text":"hi"}}"#
    let decoded = try decodeLine(Array(line.utf8), device: "kasse-2")
    #expect(decoded.event.device == "kasse-2")
    #expect(decoded.event.seq == 0)
    #expect(decoded.event.version == 1)
    #expect(decoded.event.staff == nil)
    #expect(decoded.event.id.text == "0193f1e2-3456-7abc-8def-0123456789ab")
    #expect(decoded.event.payload == .interaction(Interaction(channel: .counter, text: "hi")))
    #expect(decoded.checksum == .absent)
    let nullStaff = #"{"id":"0193f1e2-3456-7abc-8def-0123456789ab","type":"x","at":"2026-11-23T14:05:09Z","by":null}"#
    #expect(try decodeLine(Array(nullStaff.utf8)).event.staff == nil)
    #expect(try decodeLine(Array(nullStaff.utf8)).event.data == .object([]))
  }

  private static let base: JSONValue = .object([
    JSONMember("v", 1), JSONMember("id", "0193f1e2-3456-7abc-8def-0123456789ab"),
    JSONMember("type", "interaction.recorded"), JSONMember("at", "2026-11-23T14:05:09.120+01:00"),
    JSONMember("dev", "kasse-1"), JSONMember("seq", 3), JSONMember("by", "anna"),
    JSONMember("data", .object([JSONMember("channel", "counter"), JSONMember("text", "hi")])),
  ])

  @Test(
    arguments: [
      ("id", nil, RecordCodec.LineFailure.missingField("id")), ("id", "nope", .invalidField("id")),
      ("id", .int(5), .invalidField("id")), ("id", "0193f1e2-3456-7abc-8def-0123456789a", .invalidField("id")),
      ("type", nil, .missingField("type")), ("type", "", .invalidField("type")),
      ("type", .int(3), .invalidField("type")),
      ("at", nil, .missingField("at")), ("at", "yesterday", .invalidField("at")),
      ("at", "2026-11-23", .invalidField("at")),
      ("at", .int(17), .invalidField("at")), ("at", "2026-11-23T14:05:09.120", .invalidField("at")),
      ("seq", .int(-1), .invalidField("seq")), ("seq", .number("1.5"), .invalidField("seq")),
      ("seq", "1", .invalidField("seq")), ("v", .int(0), .invalidField("v")), ("v", "1", .invalidField("v")),
      ("dev", "", .invalidField("dev")), ("dev", .int(1), .invalidField("dev")), ("by", .int(5), .invalidField("by")),
    ] as [(String, JSONValue?, RecordCodec.LineFailure)])
  func envelopeErrors(key: String, value: JSONValue?, failure: RecordCodec.LineFailure) {
    let line = JSONWriter.bytes(Self.base.setting(key, to: value))
    #expect(throws: failure) { try decodeLine(line) }
  }

  @Test func nonObjectsAndNonJSON() {
    #expect(throws: RecordCodec.LineFailure.notAnObject) { try decodeLine(Array("[1]".utf8)) }
    #expect(throws: RecordCodec.LineFailure.notAnObject) { try decodeLine(Array(#""x""#.utf8)) }
    #expect(throws: RecordCodec.LineFailure.notJSON(JSONParser.Failure(reason: .unexpectedEnd, offset: 1))) {
      try decodeLine(Array("{".utf8))
    }
    #expect(throws: RecordCodec.LineFailure.notJSON(JSONParser.Failure(reason: .unexpectedEnd, offset: 0))) {
      try decodeLine([])
    }
  }

  @Test(
    arguments: [
      ("interaction.recorded", [("channel", "counter")], PayloadError.missingField("text")),
      (
        "interaction.recorded", [("channel", "counter"), ("text", "x"), ("rating", .int(6))],
        .invalidField("rating", value: "6")
      ),
      (
        "interaction.recorded", [("channel", "counter"), ("text", "x"), ("rating", .int(0))],
        .invalidField("rating", value: "0")
      ),
      (
        "interaction.recorded", [("channel", "counter"), ("text", "x"), ("rating", "5")],
        .invalidField("rating", value: #""5""#)
      ),
      ("interaction.recorded", [("channel", "fax"), ("text", "x")], .invalidField("channel", value: "fax")),
      ("interaction.recorded", [("channel", "Counter"), ("text", "x")], .invalidField("channel", value: "Counter")),
      ("interaction.recorded", [("text", "x")], .missingField("channel")),
      ("interaction.recorded", [("channel", "counter"), ("text", .int(1))], .invalidField("text", value: "1")),
      (
        "interaction.recorded", [("channel", "counter"), ("text", "x"), ("tags", .array(["a", 1]))],
        .invalidField("tags", value: "1")
      ),
      ("comp.given", [("item", "Espresso"), ("price_cents", .int(-1))], .invalidField("price_cents", value: "-1")),
      (
        "comp.given", [("item", "Espresso"), ("price_cents", .int(10_000_001))],
        .invalidField("price_cents", value: "10000001")
      ),
      (
        "comp.given", [("item", "Espresso"), ("price_cents", .number("2.5"))],
        .invalidField("price_cents", value: "2.5")
      ),
      ("comp.given", [("item", "Espresso")], .missingField("price_cents")),
      (
        "comp.given", [("item", "E"), ("price_cents", .int(1)), ("cost_cents", .int(-5))],
        .invalidField("cost_cents", value: "-5")
      ),
      (
        "comp.given", [("item", "E"), ("price_cents", .int(1)), ("purpose", "bribe")],
        .invalidField("purpose", value: "bribe")
      ),
      ("return.refused", [("item", "Kuchen"), ("price_cents", .int(300))], .missingField("reason")),
      (
        "return.refused", [("item", "K"), ("price_cents", .int(3)), ("reason", "no-receipt")],
        .invalidField("reason", value: "no-receipt")
      ),
      (
        "return.refused", [("item", "K"), ("price_cents", .int(3)), ("reason", "used"), ("defect", "maybe")],
        .invalidField("defect", value: "maybe")
      ),
      (
        "complaint.opened", [("channel", "phone"), ("text", "x"), ("severity", "critical")],
        .invalidField("severity", value: "critical")
      ),
      ("complaint.noted", [("complaint", "abc"), ("text", "x")], .invalidField("complaint", value: "abc")),
      ("complaint.noted", [("text", "x")], .missingField("complaint")),
      (
        "complaint.waiting", [("complaint", .string(SamplePayloads.complaint.text)), ("until", "2026-02-30")],
        .invalidField("until", value: "2026-02-30")
      ),
      ("complaint.resolved", [("complaint", .string(SamplePayloads.complaint.text))], .missingField("outcome")),
      (
        "complaint.severity_changed", [("complaint", .string(SamplePayloads.complaint.text))], .missingField("severity")
      ),
      ("event.voided", [("reason", "x")], .missingField("target")),
      ("event.amended", [("target", .string(SamplePayloads.complaint.text))], .missingField("changes")),
      (
        "event.amended", [("target", .string(SamplePayloads.complaint.text)), ("changes", .int(3))],
        .invalidField("changes", value: "3")
      ),
    ] as [(String, [(String, JSONValue)], PayloadError)])
  func dataErrorsLeaveThePayloadNil(type: String, fields: [(String, JSONValue)], error: PayloadError) throws {
    let data = JSONValue.object(fields.map { JSONMember($0.0, $0.1) })
    let line = JSONWriter.bytes(Self.base.setting("type", to: .string(type)).setting("data", to: data))
    let decoded = try decodeLine(line)
    #expect(decoded.event.payload == nil)
    #expect(decoded.payloadError == error)
    #expect(decoded.event.data == data)
    #expect(decoded.event.type == type)
  }

  @Test func dataThatIsNotAnObject() throws {
    for data in [JSONValue.array([]), "text", .int(1), .null] {
      let decoded = try decodeLine(JSONWriter.bytes(Self.base.setting("data", to: data)))
      #expect(decoded.payloadError == .notAnObject)
      #expect(decoded.event.payload == nil)
    }
    let missing = try decodeLine(JSONWriter.bytes(Self.base.setting("data", to: nil)))
    #expect(missing.payloadError == .missingField("channel"))
  }

  @Test func unknownTypesAndNewerVersionsAreKeptUninterpreted() throws {
    let data = #"{"stamps":1.50,"nested":{"b":1,"a":[2E+3,null]},"channel":"hologram"}"#
    for (type, version) in [("loyalty.stamped", 1), ("interaction.recorded", 2), ("comp.given", 99)] {
      let line =
        #"{"v":\#(version),"id":"0193f1e2-3456-7abc-8def-0123456789ab","type":"\#(type)","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":1,"data":\#(data)}"#
      let decoded = try decodeLine(Array(line.utf8))
      #expect(decoded.event.payload == nil)
      #expect(decoded.payloadError == nil)
      #expect(decoded.event.knownType == nil)
      #expect(decoded.event.version == version)
      #expect(JSONWriter.string(decoded.event.data) == data)
      let again = String(decoding: RecordCodec.encode(decoded.event), as: UTF8.self)
      #expect(again.contains(#""data":\#(data),"crc":""#))
      #expect(try decodeLine(Array(again.utf8)).event == decoded.event)
    }
  }

  @Test func payloadAccessors() {
    let all = SamplePayloads.all
    #expect(
      all.map(\.customer) == [
        "Frau Müller", nil, "Jörg", nil, nil, nil, nil, nil, nil, nil, nil, nil, "Ali", nil, "Herr Ö", nil, nil, nil,
        nil,
      ])
    #expect(
      all.map(\.rating) == [5, nil, nil, nil, nil, nil, nil, 4, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil])
    // customer.erased is written only by `customer erase`, never by hand (ErasureTests).
    #expect(Set(all.map(\.type)) == Set(EventType.allCases).subtracting([.customerErased]))
    #expect(all.allSatisfy { $0.json.members != nil })
  }

  @Test func historyOrderIsInstantThenDeviceThenSequence() throws {
    func make(_ at: String, _ device: String, _ seq: Int) throws -> Event {
      Event(
        id: ids.next(at: try #require(Timestamp(parsing: at))), type: "x", at: try #require(Timestamp(parsing: at)),
        device: device, seq: seq, staff: nil, data: .object([]), payload: nil)
    }
    let events = [
      try make("2026-11-23T14:00:00.000+01:00", "b", 1), try make("2026-11-23T13:00:00.000Z", "a", 2),
      try make("2026-11-23T14:00:00.000+02:00", "z", 9), try make("2026-11-23T13:00:00.000Z", "a", 1),
    ]
    let sorted = events.sorted(by: Event.historyOrder)
    #expect(sorted.map { "\($0.device)\($0.seq)" } == ["z9", "a1", "a2", "b1"])
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return replacingCharacters(in: range, with: replacement)
  }
}
