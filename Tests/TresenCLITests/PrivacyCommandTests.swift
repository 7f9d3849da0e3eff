import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// `tresen customer …` and `tresen prune` through the real binary.
@Suite struct PrivacyCommandTests {
  /// Records about the canary on two devices.
  func seed(_ cli: CLITestCase) throws {
    try cli.ok(
      "record", "interaction", "--channel", "counter", "--customer", "Kanarienvogel Zoë", "--rating", "4", "Zoë",
      "lobt", "den", "Kuchen")
    let id = String(try cli.ok("record", "complaint", "--customer", " kanarienvogel zoe ", "Kaffee", "kalt").dropLast())
    try cli.ok("--device", "kasse-2", "complaint", "note", id, "Rückruf", "vereinbart")
    try cli.ok(
      "--device", "kasse-2", "record", "comp", "--item", "Kuchen", "--price", "3,50", "--customer", "KANARIENVOGEL ZOË")
    try cli.ok("record", "interaction", "--channel", "phone", "--customer", "Max Weber", "--rating", "2", "Tisch")
  }

  @Test func listShowAndExportFindEveryRecordOfAPerson() throws {
    let cli = CLITestCase()
    try seed(cli)
    let list = try cli.json("customer", "list", "--json").elements ?? []
    #expect(list.map { $0["records"]?.intValue } == [4, 1])
    #expect(list.map { $0["name"]?.stringValue } == ["KANARIENVOGEL ZOË", "Max Weber"])
    #expect(list.allSatisfy { $0.members?.map(\.key) == ["name", "records", "first_seen", "last_seen"] })
    let table = try cli.ok("customer", "list")
    #expect(table.hasPrefix("Name"))
    #expect(table.contains("Max Weber"))
    #expect(try cli.ok("customer", "show", "kanarienvogel zoe").contains("Rückruf vereinbart"))
    let shown = try cli.json("customer", "show", "Kanarienvogel Zoë", "--json").elements ?? []
    #expect(
      shown.map { $0["type"]?.stringValue } == [
        "interaction.recorded", "complaint.opened", "complaint.noted", "comp.given",
      ])
    #expect(shown.allSatisfy { $0["id"]?.stringValue != nil && $0["seq"]?.intValue != nil && $0["data"] != nil })

