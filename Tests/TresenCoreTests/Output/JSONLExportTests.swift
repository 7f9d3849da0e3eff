import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// A data directory of two devices, a conflict copy, an older month, a record of an unknown
/// type, a hand-written line without CRC, a CRLF line and a garbage line; and the lines the
/// export must yield, in history order.
private struct MixedDirectory {
  let temp = TemporaryDirectory("tresen-jsonl")
  var expected: [[UInt8]] = []

  init() throws {
    func line(
      _ text: String, seq: Int, hour: Int, device: String = "kasse-1", on date: LocalDate = Fixtures.today
    )
      -> [UInt8]
    {
      RecordCodec.encode(
        ExportSample.event(
          .interaction(Interaction(channel: .counter, text: text)), seq: seq, hour: hour, on: date, device: device))
    }
    let october = line("Oktober", seq: 1, hour: 9, on: Fixtures.today.adding(days: -34))
    let a = line("Käsekuchen, \"gut\"", seq: 2, hour: 9)
    let b = line("Büro", seq: 1, hour: 10, device: "buero")
    let c = line("gleichzeitig", seq: 3, hour: 11)
    let d = line("auch gleichzeitig", seq: 2, hour: 11, device: "buero")
    let unknown = RecordCodec.encode(
      ExportSample.raw(
        type: "loyalty.stamped", data: .object([JSONMember("stamps", .int(3))]), seq: 4, hour: 12))
    var handWritten = Array(line("von Hand", seq: 5, hour: 13).dropLast(19))
    handWritten += Array("}\n".utf8)
    let crlf = Array(line("Windows", seq: 6, hour: 14).dropLast()) + [0x0D, 0x0A]

    let data = temp.appending("data")
    temp.write(october, to: "data/devices/kasse-1/2026-10.jsonl")
    temp.write(a + c + unknown + handWritten + crlf, to: "data/devices/kasse-1/2026-11.jsonl")
    temp.write(a, to: "data/devices/kasse-1/2026-11.sync-conflict-20261123-ABC.jsonl")
    temp.write(d + Array("not json\n".utf8) + b, to: "data/devices/buero/2026-11.jsonl")
    #expect(FileManager.default.fileExists(atPath: data))
    expected = [october, a, b, d, c, unknown, handWritten, Array(crlf.dropLast(2)) + [0x0A]]
  }

  var directory: DataDirectory { temp.dataDirectory }
}

@Suite struct JSONLExportTests {
  @Test func withoutFiltersItIsEveryReadableRecordByteForByteInHistoryOrder() throws {
    let mixed = try MixedDirectory()
    let loaded = try LogReader(directory: mixed.directory).loadWithSources()
    #expect(loaded.log.events == (try LogReader(directory: mixed.directory).load()).events)
    let export = JSONLExport(
      loaded: loaded, filter: ExportFilter(), calendar: BusinessCalendar(), directory: mixed.directory)
    defer { export.close() }
    let bytes = try export.document()
    #expect(bytes == mixed.expected.flatMap { $0 })

    // A backup: fed back as the only segment of a fresh data directory, it loads the same events.
    let fresh = TemporaryDirectory("tresen-jsonl-restore")
    fresh.write(bytes, to: "data/devices/restore/2026-11.jsonl")
    #expect(try LogReader(directory: fresh.dataDirectory).load().events == loaded.log.events)

    // And `jq`-style readers see one JSON object per line.
    for line in bytes.split(separator: 0x0A) { #expect(try JSONParser.parse(Array(line)).members != nil) }
  }

  @Test func filtersByTypeAndBusinessDayKeepTheOrder() throws {
    let mixed = try MixedDirectory()
    let loaded = try LogReader(directory: mixed.directory).loadWithSources()
    func lines(_ filter: ExportFilter) throws -> [UInt8] {
      let export = JSONLExport(loaded: loaded, filter: filter, calendar: BusinessCalendar(), directory: mixed.directory)
      defer { export.close() }
      return try export.document()
    }
    #expect(try lines(ExportFilter(types: ["loyalty.stamped"])) == mixed.expected[5])
    let today = ExportFilter(from: Fixtures.today, to: Fixtures.today, types: ["interaction.recorded"])
    let expected = [1, 2, 3, 4, 6, 7].flatMap { mixed.expected[$0] }
    #expect(try lines(today) == expected)
    #expect(try lines(ExportFilter(to: Fixtures.today.adding(days: -1))) == mixed.expected[0])
  }

  @Test func aSegmentChangedAfterLoadingIsAnErrorNotADifferentExport() throws {
    let mixed = try MixedDirectory()
    let loaded = try LogReader(directory: mixed.directory).loadWithSources()
    let path = "data/devices/buero/2026-11.jsonl"
    var bytes = try #require(mixed.temp.bytes(path))
    if let index = bytes.firstIndex(of: UInt8(ascii: "B")) { bytes[index] = UInt8(ascii: "b") }
    mixed.temp.write(bytes, to: path)
    let export = JSONLExport(
      loaded: loaded, filter: ExportFilter(), calendar: BusinessCalendar(), directory: mixed.directory)
    defer { export.close() }
    #expect(throws: StorageError.fileKeepsChanging(path: mixed.temp.appending(path))) { try export.document() }
  }
}
