import Testing
import TresenTestSupport

@testable import TresenCore

/// The JSON path at CI scale: 100,000 noise inputs and 100,000 mutated records through the
/// parser, the record codec and the checksum. Every failure is a typed `JSONParser.Failure` or
/// `RecordCodec.LineFailure` with an offset inside the input; nothing crashes or hangs.
@Suite(.timeLimit(.minutes(5))) struct RecordJSONFuzzTests {
  /// Returns what broke the typed contract for `bytes`, if anything.
  private func violation(_ bytes: [UInt8]) -> String? {
    do throws(JSONParser.Failure) {
      let value = try JSONParser.parse(bytes)
      // Whatever parses writes back to something that parses to the same value.
      var written: [UInt8] = []
      JSONWriter.write(value, to: &written)
      guard (try? JSONParser.parse(written)) == value else { return "write-back differs" }
    } catch {
      if !(0...bytes.count).contains(error.offset) { return "parser offset \(error.offset) outside" }
    }
    do throws(RecordCodec.LineFailure) {
      let decoded = try decodeLine(bytes)
      if decoded.event.type.isEmpty || decoded.event.seq < 0 || decoded.event.version < 1 { return "bad envelope" }
      if decoded.payloadError != nil, decoded.event.payload != nil { return "payload despite an error" }
    } catch {
      if case .notJSON(let failure) = error, !(0...bytes.count).contains(failure.offset) {
        return "codec offset \(failure.offset) outside"
      }
    }
    _ = checksumOf(bytes)
    return nil
  }

  @Test func noiseNeverCrashesTheParserOrTheCodec() {
    var random = SeededRandom(seed: 0xF022_0100)
    var budget = FuzzBudget()
    var failures: [String] = []
    for run in 0..<Fuzz.runs {
      let bytes = FuzzCorpus.noise(maxLength: 48, using: &random)
      if let problem = violation(bytes), failures.count < 5 { failures.append("run \(run): \(problem) \(bytes)") }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test func mutatedRecordsNeverCrashTheParserOrTheCodec() {
    var random = SeededRandom(seed: 0xC0DE_C100)
    var budget = FuzzBudget()
    var failures: [String] = []
    var decoded = 0
    for run in 0..<Fuzz.runs {
      var bytes = FuzzCorpus.records[Int.random(in: 0..<FuzzCorpus.records.count, using: &random)]
      for _ in 0..<Int.random(in: 1...4, using: &random) { FuzzCorpus.mutate(&bytes, using: &random) }
      if let problem = violation(bytes), failures.count < 5 { failures.append("run \(run): \(problem) \(bytes)") }
      if run % 10 == 0, decodeLine(bytes) != nil { decoded += 1 }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(decoded > 500)
  }

  /// Deep nesting is a classic stack overflow; it must be a typed failure or a value.
  @Test func deepNestingIsATypedFailureNotAStackOverflow() {
    for depth in [100, 1_000, 10_000, 100_000] {
      for (open, close) in [(UInt8(ascii: "["), UInt8(ascii: "]")), (UInt8(ascii: "{"), UInt8(ascii: "}"))] {
        var bytes = [UInt8](repeating: open, count: depth)
        if open == UInt8(ascii: "{") {
          bytes = Array(String(repeating: "{\"a\":", count: depth).utf8) + Array("1".utf8)
        }
        bytes += [UInt8](repeating: close, count: depth)
        #expect(violation(bytes) == nil)
        #expect(violation(Array(bytes.dropLast())) == nil)
      }
    }
  }
}
