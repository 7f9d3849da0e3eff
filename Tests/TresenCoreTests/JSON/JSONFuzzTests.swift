import Testing
import TresenCore
import TresenTestSupport

/// Seeded fuzzing: hostile bytes must give typed errors, never a crash or a hang.
@Suite struct JSONFuzzTests {
  private static let tokens: [[UInt8]] =
    [
      "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD83D", "\\uDE00", "0", "-", "1.5e3", "true", "null", " ",
      "\n", "\"crc\"", ",\"crc\":\"", "\"id\"", "\"at\"", "\"data\"",
    ].map { Array($0.utf8) } + [
      [0x00], [0x1F], [0x7F], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90], [0xFF],
    ]

  /// Parses and decodes `bytes`; returns whether anything ran outside the typed contract.
  private func exercise(_ bytes: [UInt8]) -> Bool {
    var sound = true
    do throws(JSONParser.Failure) {
      _ = try JSONParser.parse(bytes)
    } catch {
      if !(0...bytes.count).contains(error.offset) { sound = false }
    }
    do throws(RecordCodec.LineFailure) {
      let decoded = try decodeLine(bytes)
      // A decoded event always has a usable envelope, and data errors never leave a payload.
      if decoded.event.type.isEmpty || decoded.event.seq < 0 || decoded.event.version < 1 { sound = false }
      if decoded.payloadError != nil, decoded.event.payload != nil { sound = false }
    } catch {
      if case .notJSON(let failure) = error, !(0...bytes.count).contains(failure.offset) { sound = false }
    }
    _ = checksumOf(bytes)
    return sound
  }

  @Test func randomBytesNeverCrashTheParserOrTheCodec() {
    var random = SeededRandom(seed: 0xF022)
    let started = ContinuousClock.now
    var unsound = 0
    for _ in 0..<20_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...64, using: &random) {
        if Bool.random(using: &random) {
          bytes.append(UInt8.random(in: 0...255, using: &random))
        } else {
          bytes += Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &random)]
        }
      }
      if !exercise(bytes) { unsound += 1 }
    }
    #expect(unsound == 0)
    #expect(ContinuousClock.now - started < .seconds(60))
  }

  @Test func mutatedRecordsNeverCrashTheParserOrTheCodec() {
    var random = SeededRandom(seed: 0xC0DEC)
    let ids = Fixtures.ids(seed: 5)
    let records = SamplePayloads.all.enumerated().map { index, payload in
      RecordCodec.encode(
        Event(
          id: ids.next(at: Fixtures.at(9)), type: payload.type.rawValue, at: Fixtures.at(9 + index % 10),
          device: "kasse-1", seq: index + 1, staff: index % 2 == 0 ? "anna" : nil, data: payload.json, payload: payload)
      )
    }
    let started = ContinuousClock.now
    var unsound = 0
    var decodedCount = 0
    for _ in 0..<20_000 {
      var bytes = Array(records[Int.random(in: 0..<records.count, using: &random)].dropLast())
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        mutate(&bytes, using: &random)
      }
      if !exercise(bytes) { unsound += 1 }
      if (try? decodeLine(bytes)) != nil { decodedCount += 1 }
    }
    #expect(unsound == 0)
    // The mutations are gentle enough that some records survive, so the decoder's deep paths run too.
    #expect(decodedCount > 1_000)
    #expect(ContinuousClock.now - started < .seconds(60))
  }

  @Test func truncationAtEveryByteIsATypedFailureOrAShorterRecord() {
    let record = RecordCodec.encode(
      Event(
        id: Fixtures.ids().next(at: Fixtures.at(9)), type: "interaction.recorded", at: Fixtures.at(9),
        device: "kasse-1", seq: 1, staff: "anna", data: SamplePayloads.all[0].json, payload: SamplePayloads.all[0]))
    let line = Array(record.dropLast())
    for length in 0..<line.count {
      // Every proper prefix of an object line is cut inside the object: never valid JSON.
      #expect((try? decodeLine(Array(line[..<length]))) == nil)
      #expect(exercise(Array(line[..<length])))
    }
  }

  private func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
    guard !bytes.isEmpty else {
      bytes.append(UInt8.random(in: 0...255, using: &random))
      return
    }
    let index = Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0..<7, using: &random) {
    case 0: bytes[index] ^= 1 << UInt8.random(in: 0...7, using: &random)
    case 1: bytes[index] = UInt8.random(in: 0...255, using: &random)
    case 2: bytes.insert(contentsOf: Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &random)], at: index)
    case 3: bytes.remove(at: index)
    case 4: bytes.removeSubrange(index...)
    case 5:
      let end = min(bytes.count, index + Int.random(in: 1...16, using: &random))
      bytes.insert(contentsOf: bytes[index..<end], at: Int.random(in: 0...bytes.count, using: &random))
    default:
      // Swap a character inside a string value for another of the same class, keeping it JSON.
      if (0x61...0x7A).contains(bytes[index]) { bytes[index] = UInt8.random(in: 0x61...0x7A, using: &random) }
    }
  }
}
