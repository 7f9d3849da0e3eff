import Testing
import TresenTestSupport

@testable import TresenCore

/// The streaming reader sees exactly what a scan of the whole file sees, whatever the chunk
/// size: lines cut by chunk boundaries, lines longer than a chunk, a BOM split across reads
/// and torn tails.
@Suite struct ChunkedSegmentReaderTests {
  /// A scan reduced to comparable values.
  struct Outcome: Equatable {
    var records: [String]
    var anomalies: [Anomaly]
    var unusable: [String]

    init(_ scan: SegmentScanner) {
      records = scan.records.map { "\($0.event.id)#\($0.line)@\($0.offset)/\($0.contentKey)" }
      anomalies = scan.anomalies
      unusable = scan.unusable.map { "\($0.offset):\($0.range):\($0.bytes)" }
    }
  }

  static let segments: [(name: String, bytes: [UInt8])] = {
    let lines = CorruptionCorpusTests.lines
    let long = RecordCodec.encode(Sample.event(7, seq: 6, text: String(repeating: "Zwetschgendatschi ", count: 40)))
    return CorruptionCorpusTests.specimens.map { ($0.name, $0.bytes) } + [
      ("long line", lines.flatMap { $0 } + long),
      ("torn tail", lines.flatMap { $0 } + Array(lines[0].prefix(40))),
      ("BOM only", [0xEF, 0xBB, 0xBF]),
      ("BOM and torn tail", [0xEF, 0xBB, 0xBF] + Array(lines[0].prefix(30))),
      ("empty", []),
      ("only newlines", [0x0A, 0x0A]),
    ]
  }()

  @Test(arguments: [1, 2, 3, 7, 64, 250, 1 << 16])
  func everyChunkSizeScansLikeTheWholeFile(_ chunkSize: Int) throws {
    let temp = TemporaryDirectory()
    for (index, segment) in Self.segments.enumerated() {
      let path = temp.appending("segment-\(index).jsonl")
      try writeFile(segment.bytes, to: path)
      let whole = SegmentScanner(bytes: segment.bytes, file: "f", device: Sample.device)
      var reader = ChunkedSegmentReader(io: SystemIO())
      reader.chunkSize = chunkSize
      let streamed = try #require(try reader.scan(path: path, file: "f", device: Sample.device))
      #expect(Outcome(streamed) == Outcome(whole), "\(segment.name), chunk \(chunkSize)")
      for bad in whole.unusable { #expect(Array(segment.bytes[bad.range]) == bad.bytes, "\(segment.name)") }
    }
  }

  @Test func missingFileIsNil() throws {
    let temp = TemporaryDirectory()
    #expect(try ChunkedSegmentReader(io: SystemIO()).scan(path: temp.appending("none"), file: "f", device: "d") == nil)
  }
}
