import Testing
import TresenTestSupport

@testable import TresenCore

/// Scanning on worker threads hands over exactly what scanning one by one gives, in order,
/// with a gone file as `nil`, and stops cleanly when the caller throws.
@Suite struct SegmentPrefetcherTests {
  struct Stop: Error {}

  /// The segments of `ChunkedSegmentReaderTests`, several times over, with one missing file.
  static func segments(in temp: TemporaryDirectory) throws -> [SegmentPrefetcher.Segment] {
    var segments: [SegmentPrefetcher.Segment] = []
    for round in 0..<3 {
      for (index, segment) in ChunkedSegmentReaderTests.segments.enumerated() {
        let name = "\(round)-\(index).jsonl"
        try writeFile(segment.bytes, to: temp.appending(name))
        segments.append(SegmentPrefetcher.Segment(path: temp.appending(name), file: name, device: Sample.device))
      }
    }
    segments.insert(SegmentPrefetcher.Segment(path: temp.appending("gone.jsonl"), file: "gone", device: "d"), at: 5)
    return segments
  }

  static func outcomes(_ segments: [SegmentPrefetcher.Segment], workers: Int, lookahead: Int) -> [String] {
    var prefetcher = SegmentPrefetcher(reader: ChunkedSegmentReader(io: SystemIO()))
    prefetcher.workers = workers
    prefetcher.lookahead = lookahead
    var outcomes: [String] = []
    prefetcher.forEach(segments) { segment, result in
      switch result {
      case .success(let scan?): outcomes.append("\(segment.file) \(ChunkedSegmentReaderTests.Outcome(scan))")
      case .success(nil): outcomes.append("\(segment.file) gone")
      case .failure(let error): outcomes.append("\(segment.file) \(error)")
      }
    }
    return outcomes
  }

  @Test(arguments: [(2, 1), (3, 2), (4, 8)])
  func workersHandOverWhatOneByOneGivesInOrder(workers: Int, lookahead: Int) throws {
    let temp = TemporaryDirectory()
    let segments = try Self.segments(in: temp)
    let sequential = Self.outcomes(segments, workers: 1, lookahead: 1)
    #expect(sequential.count == segments.count)
    #expect(sequential[5] == "gone gone")
    #expect(Self.outcomes(segments, workers: workers, lookahead: lookahead) == sequential)
  }

  @Test func aThrowingCallerStopsTheWorkers() throws {
    let temp = TemporaryDirectory()
    let segments = try Self.segments(in: temp)
    var prefetcher = SegmentPrefetcher(reader: ChunkedSegmentReader(io: SystemIO()))
    prefetcher.workers = 2
    var seen = 0
    #expect(throws: Stop.self) {
      try prefetcher.forEach(segments) { (_, _) throws(Stop) in
        seen += 1
        if seen == 3 { throw Stop() }
      }
    }
    #expect(seen == 3)
  }
}
