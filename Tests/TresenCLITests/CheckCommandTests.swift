import Foundation
import Testing
import TresenCore
import TresenTestSupport

@Suite struct CheckCommandTests {
  @Test func checkReportsAHandDamagedSegmentPreciselyAndRepairLosesNoByte() throws {
    let cli = CLITestCase()
    for text in ["eins", "zwei", "drei", "vier"] { try cli.ok("record", "interaction", "--channel", "phone", text) }
    let folder = cli.temp.appending("data/devices/kasse-1")
    let name = try #require(
      try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".jsonl") })
    let relative = "data/devices/kasse-1/\(name)"
    var lines = String(decoding: try #require(cli.temp.bytes(relative)), as: UTF8.self)
      .split(separator: "\n").map(String.init)
    lines[1] = String(lines[1].prefix(30)) + "}}}"  // broken JSON on line 2
    lines[2] = lines[2].replacingOccurrences(of: "drei", with: "DREI")  // edited value, stale CRC
    let damaged = Array((lines.joined(separator: "\n") + "\n{\"v\":1,\"id\":\"tor").utf8)
    cli.temp.write(damaged, to: relative)

    let check = try cli.tresen.run(["check"])
    #expect(check.status == 1)
    #expect(check.stdout.contains("devices/kasse-1/\(name):2: unreadable line"), "\(check.stdout)")
    #expect(check.stdout.contains("devices/kasse-1/\(name):3: checksum does not match"))
    #expect(check.stdout.contains("devices/kasse-1/\(name):5: torn last record: 16 bytes"))
    #expect(cli.temp.bytes(relative) == damaged, "check without --repair changes nothing")

    let repair = try cli.tresen.run(["check", "--repair"])
    #expect(repair.stdout.contains("cut a torn record of 16 bytes"), "\(repair.stdout)")
    #expect(repair.stdout.contains("moved 1 unreadable lines"))
    #expect(repair.status == 1, "the edited line is still reported")

    // Byte conservation: what was cut or moved is in quarantine, byte for byte.
    let repaired = try #require(cli.temp.bytes(relative))
    let quarantine = cli.temp.appending("data/quarantine/kasse-1")
    let copies = try FileManager.default.contentsOfDirectory(atPath: quarantine).sorted()
    let quarantined = copies.flatMap { cli.temp.bytes("data/quarantine/kasse-1/\($0)") ?? [] }
    #expect(repaired.count + quarantined.count == damaged.count)
    for copy in copies {
      let offset = try #require(Int(copy.split(separator: "@").last?.dropLast(4) ?? ""))
      let bytes = try #require(cli.temp.bytes("data/quarantine/kasse-1/\(copy)"))
      #expect(Array(damaged[offset..<(offset + bytes.count)]) == bytes)
    }
    let texts = try #require(try cli.json("today", "--json").elements).map { $0["data"]?["text"]?.stringValue }
    #expect(texts == ["eins", "DREI", "vier"])
    // Appending after the repair continues the sequence without a gap.
    try cli.ok("record", "interaction", "--channel", "phone", "fünf")
    let seqs = try #require(try cli.json("today", "--json").elements).map { $0["seq"]?.intValue }
    #expect(seqs == [1, 3, 4, 5])
  }
}
