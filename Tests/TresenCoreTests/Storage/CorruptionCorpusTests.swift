import Testing
import TresenCore
import TresenTestSupport

/// Storage promise 3 and the tolerant reader: damaged or hand-edited segments load every usable
/// line, report exactly what is wrong where, and account for every byte — loaded, tolerated,
/// or copied to quarantine. Reading never changes the segment.
@Suite struct CorruptionCorpusTests {
  /// Five records of kasse-1, seq 1…5, as stored lines.
  static let records = (0..<5).map { Sample.event($0, seq: $0 + 1) }
  static let lines = records.map(RecordCodec.encode)

  /// One damaged segment and what the reader must say about it.
  struct Specimen: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    var anomalies: [String]
    /// Seqs of the records that must load.
    var loaded: [Int]
    var testDescription: String { name }
  }

  static func replacing(_ index: Int, with line: [UInt8]) -> [UInt8] {
    var copy = lines
    copy[index] = line
    return copy.flatMap { $0 }
  }

  static let specimens: [Specimen] = {
    let all = lines.flatMap { $0 }
    var flipped = lines[1]
    if let frau = flipped.firstRange(of: Array("Frau".utf8)) { flipped[frau.lowerBound] ^= 0x20 }  // F → f
    var badUTF8 = lines[3]
    if let umlaut = badUTF8.firstIndex(of: 0xC3) { badUTF8[umlaut] = 0xFF }
    let future = RecordCodec.encode(Sample.event(4, seq: 5, version: 99))
    let unknown = RecordCodec.encode(Sample.event(4, seq: 5, type: "loyalty.stamped"))
    let extra = Sample.sealed(
      Sample.checksummedPart(lines[2]) + Array(",\"extra\":{\"till\":[1,\"Schublade ü\"]},\"note\":null".utf8))
    let noCRC = Sample.checksummedPart(lines[1]) + Array("}\n".utf8)
    return [
      Specimen(
        name: "NUL block",
        bytes: lines[0] + lines[1] + [UInt8](repeating: 0, count: 4096) + [0x0A] + lines[2...].flatMap { $0 },
        anomalies: ["unreadable(unexpected character)@3"], loaded: [1, 2, 3, 4, 5]),
      Specimen(
        name: "flipped byte in a string", bytes: replacing(1, with: flipped), anomalies: ["checksumMismatch@2"],
        loaded: [1, 2, 3, 4, 5]),
      Specimen(
        name: "truncated middle line", bytes: replacing(1, with: Array(lines[1].prefix(60)) + [0x0A]),
        anomalies: ["unreadable(unexpected end)@2", "sequenceGap(kasse-1,1,3)@0"], loaded: [1, 3, 4, 5]),
      Specimen(
        name: "CRLF", bytes: lines.flatMap { $0.dropLast() + [0x0D, 0x0A] },
        anomalies: (1...5).map { "carriageReturn@\($0)" }, loaded: [1, 2, 3, 4, 5]),
      Specimen(name: "BOM", bytes: [0xEF, 0xBB, 0xBF] + all, anomalies: ["byteOrderMark@1"], loaded: [1, 2, 3, 4, 5]),
      Specimen(
        name: "blank and whitespace lines",
        bytes: lines[0] + [0x0A] + lines[1] + Array("  \t \n".utf8) + lines[2...].flatMap { $0 },
        anomalies: ["blankLine@2", "blankLine@4"], loaded: [1, 2, 3, 4, 5]),
      Specimen(
        name: "future version", bytes: replacing(4, with: future),
        anomalies: ["unknownType(interaction.recorded,99)@5"], loaded: [1, 2, 3, 4, 5]),
      Specimen(
        name: "unknown type", bytes: replacing(4, with: unknown), anomalies: ["unknownType(loyalty.stamped,1)@5"],
        loaded: [1, 2, 3, 4, 5]),
      Specimen(name: "unknown extra fields", bytes: replacing(2, with: extra), anomalies: [], loaded: [1, 2, 3, 4, 5]),
      Specimen(
        name: "invalid UTF-8 in a string", bytes: replacing(3, with: badUTF8),
        anomalies: ["unreadable(invalid UTF-8)@4", "sequenceGap(kasse-1,3,5)@0"], loaded: [1, 2, 3, 5]),
      Specimen(name: "no crc", bytes: replacing(1, with: noCRC), anomalies: ["noChecksum@2"], loaded: [1, 2, 3, 4, 5]),
      Specimen(
        name: "duplicated identical line", bytes: lines[0] + lines[1] + lines[1...].flatMap { $0 }, anomalies: [],
        loaded: [1, 2, 3, 4, 5]),
    ]
  }()

  @Test(arguments: specimens)
  func damagedSegmentLoadsEveryUsableLineAndAccountsForEveryByte(_ specimen: Specimen) throws {
    let temp = TemporaryDirectory()
    try writeFormat(temp)
    let segment = Sample.segment(temp)
    try writeFile(specimen.bytes, to: segment)
    let directory = temp.dataDirectory
    let log = try LogReader(directory: directory, quarantineDevice: Sample.device).load()

    #expect(log.anomalies.map(label) == specimen.anomalies)
    #expect(log.events.map(\.seq) == specimen.loaded)
    #expect(log.anomalies.allSatisfy { $0.line == 0 || $0.file == "devices/kasse-1/2026-11.jsonl" })
    #expect(fileBytes(segment) == specimen.bytes, "reading must not change the segment")
    try expectEveryByteAccountedFor(specimen.bytes, log: log, temp: temp)

    // Reading again quarantines nothing new.
    let quarantine = treeSnapshot(temp.appending("data/quarantine"))
    let again = try LogReader(directory: directory, quarantineDevice: Sample.device).load()
    #expect(again.anomalies == log.anomalies)
    #expect(treeSnapshot(temp.appending("data/quarantine")) == quarantine)
  }

  @Test func preservedRecordsKeepWhatThisBuildDoesNotUnderstand() throws {
    let temp = TemporaryDirectory()
    try writeFormat(temp)
    let future = Sample.event(4, seq: 5, version: 99)
    let unknown = Sample.event(5, seq: 6, type: "loyalty.stamped")
    try writeFile(
      Self.lines.prefix(4).flatMap { $0 } + RecordCodec.encode(future) + RecordCodec.encode(unknown),
      to: Sample.segment(temp))
    let log = try LogReader(directory: temp.dataDirectory).load()
    let loadedFuture = try #require(log.events.first { $0.id == future.id })
    let loadedUnknown = try #require(log.events.first { $0.id == unknown.id })
    #expect(loadedFuture.payload == nil && loadedFuture.version == 99 && loadedFuture.data == future.data)
    #expect(
      loadedUnknown.payload == nil && loadedUnknown.type == "loyalty.stamped" && loadedUnknown.data == unknown.data)
  }

  @Test func flippedByteLoadsTheEditedValue() throws {
    let temp = TemporaryDirectory()
    try writeFormat(temp)
    try writeFile(Self.specimens[1].bytes, to: Sample.segment(temp))
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events[1].data["text"] == "Müsli zu süß, sagt frau Özdemir")
  }

  /// Every byte of `original` is a loaded record's line, a tolerated blank line, BOM or CR, or
  /// lies in a quarantine copy named after its offset; every quarantine copy matches.
  private func expectEveryByteAccountedFor(
    _ original: [UInt8], log: LoadedLog, temp: TemporaryDirectory, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var accounted = [Bool](repeating: false, count: original.count)
    func claim(_ range: Range<Int>, _ why: String) {
      for index in range {
        #expect(!accounted[index], "byte \(index) claimed twice (\(why))", sourceLocation: sourceLocation)
        accounted[index] = true
      }
    }
    let byLine = Dictionary(grouping: log.anomalies.filter { $0.line > 0 }, by: \.line)
    var start = 0
    if byLine[1]?.contains(where: { $0.kind == .byteOrderMark }) == true {
      claim(0..<3, "BOM")
      start = 3
    }
    for (index, range) in lineRanges(original, from: start).enumerated() {
      let number = index + 1
      let kinds = byLine[number, default: []]
      if kinds.contains(where: { $0.kind == .blankLine }) {
        claim(range, "blank line \(number)")
      } else if let unreadable = kinds.first(where: { if case .unreadable = $0.kind { true } else { false } }) {
        let copy = try #require(
          unreadable.quarantinedAs, "line \(number) not quarantined", sourceLocation: sourceLocation)
        #expect(copy.hasSuffix("@\(range.lowerBound).bin"), "line \(number): \(copy)", sourceLocation: sourceLocation)
        #expect(fileBytes(temp.appending("data/" + copy)) == Array(original[range]), sourceLocation: sourceLocation)
        claim(range, "quarantined line \(number)")
      } else {
        let decoded = try #require(decodeLine(original[range]), "line \(number) neither loaded nor quarantined")
        #expect(log.events.contains(decoded.event), "line \(number) not loaded", sourceLocation: sourceLocation)
        claim(range, "record line \(number)")
      }
    }
    let missing = accounted.indices.filter { !accounted[$0] }
    #expect(missing.isEmpty, "bytes not accounted for: \(missing.prefix(10))", sourceLocation: sourceLocation)

    // Every quarantine copy holds exactly the original bytes at the offset in its name.
    let folder = temp.appending("data/quarantine/\(Sample.device)")
    for (name, bytes) in treeSnapshot(folder) {
      let offset = try #require(name.split(separator: "@").last?.split(separator: ".").first.flatMap { Int($0) })
      #expect(offset + bytes.count <= original.count, sourceLocation: sourceLocation)
      #expect(
        Array(original[offset..<min(original.count, offset + bytes.count)]) == bytes, sourceLocation: sourceLocation)
    }
  }
}
