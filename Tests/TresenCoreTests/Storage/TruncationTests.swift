import Testing
import TresenCore
import TresenTestSupport

/// Storage promises 2 and 6: a segment cut off at any byte (a crash mid-write) loses nothing
/// that was complete, never turns half a record into data, and is repaired before the next
/// append — with the torn bytes kept in quarantine.
@Suite struct TruncationTests {
  /// Eight records as the writer stores them, with umlauts.
  static func golden() throws -> (bytes: [UInt8], events: [Event]) {
    let temp = TemporaryDirectory()
    let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 5))
    var events: [Event] = []
    for index in 0..<8 {
      events.append(try writer.append(Sample.payload(index), at: Fixtures.at(8 + index, 5), staff: "jü"))
    }
    return (try #require(fileBytes(Sample.segment(temp))), events)
  }

  @Test func everyPrefixLoadsExactlyTheCompleteRecordsAndIsRepairedByTheNextAppend() throws {
    let (golden, events) = try Self.golden()
    let lineEnds = golden.indices.filter { golden[$0] == 0x0A }
    #expect(lineEnds.count == 8 && golden.last == 0x0A)
    for length in 0...golden.count {
      let prefix = Array(golden[0..<length])
      let complete = lineEnds.filter { $0 < length }.count
      let tailStart = complete == 0 ? 0 : lineEnds[complete - 1] + 1
      let torn = length - tailStart
      let temp = TemporaryDirectory()
      try writeFormat(temp)
      let segment = Sample.segment(temp)
      try writeFile(prefix, to: segment)

      // Reading: the complete records, and the rest reported as a torn tail, never as data.
      let log = try LogReader(directory: temp.dataDirectory).load()
      #expect(log.events == Array(events.prefix(complete)), "prefix \(length)")
      let expectedAnomalies = torn > 0 ? ["tornTail(\(torn))@\(complete + 1)"] : []
      #expect(log.anomalies.map(label) == expectedAnomalies, "prefix \(length)")
      #expect(log.anomalies.first.map(\.offset) ?? Int64(tailStart) == Int64(tailStart), "prefix \(length)")
      #expect(fileBytes(segment) == prefix, "reading changed the file at prefix \(length)")

      // Appending: the tail is quarantined, then cut off — or, when only the newline is
      // missing from a valid record, completed.
      let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 77))
      let appended = try writer.append(Sample.payload(9), at: Fixtures.at(18))
      let keptWhole = complete < 8 && length == lineEnds[complete]
      let repaired = keptWhole ? prefix + [0x0A] : Array(prefix[0..<tailStart])
      let after = try #require(fileBytes(segment), "prefix \(length)")
      let expected = repaired + RecordCodec.encode(appended)
      #expect(after == expected, "prefix \(length): \(after.count) bytes, expected \(expected.count)")
      #expect(appended.seq == (keptWhole ? complete + 2 : complete + 1), "prefix \(length)")
      let quarantined = fileBytes(
        temp.appending("data/quarantine/\(Sample.device)/devices__\(Sample.device)__2026-11.jsonl@\(tailStart).bin"))
      #expect(quarantined == (torn > 0 ? Array(prefix[tailStart...]) : nil), "prefix \(length)")

      let reloaded = try LogReader(directory: temp.dataDirectory).load()
      #expect(reloaded.anomalies.isEmpty, "prefix \(length): \(reloaded.anomalies.map(label))")
      #expect(reloaded.events.map(\.seq) == Array(1...reloaded.events.count), "prefix \(length)")
      #expect(reloaded.events.last == appended, "prefix \(length)")
      #expect(after.last == 0x0A)
      #expect(lineRanges(after).allSatisfy { decodeLine(after[$0]) != nil }, "prefix \(length)")
    }
  }

  // A record edited by hand in an editor that drops the final newline: the CRC no longer
  // matches, so the writer does not trust it as complete and cuts it off (after quarantine).
  // The new record must then take its place in the sequence, leaving no gap.
  @Test func editedLastRecordWithoutNewlineIsQuarantinedAndLeavesNoSequenceGap() throws {
    let (golden, events) = try Self.golden()
    let temp = TemporaryDirectory()
    try writeFormat(temp)
    var edited = Array(golden.dropLast())
    let lastLine = try #require(lineRanges(edited).last).upperBound
    // "Schöner Abend" → "schöner Abend": same length, stale CRC.
    edited[try #require(edited[lastLine...].firstRange(of: Array("Sch".utf8))).lowerBound] ^= 0x20
    let segment = Sample.segment(temp)
    try writeFile(edited, to: segment)
    let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 77))
    let appended = try writer.append(Sample.payload(9), at: Fixtures.at(18))
    let quarantined = fileBytes(
      temp.appending("data/quarantine/\(Sample.device)/devices__\(Sample.device)__2026-11.jsonl@\(lastLine).bin"))
    #expect(quarantined == Array(edited[lastLine...]))
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events.map(\.id) == events.prefix(7).map(\.id) + [appended.id])
    #expect(log.anomalies.map(label) == [])
    #expect(appended.seq == 8)
  }

  // Promise 3: a tail torn, repaired, and torn again at the same offset (the append after the
  // repair crashed too) must not replace — or be mistaken for — the first quarantined copy.
  @Test(arguments: ["{\"v\":1,\"i", "{\"v\":1,\"id\":\"9"])
  func tailTornTwiceAtTheSameOffsetKeepsBothCopies(_ secondText: String) throws {
    let secondTear = Array(secondText.utf8)
    let (golden, _) = try Self.golden()
    let firstTear = Array("{\"v\":1,\"id\":\"0".utf8)
    let temp = TemporaryDirectory()
    try writeFormat(temp)
    let segment = Sample.segment(temp)
    let offset = try #require(lineRanges(golden).dropFirst(2).first).lowerBound
    let intact = Array(golden[0..<offset])
    try writeFile(intact + firstTear, to: segment)
    let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 77))
    try writer.append(Sample.payload(3), at: Fixtures.at(18))
    // The append after the repair is torn by a crash before its fdatasync.
    try writeFile(intact + secondTear, to: segment)
    let appended = try writer.append(Sample.payload(4), at: Fixtures.at(19))

    let copies = treeSnapshot(temp.appending("data/quarantine/\(Sample.device)"))
    #expect(Set(copies.values) == [firstTear, secondTear])
    #expect(copies.keys.allSatisfy { $0.contains("@\(offset)") })
    #expect(fileBytes(segment) == intact + RecordCodec.encode(appended))
  }
}
