import Testing
import TresenCore
import TresenTestSupport

@Suite struct ComplaintCommandTests {
  @Test func aComplaintMovesThroughItsLifeCycle() throws {
    let cli = CLITestCase()
    let id = String(try cli.ok("record", "complaint", "--customer", "Björn Schäfer", "Torte", "zu", "süß").dropLast())
    let short = String(id.suffix(8))
    try cli.ok("complaint", "note", short, "Ruft", "morgen", "an")
    try cli.ok("complaint", "wait", short, "--until", "2026-12-01")
    #expect(try cli.json("complaint", "show", short, "--json")["state"] == "waiting")
    #expect(try cli.json("complaint", "show", short, "--json")["waiting_until"] == "2026-12-01")
    try cli.ok("complaint", "severity", short, "urgent")
    try cli.ok("complaint", "resolve", short, "--outcome", "voucher", "--rating", "5", "Gutschein", "gegeben")
    var shown = try cli.json("complaint", "show", id, "--json")
    #expect(shown["state"] == "resolved")
    #expect(shown["severity"] == "urgent")
    #expect(shown["outcome"] == "voucher")
    #expect(shown["rating"]?.intValue == 5)
    #expect(try cli.json("complaint", "list", "--json").elements == [])
    #expect(try cli.json("complaint", "list", "--all", "--json").elements?.count == 1)

    let again = try cli.tresen.run(["complaint", "resolve", short, "--outcome", "refund"])
    #expect(again.status == 2)
    #expect(again.stderr.contains("already resolved"))

    try cli.ok("complaint", "reopen", short, "Doch", "nicht", "gut")
    shown = try cli.json("complaint", "show", short, "--json")
    #expect(shown["state"] == "open")
    #expect(shown["reopened"]?.intValue == 1)
    let history = try #require(shown["history"]?.elements)
    #expect(
      history.map { $0["type"]?.stringValue } == [
        "complaint.opened", "complaint.noted", "complaint.waiting", "complaint.severity_changed",
        "complaint.resolved", "complaint.reopened",
      ])
    let listed = try cli.ok("complaint", "list")
    #expect(listed.contains(short))
    #expect(listed.contains("Björn Schäfer"))
  }

  @Test func germanListAndShowUseGermanWordsAndDates() throws {
    let cli = CLITestCase(language: "de")
    let id = String(try cli.ok("record", "complaint", "--severity", "hoch", "Kaffee", "kalt").dropLast())
    let list = try cli.ok("complaint", "list")
    #expect(list.contains("SCHWERE"))
    #expect(list.contains("hoch"))
    let show = try cli.ok("complaint", "show", String(id.suffix(8)))
    #expect(show.contains("Beschwerde \(id.suffix(8))"))
    #expect(show.contains("Dringlichkeit"))
  }

  @Test func voidRemovesARecordFromTodayAndCannotBeRepeated() throws {
    let cli = CLITestCase()
    let id = String(try cli.ok("record", "interaction", "--channel", "counter", "Versehen").dropLast())
    try cli.ok("record", "interaction", "--channel", "counter", "Bleibt")
    let void = try cli.tresen.run(["void", String(id.suffix(8)), "--reason", "typo"])
    #expect(void.status == 0)
    #expect(void.stderr.contains("Voided"))
    let today = try #require(try cli.json("today", "--json").elements)
    #expect(today.map { $0["data"]?["text"]?.stringValue } == ["Bleibt"])
    let again = try cli.tresen.run(["void", id])
    #expect(again.status == 2)
    #expect(again.stderr.contains("already voided"))
  }
}
