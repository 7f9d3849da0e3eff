import Testing
import TresenTestSupport

@testable import TresenCore

/// Seeded fuzzing of the segment reader: whole segment files made of damaged records, noise,
/// blank lines, CRLF and BOMs. No crash, no hang, and every byte accounted for: each is part
/// of a record line, a reported anomaly's line or the torn tail; unreadable bytes are exactly
/// the ones handed to quarantine.
@Suite(.timeLimit(.minutes(5))) struct SegmentFuzzTests {
  /// A random segment: up to four lines, each a record, a mutated record or noise.
  private func segment(using random: inout SeededRandom) -> [UInt8] {
    var bytes: [UInt8] = Int.random(in: 0..<20, using: &random) == 0 ? [0xEF, 0xBB, 0xBF] : []
    for _ in 0..<Int.random(in: 0...4, using: &random) {
      switch Int.random(in: 0..<6, using: &random) {
      case 0: bytes += FuzzCorpus.noise(maxLength: 24, using: &random)
      case 1: bytes += Int.random(in: 0..<2, using: &random) == 0 ? [] : [0x20, 0x09]
      default:
        var line = FuzzCorpus.records[Int.random(in: 0..<FuzzCorpus.records.count, using: &random)]
        for _ in 0..<Int.random(in: 0...3, using: &random) { FuzzCorpus.mutate(&line, using: &random) }
        bytes += line
      }
      switch Int.random(in: 0..<10, using: &random) {
      case 0: break  // torn: no newline
      case 1: bytes += [0x0D, 0x0A]
      default: bytes.append(0x0A)
      }
    }
    return bytes
  }

  /// Checks what the scanner made of `bytes`; returns a description of the first broken rule.
  private func violation(in bytes: [UInt8]) -> String? {
    let scan = SegmentScanner(bytes: bytes, file: "devices/kasse-1/2026-11.jsonl", device: "kasse-1")
    var previousEnd = 0
    for part in scan.unusable {
      guard part.range.lowerBound >= previousEnd, part.range.upperBound <= bytes.count,
        Int(part.offset) == part.range.lowerBound
      else { return "unusable range \(part.range) out of order or bounds" }
      previousEnd = part.range.upperBound
    }
    let torn = scan.anomalies.filter { if case .tornTail = $0.kind { true } else { false } }
    if bytes.last == 0x0A, !torn.isEmpty { return "torn tail reported after a final newline" }
    if let tail = torn.first, case .tornTail(let count) = tail.kind {
      guard torn.count == 1, Int(tail.offset) + count == bytes.count,
        scan.unusable.last?.range.upperBound == bytes.count
      else { return "torn tail \(tail) does not end the file" }
    }
    for record in scan.records {
      guard record.offset >= 0, Int(record.offset) + record.length <= bytes.count else {
        return "record at \(record.offset) beyond the bytes"
      }
      if scan.unusable.contains(where: { $0.range.contains(Int(record.offset)) }) {
        return "record at \(record.offset) is also quarantined"
      }
      if record.event.type.isEmpty || record.event.seq < 0 || record.event.version < 1 {
        return "record with a broken envelope"
      }
    }
    for anomaly in scan.anomalies where anomaly.offset < 0 || anomaly.offset > Int64(bytes.count) {
      return "anomaly \(anomaly) outside the bytes"
    }
    // Every line is either a record, quarantined, or blank.
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    let lineCount = body.count { $0 == 0x0A } + (body.isEmpty || body.last == 0x0A ? 0 : 1)
    let blank = scan.anomalies.count { $0.kind == .blankLine }
    let unreadable = scan.anomalies.count { if case .unreadable = $0.kind { true } else { false } }
    guard scan.records.count + unreadable + blank + torn.count == lineCount else {
      return "lines: \(lineCount), records \(scan.records.count), unreadable \(unreadable), blank \(blank)"
    }
    return nil
  }

  @Test func randomSegmentsAreScannedWithEveryByteAccountedFor() {
    var random = SeededRandom(seed: 0x5E6_0001)
    var budget = FuzzBudget()
    var failures: [String] = []
    var recordsSeen = 0
    for run in 0..<Fuzz.runs {
      let bytes = segment(using: &random)
      if let problem = violation(in: bytes), failures.count < 5 { failures.append("run \(run): \(problem) \(bytes)") }
      if run % 100 == 0 {
        recordsSeen += SegmentScanner(bytes: bytes, file: "x", device: "kasse-1").records.count
      }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    // The mutations are gentle enough that records survive, so the decoder's deep paths run.
    #expect(recordsSeen > 200)
  }
}
