import Testing
import TresenTestSupport

@testable import TresenCore

/// The fast record path and the full parser agree on every line: where the fast path takes a
/// line it yields exactly the parser's event, checksum verdict and payload error, and the
/// combined `RecordCodec.decode` behaves exactly like the parser on everything else.
@Suite struct FastPathAgreementTests {
  /// What decoding a line led to, in comparable form.
  static func outcome(_ result: Result<RecordCodec.Decoded, RecordCodec.LineFailure>) -> String {
    switch result {
    case .success(let decoded):
      // `Timestamp` equality ignores the offset, so it is spelled out.
      "\(decoded.event) at \(decoded.event.at) \(decoded.checksum) \(String(describing: decoded.payloadError))"
    case .failure(let failure): "failure \(failure)"
    }
  }

  /// Checks one line; `true` when the fast path took it.
  @discardableResult
  static func expectAgreement(_ line: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    line.withUnsafeBufferPointer { buffer in
      let parsed = Result { () throws(RecordCodec.LineFailure) in
        try RecordCodec.decodeWithParser(buffer, device: Sample.device, checksum: RecordCodec.checksum(of: buffer))
      }
      let combined = Result { () throws(RecordCodec.LineFailure) in
        try RecordCodec.decode(buffer, device: Sample.device)
      }
      #expect(
        outcome(combined) == outcome(parsed), "\(String(decoding: line, as: UTF8.self))", sourceLocation: sourceLocation
      )
      guard
        let fast = FastRecordDecoder.decode(buffer, device: Sample.device, checksum: RecordCodec.checksum(of: buffer))
      else { return false }
      #expect(outcome(.success(fast)) == outcome(parsed), sourceLocation: sourceLocation)
      if case .success(let reference) = parsed {
        #expect(fast.event == reference.event && fast.event.at.offsetSeconds == reference.event.at.offsetSeconds)
      }
      return true
    }
  }

  /// Texts that stress strings: umlauts, emoji, quotes, backslashes, newlines, tabs.
  static let texts = [
    "Käsekuchen gelobt", "Grüße 👋🏽 an Jürgen", "Er sagte \"nie wieder\"", "C:\\Kasse\\bon.txt",
    "Zeile 1\nZeile 2\r\n\tEingerückt", "Steuer 19 % – 𝄞 ☕️", "\u{01}\u{1F} Steuerzeichen", "",
  ]

  /// Every sample payload, as the writer stores it, with and without staff.
  static let writtenLines: [[UInt8]] = {
    var ids = Fixtures.ids(seed: 77)
    var lines: [[UInt8]] = []
    let payloads =
      SamplePayloads.all + texts.map { Payload.interaction(Interaction(channel: .email, text: $0, customer: $0)) }
    for (index, payload) in payloads.enumerated() {
      let at = Fixtures.at(9 + index % 10, index)
      let event = Event(
        id: ids.next(at: at), type: payload.type.rawValue, at: at, device: Sample.device, seq: index + 1,
        staff: index % 2 == 0 ? "AM" : (index % 3 == 0 ? "Jürgen \"JJ\"" : nil), data: payload.json,
        payload: payload)
      lines.append(Array(RecordCodec.encode(event).dropLast()))
    }
    return lines
  }()

  /// The lines of a short generated history, as `tresen demo` writes them.
  static let demoLines: [[UInt8]] = {
    guard let generated = try? DemoGeneratorTests.generate(days: 20, perDay: 40) else { return [] }
    let segments = DemoGeneratorTests.files(generated.temp).filter { $0.key.hasSuffix(".jsonl") }
    return segments.sorted { $0.key < $1.key }.flatMap { $0.value.split(separator: 0x0A).map { Array($0) } }
  }()

  @Test func demoLinesTakeTheFastPathAndAgree() {
    #expect(Self.demoLines.count > 500)
    for line in Self.demoLines {
      #expect(Self.expectAgreement(line), "fast path declined \(String(decoding: line, as: UTF8.self))")
    }
  }

  @Test func linesTheWriterStoresTakeTheFastPathAndAgree() {
    for line in Self.writtenLines {
      #expect(Self.expectAgreement(line), "fast path declined \(String(decoding: line, as: UTF8.self))")
    }
  }

  @Test func corruptionCorpusAgreesOnEveryLine() {
    for specimen in CorruptionCorpusTests.specimens {
      for line in specimen.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        var bytes = Array(line)
        if bytes.last == 0x0D { bytes.removeLast() }
        Self.expectAgreement(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { Self.expectAgreement(Array(bytes.dropFirst(3))) }
      }
    }
  }

  @Test func conformanceCorpusAgrees() {
    let lines = RecordConformanceCorpus.lines(from: Self.writtenLines)
    let taken = lines.filter { Self.expectAgreement($0) }.count
    // Both paths are exercised: escapes and odd members still take the fast one.
    #expect(taken > 40 && lines.count - taken > 1_000, "fast path took \(taken) of \(lines.count)")
  }

  /// `count` lines of `pool` (written and demo lines), each changed at one to three random
  /// places by inserting, replacing or removing a byte; with `cutting`, also cut short.
  static func mutatedLines(seed: UInt64, count: Int, cutting: Bool) -> [[UInt8]] {
    var random = SeededRandom(seed: seed)
    let pool = writtenLines + demoLines.prefix(300)
    let alphabet = Array(#"{}[]":,\ 0123456789-+.eEtrufalsn"#.utf8) + [0x00, 0x0A, 0x7F, 0x80, 0xC3, 0xBC, 0xED, 0xFF]
    return (0..<count).map { _ in
      var line = pool[Int.random(in: 0..<pool.count, using: &random)]
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        guard !line.isEmpty else { break }
        let at = Int.random(in: 0..<line.count, using: &random)
        let byte = alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
        switch Int.random(in: 0..<(cutting ? 4 : 3), using: &random) {
        case 0: line[at] = byte
        case 1: line.insert(byte, at: at)
        case 2: line.remove(at: at)
        default: line.removeSubrange(at...)
        }
      }
      return line
    }
  }

  @Test func seededRandomMutationsAgree() {
    let taken = Self.mutatedLines(seed: 20_261_123, count: 20_000, cutting: true).filter { Self.expectAgreement($0) }
    #expect(taken.count > 2_000 && taken.count < 18_000, "fast path took \(taken.count) of 20000")
  }
}
