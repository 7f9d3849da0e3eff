import Testing
import TresenCore
import TresenTestSupport

/// Seeded fuzzing: hostile bytes must give typed errors, never a crash or a hang.
@Suite struct JSONFuzzTests {
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
      let bytes = FuzzCorpus.noise(maxLength: 64, using: &random)
      if !exercise(bytes) { unsound += 1 }
    }
    #expect(unsound == 0)
    #expect(ContinuousClock.now - started < .seconds(60))
  }

  @Test func mutatedRecordsNeverCrashTheParserOrTheCodec() {
    var random = SeededRandom(seed: 0xC0DEC)
    let started = ContinuousClock.now
    var unsound = 0
    var decodedCount = 0
    for _ in 0..<20_000 {
      var bytes = FuzzCorpus.records[Int.random(in: 0..<FuzzCorpus.records.count, using: &random)]
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        FuzzCorpus.mutate(&bytes, using: &random)
      }
      if !exercise(bytes) { unsound += 1 }
      if decodeLine(bytes) != nil { decodedCount += 1 }
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
      #expect(decodeLine(Array(line[..<length])) == nil)
      #expect(exercise(Array(line[..<length])))
    }
  }
}
