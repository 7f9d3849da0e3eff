import Foundation
import Testing
import TresenTestSupport

@testable import TresenCore

/// When the snapshot may be used and when it must be rebuilt (DESIGN.md §3.5 item 8).
@Suite struct HistoryCacheTests {
  let temp = TemporaryDirectory("tresen-cache")
  var directory: DataDirectory { temp.dataDirectory }
  var cache: HistoryCache {
    HistoryCache(directory: directory, calendar: BusinessCalendar(), path: temp.appending("cache/snapshot.bin"))
  }
  let writer: LogWriter

  init() throws {
    writer = LogWriter(directory: temp.dataDirectory, device: "kasse-1")
    var history = HistoryGenerator(seed: 7)
    try history.write(120, to: temp.dataDirectory)
  }

  private func record(_ text: String, daysAgo: Int = 0) throws -> Event {
    try writer.append(
      .interaction(Interaction(channel: .counter, text: text, customer: "Zoë", rating: 5)),
      at: Fixtures.at(12, on: Fixtures.today.adding(days: -daysAgo)))
  }

  private func source() throws -> HistoryCache.Source { try cache.overview(today: Fixtures.today).source }

  @Test func aStartReadsOnlyWhatWasAppendedSinceTheSnapshot() throws {
    #expect(try source() == .replay)
    #expect(try source() == .snapshot(newEvents: 0))
    _ = try record("eins")
    _ = try record("zwei")
    #expect(try source() == .snapshot(newEvents: 2))
    #expect(try source() == .snapshot(newEvents: 0), "the snapshot moved on")
  }

  @Test func theSnapshotLivesOutsideTheDataDirectoryAndOnlyTheOwnerMayReadIt() throws {
    _ = try source()
    let path = temp.appending("cache/snapshot.bin")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let inData = try FileManager.default.subpathsOfDirectory(atPath: directory.root)
    #expect(!inData.contains { $0.contains("snapshot") })
  }

