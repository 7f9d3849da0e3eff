import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// Erasure rewrites this device's files, other devices follow from `customer.erased`, the
/// reader redacts in memory meanwhile, and statistics stay as they were.
@Suite struct ErasureTests {
  static let canary = "Kanarienvogel Zoë"

  /// Records for the canary and for someone else on two devices, plus a quarantine copy.
  func seed(_ temp: TemporaryDirectory) throws -> EventID {
    let directory = temp.dataDirectory
    let a = LogWriter(directory: directory, device: "kasse-1", ids: Fixtures.ids(seed: 1))
    let b = LogWriter(directory: directory, device: "kasse-2", ids: Fixtures.ids(seed: 2))
    try a.append(
      .interaction(Interaction(channel: .counter, text: "Zoë mochte den Kuchen", customer: Self.canary, rating: 5)),
      at: Fixtures.at(9))
    let complaint = try a.append(
      .complaintOpened(ComplaintOpened(text: "Kaffee kalt", customer: " kanarienvogel zoe ")), at: Fixtures.at(10))
    try b.append(
      .complaintUpdate(ComplaintUpdate(complaint: complaint.id, change: .noted(text: "Rückruf an Frau K."))),
      at: Fixtures.at(11))
    try b.append(
      .comp(
        Comp(
          item: "Kuchen", priceCents: 350, costCents: 90, purpose: .recovery, reason: "für Zoë",
          customer: "KANARIENVOGEL ZOË")), at: Fixtures.at(12))
    try b.append(
      .interaction(Interaction(channel: .phone, text: "Tisch reserviert", customer: "Max Weber", rating: 2)),
      at: Fixtures.at(13))
    temp.write(
      Array("{\"torn\":\"Kanarienvogel Zoë".utf8), to: "data/quarantine/kasse-1/devices__kasse-1__2026-11.jsonl@9.bin")
    temp.write(
      Array("{\"torn\":\"Kanarienvogel Zoë".utf8), to: "data/quarantine/kasse-2/devices__kasse-2__2026-11.jsonl@7.bin")
    return complaint.id
  }

  /// Every file under `root` whose bytes contain `needle`.
  func files(under root: String, containing needle: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: root)
    var hits: [String] = []
    while let relative = enumerator?.nextObject() as? String {
      let path = root + "/" + relative
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      if String(decoding: data, as: UTF8.self).contains(needle) { hits.append(relative) }
    }
    return hits
  }

  /// Ids, devices, sequence numbers, types, ratings and amounts of the effective events.
  func statistics(_ events: [Event]) -> [String] {
    events.map {
      "\($0.id.text) \($0.device) \($0.seq) \($0.type) \($0.payload?.rating ?? 0) \($0.data["price_cents"]?.intValue ?? 0)"
    }
  }

  @Test func theCanaryIsGoneFromEveryFileAndStatisticsStay() throws {
    let temp = TemporaryDirectory("tresen-erasure")
    _ = try seed(temp)
    let directory = temp.dataDirectory
    let before = statistics(Ledger(try LogReader(directory: directory).load().events).events)

    let report = try Erasure(directory: directory, device: "kasse-1", ids: Fixtures.ids(seed: 3))
      .erase(Self.canary, at: Fixtures.at(14), staff: nil)
    #expect(report.recordsRedacted == 2)
    #expect(report.quarantineRemoved.count == 1)
    #expect(report.event?.data["subject"]?.stringValue?.count == 64)
    #expect(files(under: temp.appending("data/devices/kasse-1"), containing: "Kanarienvogel").isEmpty)

    // Until kasse-2 runs, the reader redacts its records in memory.
    let log = try LogReader(directory: directory).load()
    let visible = ErasureSet(log.events).apply(to: log.events)
    #expect(
      !visible.contains {
        JSONWriter.string($0.data).contains("Kanarienvogel") || JSONWriter.string($0.data).contains("Zoë")
      })
    #expect(statistics(Ledger(visible).events) == before)

    let second = try Erasure(directory: directory, device: "kasse-2").applyPending()
    #expect(second.recordsRedacted == 2)
    #expect(files(under: temp.appending("data"), containing: "Kanarienvogel").isEmpty)
    #expect(files(under: temp.appending("data"), containing: "Zoë").isEmpty)
    #expect(files(under: temp.appending("data"), containing: "Max Weber").count == 1)

    let after = try LogReader(directory: directory).load()
    #expect(after.anomalies.isEmpty)
    #expect(statistics(Ledger(ErasureSet(after.events).apply(to: after.events)).events) == before)
    #expect(try Erasure(directory: directory, device: "kasse-2").applyPending().isEmpty)
  }

  @Test func recordsAfterTheErasureAreKept() throws {
    let temp = TemporaryDirectory("tresen-erasure")
    _ = try seed(temp)
    let directory = temp.dataDirectory
    _ = try Erasure(directory: directory, device: "kasse-1").erase(Self.canary, at: Fixtures.at(14), staff: nil)
    try LogWriter(directory: directory, device: "kasse-1").append(
      .interaction(Interaction(channel: .counter, text: "Wieder da", customer: Self.canary)), at: Fixtures.at(15))
    let log = try LogReader(directory: directory).load()
    let index = CustomerIndex(ErasureSet(log.events).apply(to: log.events))
    #expect(index.entry(for: Self.canary)?.records == 1)
  }

  @Test func retentionAnonymisesOldRecordsAndKeepsNewOnes() throws {
    let temp = TemporaryDirectory("tresen-retention")
    let writer = LogWriter(directory: temp.dataDirectory, device: "kasse-1")
    let old = LocalDate(year: 2022, month: 3, day: 1) ?? Fixtures.today
    try writer.append(
      .comp(Comp(item: "Tee", priceCents: 250, purpose: .goodwill, customer: "Alt Kunde")), at: Fixtures.at(9, on: old))
    try writer.append(
      .interaction(Interaction(channel: .counter, text: "neu", customer: "Neu Kunde", rating: 4)), at: Fixtures.at(9))
    let retention = Retention(years: 3, now: Fixtures.at(12))
    let events = try LogReader(directory: temp.dataDirectory).load().events
    #expect(retention.plan(events).total == 1)
    #expect(retention.plan(events).byCustomer.first?.name == "Alt Kunde")
    let report = try Erasure(directory: temp.dataDirectory, device: "kasse-1").applyPending(
      retentionCutoff: retention.cutoff)
    #expect(report.recordsRedacted == 1)
    let after = try LogReader(directory: temp.dataDirectory).load().events
    #expect(after.map { $0.data["customer"]?.stringValue } == ["[redacted]", "Neu Kunde"])
    #expect(after[0].data["price_cents"]?.intValue == 250)
    #expect(retention.plan(after).total == 0)
  }
}
