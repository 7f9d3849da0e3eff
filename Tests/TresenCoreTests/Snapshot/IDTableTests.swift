import Testing
import TresenTestSupport

@testable import TresenCore

/// The replay's id table finds every id it was given and no other, however it grew, and the
/// replay leaves to the exact read what a digest cannot hold.
@Suite struct IDTableTests {
  @Test func everyStoredIDIsFoundAfterGrowingAndNoOtherIs() {
    var random = SeededRandom(seed: 42)
    var ids: [EventID] = []
    // Started far too small, so the table grows many times; half the ids share their high
    // word and a quarter their low word, as ids of one millisecond or a crafted file would.
    var table = IDTable(expected: 4)
    for index in 0..<50_000 {
      let high = index % 2 == 0 ? 0x0193_F1E2_3456_7ABC : random.next()
      let low = index % 4 == 1 ? 0x8000_0000_0000_0001 : random.next()
      let id = EventID(high: high, low: low)
      if table.isFull { table.grow { ids[Int($0)] } }
      table.insert(Int32(ids.count), for: id)
      ids.append(id)
    }
    #expect(table.count == ids.count)
    for (slot, id) in ids.enumerated() {
      #expect(table.slot(of: id) { ids[Int($0)] } == Int32(slot))
    }
    for _ in 0..<10_000 {
      #expect(table.slot(of: EventID(high: random.next(), low: random.next())) { ids[Int($0)] } == nil)
    }
  }

  @Test func slotsAtBothEndsOfTheirRangeComeBackAsStored() {
    var random = SeededRandom(seed: 7)
    let slots: [Int32] = [0, -1, 1, Int32(IDTable.maxSlots - 1), Int32(-IDTable.maxSlots), -2, 12_345, -54_321]
    var ids: [Int32: EventID] = [:]
    var table = IDTable(expected: 2)
    for slot in slots {
      let id = EventID(high: random.next(), low: random.next())
      if table.isFull { table.grow { ids[$0]! } }
      table.insert(slot, for: id)
      ids[slot] = id
    }
    for slot in slots {
      #expect(table.slot(of: ids[slot]!) { ids[$0]! } == slot)
      table.prefetch(ids[slot]!)
    }
  }

  @Test func aSequenceNumberBeyondWhatADigestKeepsSendsTheReplayToTheExactRead() throws {
    let temp = TemporaryDirectory("tresen-idtable")
    try writeFormat(temp)
    let old = Sample.event(1, seq: 1 << 40, hour: 9)
    let line = RecordCodec.encode(old)
    try writeFile(line, to: Sample.segment(temp, month: "2026-10"))
    let calendar = BusinessCalendar()
    let replay = HistoryReplay(
      directory: temp.dataDirectory, calendar: calendar, horizon: Fixtures.today.adding(days: 30).daysSinceEpoch)
    #expect(try replay.run() == nil)
    #expect(try LogReader(directory: temp.dataDirectory).load().events.map(\.seq) == [1 << 40])
  }
}
