import Foundation
import Testing
import TresenTestSupport

@testable import TresenCore

/// Storage promise 8 (DESIGN.md §3.5): a snapshot plus the bytes stored since equals a full
/// replay — for random histories split at random points, with the snapshot randomly deleted,
/// cut short or damaged in between, and the day moving on so the snapshot is compacted.
@Suite struct SnapshotPropertyTests {
  static let cases = 25

  @Test func snapshotPlusTailEqualsAFullReplay() throws {
    var random = SeededRandom(seed: 0x5EED)
    var resumed = 0
    for round in 0..<SnapshotPropertyTests.cases {
      let seed = random.next()
      if case .snapshot = try check(seed: seed, random: &random, round: round) { resumed += 1 }
    }
    #expect(resumed >= SnapshotPropertyTests.cases / 5, "the snapshot path itself must be exercised")
  }

  private func check(seed: UInt64, random: inout SeededRandom, round: Int) throws -> HistoryCache.Source {
    let temp = TemporaryDirectory("tresen-snapshot")
    let directory = temp.dataDirectory
    let calendar = BusinessCalendar(dayStartHour: [0, 4][round % 2])
    let cache = HistoryCache(directory: directory, calendar: calendar, path: temp.appending("cache/snapshot.bin"))
    var history = HistoryGenerator(seed: seed)
    let total = Int.random(in: 20...220, using: &random)
    let split = Int.random(in: 1..<total, using: &random)
    try history.write(split, to: directory)
    let first = try cache.overview(today: Fixtures.today)
    #expect(first.source != .snapshot(newEvents: 0), "seed \(seed): no snapshot existed yet")

    switch Int.random(in: 0..<8, using: &random) {
    case 0: try? FileManager.default.removeItem(atPath: temp.appending("cache/snapshot.bin"))
    case 1:
      let bytes = temp.bytes("cache/snapshot.bin") ?? []
      temp.write(Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))), to: "cache/snapshot.bin")
    case 2:
      var bytes = temp.bytes("cache/snapshot.bin") ?? []
      if !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= 0x5A }
      temp.write(bytes, to: "cache/snapshot.bin")
    default: break
    }

    try history.write(total - split, to: directory, recentTargets: round % 3 != 0)
    let later = Fixtures.today.adding(days: Int.random(in: 0...12, using: &random))
    let (resumed, source) = try cache.overview(today: later)
    let log = try LogReader(directory: directory).load()
    let replayed = Overview(ledger: Ledger(log.events), calendar: calendar)
    let horizon = try #require(resumed.horizon)
    let fromSnapshot = OverviewFigures(resumed, from: horizon, through: later, calendar: calendar)
    let fromReplay = OverviewFigures(replayed, from: horizon, through: later, calendar: calendar)
    #expect(
      fromSnapshot == fromReplay,
      "seed \(seed), split \(split) of \(total), \(source): \(fromSnapshot.differences(from: fromReplay))")
    return source
  }

  /// The streaming replay (digests, complaint states decided without whole events) gives what
  /// the ledger of the whole history gives, whatever the horizon.
  @Test func theStreamingReplayEqualsTheLedgerForAnyHorizon() throws {
    var random = SeededRandom(seed: 0xD16E57)
    for round in 0..<12 {
      let seed = random.next()
      let temp = TemporaryDirectory("tresen-replay")
      var history = HistoryGenerator(seed: seed)
      try history.write(Int.random(in: 30...250, using: &random), to: temp.dataDirectory)
      let calendar = BusinessCalendar(dayStartHour: [0, 4][round % 2])
      let ledger = Ledger(try LogReader(directory: temp.dataDirectory).load().events)
      let whole = Overview(ledger: ledger, calendar: calendar)
      for back in [0, 3, 20, 61] {
        let horizon = Fixtures.today.adding(days: -back)
        let replay = HistoryReplay(directory: temp.dataDirectory, calendar: calendar, horizon: horizon.daysSinceEpoch)
        let snapshot = try #require(try replay.run())
        let streamed = snapshot.overview(calendar: calendar)
        let left = OverviewFigures(streamed, from: horizon, through: Fixtures.today, calendar: calendar)
        let right = OverviewFigures(whole, from: horizon, through: Fixtures.today, calendar: calendar)
        #expect(left == right, "seed \(seed), horizon \(horizon): \(left.differences(from: right))")
      }
    }
  }
}