  @Test func aReplacedShrunkOrEditedSegmentMeansARebuild() throws {
    let segment = try #require(
      try FileManager.default.subpathsOfDirectory(atPath: directory.root).first { $0.hasSuffix(".jsonl") })
    let path = directory.root + "/" + segment
    _ = try source()
    // Replaced by a sync tool: a new file renamed over the old one, same bytes, new inode.
    let bytes = try #require(temp.bytes("data/" + segment))
    temp.write(bytes, to: "data/" + segment + ".new")
    _ = rename(path + ".new", path)
    #expect(try source() == .replay)
    // Shrunk, to a line boundary.
    let cut = try #require(bytes[..<(bytes.count * 2 / 3)].lastIndex(of: 0x0A))
    temp.write(Array(bytes[...cut]), to: "data/" + segment)
    #expect(try source() == .replay)
    // The last line edited in place, same length.
    var edited = try #require(temp.bytes("data/" + segment))
    edited[edited.count - 30] ^= 0x01
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.write(contentsOf: edited)
    try handle.close()
    #expect(try source() == .replay)
  }

  @Test func segmentsUntouchedForSecondsAreCheckedByStatAloneAndAnyTouchIsSeen() throws {
    // Change times tick coarsely: only one a few seconds old vouches for a segment.
    let vouchingAge = Double(Watermark.trustedAge) / 1e9 + 0.1
    Thread.sleep(forTimeInterval: vouchingAge)
    let io = FaultyIO()
    let cache = HistoryCache(
      directory: DataDirectory(root: directory.root, io: io), calendar: BusinessCalendar(),
      path: temp.appending("cache/snapshot.bin"))
    func opened() -> [String] {
      io.trace.filter { $0.kind == .open && $0.path.hasSuffix(".jsonl") }.map(\.path)
    }
    #expect(try cache.overview(today: Fixtures.today).source == .replay)
    io.clearTrace()
    #expect(try cache.overview(today: Fixtures.today).source == .snapshot(newEvents: 0))
    #expect(opened().isEmpty, "untouched segments are not opened")
    #expect(io.trace.contains { $0.kind == .stat && $0.path.hasSuffix(".jsonl") })
    // The last line edited in place, same length: the change time moves, the checksum tells.
    let segment = try #require(
      try FileManager.default.subpathsOfDirectory(atPath: directory.root).sorted().first { $0.hasSuffix(".jsonl") })
    var edited = try #require(temp.bytes("data/" + segment))
    edited[edited.count - 30] ^= 0x01
    let handle = try #require(FileHandle(forWritingAtPath: directory.root + "/" + segment))
    try handle.write(contentsOf: edited)
    try handle.close()
    #expect(try cache.overview(today: Fixtures.today).source == .replay)
    // Rebuilt right after the edit: that segment's change time is too fresh to vouch for it.
    io.clearTrace()
    #expect(try cache.overview(today: Fixtures.today).source == .snapshot(newEvents: 0))
    #expect(opened() == [directory.root + "/" + segment])
    // Once it is old enough, a start that finds the segment as it was lets it vouch from then on.
    Thread.sleep(forTimeInterval: vouchingAge)
    io.clearTrace()
    #expect(try cache.overview(today: Fixtures.today).source == .snapshot(newEvents: 0))
    #expect(opened() == [directory.root + "/" + segment])
    io.clearTrace()
    #expect(try cache.overview(today: Fixtures.today).source == .snapshot(newEvents: 0))
    #expect(opened().isEmpty)
  }

  @Test(arguments: ["last line before the file", "last line too long", "ratings centuries apart", "huge count"])
  func aCraftedSnapshotWithAValidCheckIsRebuiltNotBelieved(flaw: String) throws {
    _ = try source()
    let path = temp.appending("cache/snapshot.bin")
    var snapshot = try Snapshot(decoding: try #require(temp.bytes("cache/snapshot.bin")))
    switch flaw {
    case "last line before the file": snapshot.watermarks[0].lastLineStart = .min
    case "last line too long": snapshot.watermarks[0].lastLineStart = snapshot.watermarks[0].end - 5_000
    case "ratings centuries apart":
      snapshot.folded.ratings.add(RatingCounts(satisfied: 1), onDay: 20_000)
      snapshot.folded.ratings.add(RatingCounts(satisfied: 1), onDay: 20_001 + Snapshot.maxRatedDays)
    default: snapshot.folded.customerCounts["Zoë"] = .max
    }
    try writeFile(snapshot.encoded, to: path)
    _ = try record("danach")
    #expect(try source() == .replay)
  }

  @Test func anotherDayStartOrADamagedSnapshotMeansARebuild() throws {
    _ = try source()
    let other = HistoryCache(
      directory: directory, calendar: BusinessCalendar(dayStartHour: 4), path: temp.appending("cache/snapshot.bin"))
    #expect(try other.overview(today: Fixtures.today).source == .replay)
    var bytes = try #require(temp.bytes("cache/snapshot.bin"))
    bytes[bytes.count / 2] ^= 0xFF
    temp.write(Array(bytes.prefix(bytes.count - 5)), to: "cache/snapshot.bin")
    #expect(try other.overview(today: Fixtures.today).source == .replay)
  }

  @Test func aNewConflictCopyMeansARebuildButANewDeviceIsJustNewBytes() throws {
    _ = try source()
    _ = try LogWriter(directory: directory, device: "tablet").append(
      .interaction(Interaction(channel: .phone, text: "Anruf")), at: Fixtures.at(9))
    #expect(try source() == .snapshot(newEvents: 1))
    let segment = try #require(
      try FileManager.default.subpathsOfDirectory(atPath: directory.root).first { $0.hasPrefix("devices/kasse-1/") })
    let copy = segment.replacingOccurrences(of: ".jsonl", with: ".sync-conflict-20261123-120000-ABCDEFG.jsonl")
    temp.write(try #require(temp.bytes("data/" + segment)), to: "data/" + copy)
    #expect(try source() == .replay)
  }

  @Test func aVoidOfARecentEventResumesButAVoidOfAFoldedOneRebuilds() throws {
    let recent = try record("heute")
    let old = try record("damals", daysAgo: 40)
    _ = try source()
    _ = try writer.append(.correction(Correction(target: recent.id, change: .void(reason: nil))), at: Fixtures.at(13))
    #expect(try source() == .snapshot(newEvents: 1))
    _ = try writer.append(.correction(Correction(target: old.id, change: .void(reason: nil))), at: Fixtures.at(14))
    #expect(try source() == .replay)
    let overview = try cache.overview(today: Fixtures.today).overview
    #expect(!overview.ledger.events.contains { $0.id == recent.id })
  }

  @Test func aSnapshotStoredAgainOnALaterDayMovesToThatDaysHorizon() throws {
    _ = try source()
    let tomorrow = Fixtures.today.adding(days: 1)
    let quiet = try cache.overview(today: tomorrow)
    #expect(quiet.source == .snapshot(newEvents: 0))
    #expect(quiet.overview.horizon == Fixtures.today.adding(days: -HistoryCache.recentDays), "nothing new: kept")
    _ = try writer.append(
      .interaction(Interaction(channel: .counter, text: "morgen", customer: "Zoë", rating: 4)),
      at: Fixtures.at(9, on: tomorrow))
    let stored = try cache.overview(today: tomorrow)
    #expect(stored.source == .snapshot(newEvents: 1))
    #expect(stored.overview.horizon == tomorrow.adding(days: -HistoryCache.recentDays))
    let calendar = BusinessCalendar()
    let whole = try HistoryCache(directory: directory, calendar: calendar, path: nil).overview(today: tomorrow)
    let ids = { (overview: Overview) in overview.events(on: tomorrow, calendar: calendar).map(\.id) }
    #expect(ids(stored.overview) == ids(whole.overview))
    #expect(stored.overview.ratings == whole.overview.ratings)
  }

  @Test func aSnapshotDaysOldIsCompactedToANewHorizon() throws {
    _ = try source()
    let later = Fixtures.today.adding(days: 10)
    let moved = try cache.overview(today: later)
    #expect(moved.source == .snapshot(newEvents: 0))
    #expect(moved.overview.horizon == later.adding(days: -HistoryCache.recentDays))
  }
}

/// Erasures are applied by the exact read only: a snapshot never outlives one.
@Suite struct HistoryCacheErasureTests {
  @Test func anErasureRecordDropsTheSnapshotAndReadsExactly() throws {
    let temp = TemporaryDirectory("tresen-cache-erasure")
    var history = HistoryGenerator(seed: 9)
    try history.write(60, to: temp.dataDirectory)
    let path = temp.appending("cache/snapshot.bin")
    let cache = HistoryCache(directory: temp.dataDirectory, calendar: BusinessCalendar(), path: path)
    #expect(try cache.overview(today: Fixtures.today).source == .replay)
    #expect(FileManager.default.fileExists(atPath: path))
    let erasure = CustomerErasure(subject: String(repeating: "a", count: 64), salt: "00")
    _ = try LogWriter(directory: temp.dataDirectory, device: "kasse-1").append(.erasure(erasure), at: Fixtures.at(15))
    #expect(try cache.overview(today: Fixtures.today).source == .exactMerge)
    #expect(!FileManager.default.fileExists(atPath: path))
  }
}
