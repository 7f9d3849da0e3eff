import Testing
import TresenCore
import TresenTestSupport

/// Storage promise 9: merging devices and sync tools' conflict copies is deterministic,
/// order-independent and idempotent; and the per-device sequence checks.
@Suite struct MergeTests {
  static let syncthing = "2026-11.sync-conflict-20261123-101010-ABCDEFG.jsonl"
  static let dropbox = "2026-11 (Anna's conflicted copy 2026-11-23).jsonl"
  static let devices = ["kasse-1", "tablet-2"]

  /// Six events of each device, interleaved in time.
  static let events: [Event] = devices.enumerated().flatMap { deviceIndex, device in
    (0..<6).map { index in
      Sample.event(index * 2 + deviceIndex, seq: index + 1, device: device, hour: 8 + index)
    }
  }

  /// Writes each device's events into its folder: `files` names the files each event goes to.
  static func layout(_ temp: TemporaryDirectory, _ placement: [(event: Event, files: [String], order: Int)]) throws {
    try writeFormat(temp)
    var contents: [String: [(Int, [UInt8])]] = [:]
    for (event, files, order) in placement {
      for file in files {
        contents[temp.dataDirectory.devicePath(event.device) + "/" + file, default: []].append(
          (order, RecordCodec.encode(event)))
      }
    }
    for (path, lines) in contents {
      try writeFile(lines.sorted { $0.0 < $1.0 }.flatMap(\.1), to: path)
    }
  }

  @Test func anyDistributionOverFilesAndConflictCopiesLoadsTheSameEvents() throws {
    let canonical = TemporaryDirectory()
    try Self.layout(canonical, Self.events.enumerated().map { ($1, ["2026-11.jsonl"], $0) })
    let expected = try LogReader(directory: canonical.dataDirectory).load()
    #expect(Set(expected.events.map(\.id)) == Set(Self.events.map(\.id)))
    #expect(expected.anomalies.isEmpty)

    var random = SeededRandom(seed: 2026)
    let names = ["2026-11.jsonl", Self.syncthing, Self.dropbox]
    for round in 0..<25 {
      let temp = TemporaryDirectory()
      let placement = Self.events.map { event in
        // Each event lands in one to three files (duplicates across copies), in random order.
        var files = names.filter { _ in Bool.random(using: &random) }
        if files.isEmpty { files = [names[Int.random(in: 0..<3, using: &random)]] }
        return (event, files, Int.random(in: 0..<1000, using: &random))
      }
      try Self.layout(temp, placement)
      let log = try LogReader(directory: temp.dataDirectory).load()
      #expect(log.events == expected.events, "round \(round)")
      #expect(log.anomalies.isEmpty, "round \(round): \(log.anomalies.map(label))")
    }
  }

  @Test func sameConflictCopyTwiceChangesNothing() throws {
    let temp = TemporaryDirectory()
    // Main files hold the first four of each device; the copy holds events 3–6 (overlap and extra).
    let placement = Self.events.enumerated().map { index, event in
      let position = event.seq
      var files: [String] = []
      if position <= 4 { files.append("2026-11.jsonl") }
      if position >= 3 { files.append(Self.syncthing) }
      return (event, files, index)
    }
    try Self.layout(temp, placement)
    let once = try LogReader(directory: temp.dataDirectory).load()
    #expect(once.events.count == Self.events.count)
    for device in Self.devices {
      let folder = temp.dataDirectory.devicePath(device)
      try writeFile(try #require(fileBytes(folder + "/" + Self.syncthing)), to: folder + "/" + Self.dropbox)
    }
    let twice = try LogReader(directory: temp.dataDirectory).load()
    #expect(twice.events == once.events)
    #expect(twice.anomalies == once.anomalies)
    #expect(twice.files.count == once.files.count + 2)
  }

  @Test func conflictingDuplicateIsReportedOnceWithTheSameWinnerInAnyFileOrder() throws {
    let original = Self.events[0]
    var edited = original
    edited.data = edited.data.setting("text", to: "Käsekuchen gelobt (korrigiert)")
    edited.payload = try Payload(type: .interactionRecorded, data: edited.data)
    let variants = [original, edited]
    var winners: Set<Event> = []
    // Every way of putting one or the other version into the main file and both copies.
    for assignment in 0..<8 {
      let choice = (0..<3).map { variants[assignment >> $0 & 1] }
      guard Set(choice.map(\.data)).count == 2 else { continue }
      let temp = TemporaryDirectory()
      try writeFormat(temp)
      let folder = temp.dataDirectory.devicePath(original.device)
      for (file, event) in zip(["2026-11.jsonl", Self.syncthing, Self.dropbox], choice) {
        try writeFile(RecordCodec.encode(event), to: folder + "/" + file)
      }
      let log = try LogReader(directory: temp.dataDirectory).load()
      #expect(log.events.count == 1)
      #expect(
        log.anomalies.map(label) == ["conflictingDuplicate(\(original.id.text))@1"], "assignment \(assignment)")
      winners.insert(try #require(log.events.first))
    }
    #expect(winners.count == 1, "the winner depends on file order")
  }

  @Test func missingSequenceNumberIsReportedAsAGap() throws {
    let temp = TemporaryDirectory()
    try writeFormat(temp)
    let records = [1, 2, 4, 5].map { Sample.event($0, seq: $0) }
    try writeFile(records.flatMap(RecordCodec.encode), to: Sample.segment(temp))
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events.count == 4)
    #expect(log.anomalies.map(\.kind) == [.sequenceGap(device: Sample.device, after: 2, next: 4)])
  }

  @Test func twoRecordsSharingASequenceNumberAreReported() throws {
    let temp = TemporaryDirectory()
    try writeFormat(temp)
    let records = [Sample.event(1, seq: 1), Sample.event(2, seq: 2), Sample.event(3, seq: 2), Sample.event(4, seq: 3)]
    try writeFile(records.flatMap(RecordCodec.encode), to: Sample.segment(temp))
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events.count == 4)
    #expect(log.anomalies.map(\.kind) == [.sequenceReused(device: Sample.device, seq: 2)])
  }
}
