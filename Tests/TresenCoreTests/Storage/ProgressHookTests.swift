import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// The progress hook of reading and repairing: bytes done of bytes total, per segment.
@Suite struct ProgressHookTests {
  /// Two devices, two months each: four segments of different sizes.
  static func history(_ temp: TemporaryDirectory) throws -> [String] {
    for (index, device) in ["kasse-1", "kasse-2"].enumerated() {
      let writer = LogWriter(directory: temp.dataDirectory, device: device, ids: Fixtures.ids(seed: UInt64(index + 1)))
      for event in 0..<(3 + index * 4) {
        try writer.append(Sample.payload(event), at: Fixtures.at(9, event, on: Sample.october))
        try writer.append(Sample.payload(event), at: Fixtures.at(9, event))
      }
    }
    return ["kasse-1", "kasse-2"].flatMap { device in
      ["2026-10", "2026-11"].map { Sample.segment(temp, device: device, month: $0) }
    }
  }

  static func size(_ path: String) throws -> Int64 {
    Int64(try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int))
  }

  @Test func readingReportsTheBytesOfEachSegmentUpToTheTotal() throws {
    let temp = TemporaryDirectory()
    let segments = try Self.history(temp)
    let sizes = try segments.map(Self.size)
    var calls: [[Int64]] = []
    var reader = LogReader(directory: temp.dataDirectory)
    reader.progress = { done, total in calls.append([done, total]) }
    let log = try reader.load()
    #expect(log.events.count == 20)
    let total = sizes.reduce(0, +)
    #expect(calls.count == segments.count, "one report per segment, none after the last")
    #expect(calls.map { $0[1] } == Array(repeating: total, count: segments.count))
    #expect(calls.map { $0[0] } == calls.map { $0[0] }.sorted())
    #expect(Set(zip(calls.map { $0[0] }, [0] + calls.map { $0[0] }).map { $0 - $1 }) == Set(sizes))
    #expect(calls.last == [total, total])
  }

  @Test func repairReportsThisDevicesSegmentsOnly() throws {
    let temp = TemporaryDirectory()
    let segments = try Self.history(temp)
    var calls: [[Int64]] = []
    let writer = LogWriter(directory: temp.dataDirectory, device: "kasse-2", ids: Fixtures.ids())
    #expect(try writer.repair { done, total in calls.append([done, total]) }.isEmpty)
    let total = try segments.filter { $0.contains("kasse-2") }.map(Self.size).reduce(0, +)
    #expect(calls.count == 2)
    #expect(calls.last == [total, total])
  }

  @Test func anEmptyDirectoryReportsNothingToDo() throws {
    let temp = TemporaryDirectory()
    var calls: [[Int64]] = []
    var reader = LogReader(directory: temp.dataDirectory)
    reader.progress = { done, total in calls.append([done, total]) }
    #expect(try reader.load().events.isEmpty)
    #expect(calls == [[0, 0]])
  }
}
