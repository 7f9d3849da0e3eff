import Testing
import TresenCore
import TresenTestSupport

@Suite struct LogWriterTests {
  @Test func appendedEventsReadBackInOrderWithGaplessSequence() throws {
    let temp = TemporaryDirectory()
    let writer = LogWriter(directory: temp.dataDirectory, device: "kasse-1", ids: Fixtures.ids())
    let first = try writer.append(
      .interaction(Interaction(channel: .counter, text: "Käsekuchen gelobt", rating: 5)), at: Fixtures.at(9))
    let second = try writer.append(
      .refusal(Refusal(item: "Käsekuchen", priceCents: 300, costCents: 90, reason: .hygiene)), at: Fixtures.at(10),
      staff: "anna")
    let log = try LogReader(directory: temp.dataDirectory).load()
    #expect(log.events.map(\.id) == [first.id, second.id])
    #expect(log.events.map(\.seq) == [1, 2])
    #expect(log.events[1].payload == second.payload)
    #expect(log.events[1].staff == "anna")
    #expect(log.anomalies.isEmpty)
    #expect(temp.bytes("data/devices/kasse-1/2026-11.jsonl")?.last == 0x0A)
  }
}
