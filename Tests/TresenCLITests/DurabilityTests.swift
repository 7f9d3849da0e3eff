import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// Storage promises that only real processes can show: a writer killed with SIGKILL at a random
/// moment never loses an acknowledged record, and two writers of one device never interleave.
@Suite(.serialized) struct DurabilityTests {
  /// Promise 1 and 2: `record` prints the id only after `fdatasync`; whatever moment the
  /// process dies, every printed id is in the log exactly once and the log stays readable.
  @Test func everyAcknowledgedRecordSurvivesKillNineExactlyOnce() throws {
    let cli = CLITestCase()
    var random = SeededRandom(seed: 9)
    var acknowledged: [String] = []
    // The kill lands anywhere from before the start to after the end of a writer's life, so
    // the window follows how long an unkilled `record` takes on this machine right now (a busy
    // CI runner can need far longer than an idle laptop).
    let started = ContinuousClock.now
    try cli.ok("record", "interaction", "--channel", "counter", "davor")
    let lifetime = (ContinuousClock.now - started) / .microseconds(1)
    let window = UInt32(min(2_000_000, max(120_000, lifetime * 1.5)))
    for round in 0..<150 {
      let process = cli.tresen.start(["record", "interaction", "--channel", "counter", "Runde \(round) Käsekuchen"])
      let output = Pipe()
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 0...window, using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      // Only a complete line counts as an acknowledgement.
      if printed.hasSuffix("\n"), let id = EventID(String(printed.dropLast())) { acknowledged.append(id.text) }
    }
    // The next append repairs any torn tail the kills left behind.
    try cli.ok("record", "interaction", "--channel", "counter", "danach")
    let events = try #require(try cli.json("today", "--json").elements)
    let ids = events.compactMap { $0["id"]?.stringValue }
    for id in acknowledged { #expect(ids.count { $0 == id } == 1, "acknowledged \(id) must be there exactly once") }
    #expect(Set(ids).count == ids.count)
    #expect(events.compactMap { $0["seq"]?.intValue } == Array(1...events.count))
    let check = try cli.tresen.run(["check"])
    #expect(check.status == 0, "\(check.stdout)")
    #expect(acknowledged.count > 10, "the loop should let some writers finish")
  }

  /// Promise 4: two processes of one device appending 1,000 records each at the same time;
  /// every line is whole and `seq` is gapless.
  @Test func twoConcurrentWritersNeverInterleave() throws {
    let cli = CLITestCase()
    let worker = URL(fileURLWithPath: cli.tresen.path).deletingLastPathComponent()
      .appendingPathComponent("tresen-append-worker")
    var writers: [Process] = []
    for label in ["A", "B"] {
      let process = Process()
      process.executableURL = worker
      process.arguments = [cli.temp.appending("data"), "kasse-1", "1000", "Schreiber \(label)"]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      writers.append(process)
    }
    for process in writers {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let bytes = cli.segmentBytes()
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    #expect(bytes.last == 0x0A)
    #expect(lines.count == 2001)
    let log = try LogReader(directory: cli.temp.dataDirectory).load()
    #expect(log.events.count == 2000)
    #expect(log.anomalies.isEmpty)
    #expect(log.events.map(\.seq).sorted() == Array(1...2000))
    for label in ["A", "B"] {
      let texts = log.events.sorted { $0.seq < $1.seq }.compactMap { event -> String? in
        guard case .interaction(let interaction) = event.payload else { return nil }
        return interaction.text.hasPrefix("Schreiber \(label) ") ? interaction.text : nil
      }
      #expect(texts == (1...1000).map { "Schreiber \(label) Nummer \($0)" }, "each writer's records stay in order")
    }
  }
}