    let out = cli.temp.appending("zoe.json")
    try cli.ok("customer", "export", "Kanarienvogel Zoë", "--out", out)
    let document = try JSONParser.parse(cli.temp.bytes("zoe.json") ?? [])
    #expect(document["format"] == "tresen-customer-export")
    #expect(document["events"]?.elements?.count == 4)
    let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int) ?? 0
    #expect(mode == 0o600)

    for command in [["show"], ["show", "--json"], ["erase"], ["export", "--out", cli.temp.appending("x.json")]] {
      let missing = try cli.tresen.run(["customer"] + command + ["Niemand"])
      #expect(missing.status == 2)
      #expect(missing.stderr.contains("No records name 'Niemand'"))
      #expect(missing.stdout.isEmpty)
    }
    #expect(!FileManager.default.fileExists(atPath: cli.temp.appending("x.json")))
    #expect(try cli.tresen.run(["customer", "show", "  "]).status == 2)
  }

  @Test func eraseLeavesNoTraceOfTheCanaryInTheDataDirOrTheCache() throws {
    let cli = CLITestCase()
    try seed(cli)
    // The dashboard's snapshot cache now holds the name as well.
    #expect(try cli.ok("dash", "--print").contains("Kanarienvogel"))
    #expect(FileManager.default.fileExists(atPath: cli.temp.appending("cache/tresen")))
    cli.temp.write(Array("{\"torn\":\"Kanarienvogel Zoë".utf8), to: "data/quarantine/kasse-1/x@1.bin")
    cli.temp.write(Array("{\"torn\":\"kanarienvogel zoe".utf8), to: "data/quarantine/kasse-2/y@1.bin")
    let before = try cli.ok("today", "--json")
    // Off a terminal nobody can be asked: the command itself is the decision.
    #expect(try cli.ok("customer", "erase", "kanarienvogel zoë").hasPrefix("Erased: 2 records redacted in 1 files"))
    // kasse-2 rewrites its own files as soon as it reads the customer.erased record.
    try cli.ok("--device", "kasse-2", "today")
    #expect(!(try cli.ok("dash", "--print").contains("Kanarienvogel")))
    let grep = Process()
    grep.executableURL = URL(fileURLWithPath: "/bin/grep")
    grep.arguments = ["-rliE", "kanarienvogel|zoë|zoe", cli.temp.appending("data"), cli.temp.appending("cache")]
    let pipe = Pipe()
    grep.standardOutput = pipe
    try grep.run()
    grep.waitUntilExit()
    #expect(String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "")

    // Same events, ratings and amounts; only names and texts are gone.
    let shape: (String) throws -> [String] = { text in
      try (JSONParser.parse(Array(text.utf8)).elements ?? []).filter { $0["type"] != "customer.erased" }.map {
        "\($0["id"]?.stringValue ?? "") \($0["data"]?["rating"]?.intValue ?? 0) \($0["data"]?["price_cents"]?.intValue ?? 0)"
      }
    }
    #expect(try shape(cli.ok("today", "--json")) == (try shape(before)))
    #expect(try cli.json("customer", "list", "--json").elements?.count == 1)
  }

  @Test func exportsLeaveOutANameErasedBeforeTheOtherDeviceRewroteItsFiles() throws {
    let cli = CLITestCase()
    try seed(cli)
    try cli.ok("customer", "erase", "kanarienvogel zoë")
    // kasse-2 has not run since: its file still names the person, the exports must not.
    for format in ["jsonl", "csv"] {
      let out = cli.temp.appending("export.\(format)")
      try cli.ok("export", "--format", format, "--out", out)
      let text = String(decoding: cli.temp.bytes("export.\(format)") ?? [], as: UTF8.self)
      #expect(!text.lowercased().contains("kanarienvogel"), "\(format)")
      #expect(text.contains("Max Weber"), "\(format): everyone else stays")
    }
    let lines = String(decoding: cli.temp.bytes("export.jsonl") ?? [], as: UTF8.self).split(separator: "\n")
    let restored = TemporaryDirectory("tresen-reimport")
    restored.write(Array((lines.joined(separator: "\n") + "\n").utf8), to: "data/devices/kasse-1/2026-11.jsonl")
    let log = try LogReader(directory: restored.dataDirectory).load()
    #expect(log.events.count == lines.count, "redacted lines carry valid CRCs")
    #expect(!log.anomalies.contains { $0.isProblem })
  }

  @Test func pruneNeedsARetentionAndListsBeforeItActs() throws {
    let cli = CLITestCase()
    try cli.ok("record", "interaction", "--channel", "counter", "--customer", "Max Weber", "Hallo")
    let none = try cli.tresen.run(["prune", "--dry-run"])
    #expect(none.status == 2)
    #expect(none.stderr.contains("retention_years"))
    cli.temp.write(Array("retention_years = 1\n".utf8), to: "config.toml")
    #expect(try cli.json("prune", "--dry-run", "--json")["records"]?.intValue == 0)
    #expect(try cli.ok("prune") == "Anonymised 0 records in 0 files on this device.\n")

    cli.temp.write(Array("retention_years = 0\n".utf8), to: "config.toml")
    let invalid = try cli.tresen.run(["prune"])
    #expect(invalid.status == 2)
    #expect(invalid.stderr.contains("'retention_years' must be a whole number of years from 1 to 100"))
  }

  @Test func pruneAnonymisesOnlyWhatIsOlderThanTheRetention() throws {
    let cli = CLITestCase()
    let old = LocalDate(year: 2021, month: 5, day: 4) ?? Fixtures.today
    try LogWriter(directory: DataDirectory(root: cli.temp.appending("data")), device: "kasse-1").append(
      .comp(Comp(item: "Torte", priceCents: 420, purpose: .goodwill, reason: "Geburtstag", customer: "Alte Dame")),
      at: Fixtures.at(10, on: old))
    try cli.ok("record", "interaction", "--channel", "counter", "--customer", "Max Weber", "--rating", "5", "Prima")
    cli.temp.write(Array("retention_years = 3\n".utf8), to: "config.toml")

    let plan = try cli.json("prune", "--dry-run", "--json")
    #expect(plan.members?.map(\.key) == ["cutoff", "records", "customers"])
    #expect(plan["records"]?.intValue == 1)
    #expect(plan["customers"]?.elements?.map { $0["name"]?.stringValue } == ["Alte Dame"])
    #expect(try cli.ok("prune", "--dry-run").contains("Alte Dame  1"))
    #expect(String(decoding: cli.segmentBytes(), as: UTF8.self).contains("Alte Dame"))

    #expect(try cli.ok("prune") == "Anonymised 1 records in 1 files on this device.\n")
    let stored = String(decoding: cli.segmentBytes(), as: UTF8.self)
    #expect(!stored.contains("Alte Dame"))
    #expect(!stored.contains("Geburtstag"))
    #expect(stored.contains("Max Weber"))
    #expect(stored.contains("\"price_cents\":420"))
    #expect(try cli.json("prune", "--dry-run", "--json")["records"]?.intValue == 0)
    #expect(try cli.tresen.run(["check"]).status == 0)
  }
}
