import Testing
import TresenCore
import TresenTestSupport

/// `tresen trend`, `goodwill` and `touchpoints` on the real binary, in English and German.
@Suite struct InsightCommandTests {
  /// Writes a fixed day (2026-11-23, Berlin) into the test's data folder.
  private func writeDay(_ cli: CLITestCase) throws {
    let writer = LogWriter(
      directory: DataDirectory(root: cli.temp.appending("data")), device: "kasse-1", ids: Fixtures.ids(seed: 9))
    try writer.append([
      LogWriter.Draft(.interaction(Interaction(channel: .counter, text: "Lecker", rating: 5)), at: Fixtures.at(9)),
      LogWriter.Draft(.interaction(Interaction(channel: .phone, text: "Frage", rating: 2)), at: Fixtures.at(10)),
      LogWriter.Draft(.complaintOpened(ComplaintOpened(channel: .phone, text: "Zu laut")), at: Fixtures.at(11)),
      LogWriter.Draft(
        .comp(Comp(item: "Espresso", priceCents: 220, costCents: 40, purpose: .recovery)), at: Fixtures.at(12)),
      LogWriter.Draft(
        .refusal(Refusal(item: "Käsekuchen", priceCents: 300, costCents: 90, reason: .noReceipt, defect: .yes)),
        at: Fixtures.at(13)),
    ])
  }

  @Test func trendInBothLanguagesAndAsJSON() throws {
    let cli = CLITestCase()
    try cli.ok("record", "interaction", "--channel", "counter", "--rating", "5", "Lecker")
    try cli.ok("record", "interaction", "--channel", "counter", "--rating", "2", "Kalt")
    let days = try #require(try cli.json("trend", "--days", "3", "--json").elements)
    #expect(days.count == 3)
    #expect(days.last?["n"]?.intValue == 2)
    #expect(days.last?["csat"] == .number("0.5"))
    #expect(days.last?["window"]?.intValue == 7)
    #expect(try cli.json("trend", "--window", "28", "--json").elements?.count == 30)
    #expect(try cli.ok("trend").hasPrefix("Satisfaction, 30 days to"))
    let german = try cli.ok("trend", "--lang", "de", "--days", "2")
    #expect(german.contains("Zufriedenheit, 2 Tage bis") && german.contains("50 %"))
  }

  @Test func trendRejectsOtherWindowsAndDayCounts() throws {
    let cli = CLITestCase()
    let window = try cli.tresen.run(["trend", "--window", "14"])
    #expect(window.status == 2)
    #expect(window.stderr == "--window must be 7 or 28, not 14.\n")
    let days = try cli.tresen.run(["trend", "--days", "0", "--lang", "de"])
    #expect(days.status == 2)
    #expect(days.stderr.contains("--days muss eine ganze Zahl von 1 bis 3650 sein"))
  }

  @Test func goodwillInBothLanguagesAndAsJSON() throws {
    let cli = CLITestCase()
    try writeDay(cli)
    let days = try #require(
      try cli.json("goodwill", "--from", "2026-11-22", "--to", "23.11.2026", "--json").elements)
    #expect(days.compactMap { $0["group"]?.stringValue } == ["2026-11-22", "2026-11-23"])
    #expect(days[1]["comps"]?["cost_cents"]?.intValue == 40)
    #expect(days[1]["refusals"]?["cost_cents"]?.intValue == 90)
    #expect(days[1]["refusals"]?["defects"]?.intValue == 1)
    let reasons = try cli.json("goodwill", "--from", "2026-11-01", "--to", "2026-11-30", "--by", "reason", "--json")
    #expect(reasons.elements?.first?["group"] == "no receipt")
    let english = try cli.ok("goodwill", "--from", "2026-11-23", "--to", "2026-11-23", "--by", "month")
    #expect(english.contains("2026-11") && english.contains("€2.20") && english.contains("€0.90"))
    let german = try cli.ok("goodwill", "--lang", "de", "--from", "23.11.2026", "--to", "23.11.2026")
    #expect(german.contains("23.11.2026") && german.contains("2,20 €") && german.contains("Gewährleistung"))
  }

  @Test func goodwillRejectsBadGroupingsAndReversedRanges() throws {
    let cli = CLITestCase()
    let by = try cli.tresen.run(["goodwill", "--by", "hour"])
    #expect(by.status == 2)
    #expect(by.stderr == "--by must be day, week, month, purpose or reason, not 'hour'.\n")
    let reversed = try cli.tresen.run(["goodwill", "--from", "2026-11-23", "--to", "2026-11-01"])
    #expect(reversed.status == 2)
    #expect(reversed.stderr.contains("is after --to"))
    let date = try cli.tresen.run(["touchpoints", "--from", "gestern"])
    #expect(date.status == 2)
  }

  @Test func touchpointsInBothLanguagesAndAsJSON() throws {
    let cli = CLITestCase()
    try writeDay(cli)
    let channels = try #require(
      try cli.json("touchpoints", "--from", "2026-11-23", "--to", "2026-11-23", "--json").elements)
    #expect(channels.count == Channel.allCases.count)
    #expect(channels[0]["channel"] == "counter" && channels[0]["comps"]?.intValue == 1)
    #expect(channels[1]["channel"] == "phone" && channels[1]["complaints"]?.intValue == 1)
    #expect(channels[1]["csat"] == .number("0"))
    let english = try cli.ok("touchpoints", "--from", "2026-11-23", "--to", "2026-11-23")
    let lines = english.split(separator: "\n")
    #expect(lines.first { $0.hasPrefix("phone") } != nil)
    #expect(lines.last?.hasPrefix("Sorted by what hurts most") == true)
    let german = try cli.ok("touchpoints", "--lang", "de", "--from", "23.11.2026", "--to", "23.11.2026")
    #expect(german.contains("Telefon") && german.contains("Beschwerden: 1 offen"))
  }
}
