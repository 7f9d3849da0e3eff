import Foundation
import Testing
import TresenCore
import TresenTestSupport

@Suite struct ReportCommandTests {
  @Test func outWritesTheFileAtomicallyAndPrintsItsPath() throws {
    let cli = CLITestCase()
    try cli.ok("record", "complaint", "--customer", "<b>Zoë</b>", "Kaffee", "kalt")
    let target = cli.temp.appending("tagesabschluss.html")
    let printed = try cli.ok("report", "--format", "html", "--out", target)
    #expect(printed == target + "\n")
    let html = try #require(cli.temp.bytes("tagesabschluss.html").map { String(decoding: $0, as: UTF8.self) })
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<svg"))
    #expect(html.contains("&lt;b&gt;Zoë&lt;/b&gt;"))
    let names = try FileManager.default.contentsOfDirectory(atPath: cli.temp.path)
    #expect(!names.contains { $0.hasSuffix(".tmp") })
    let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func printsTextAndMarkdownToStdout() throws {
    let cli = CLITestCase(language: "de")
    try cli.ok("record", "comp", "--item", "Espresso", "--price", "2,20", "--cost", "0,40")
    let text = try cli.ok("report")
    #expect(text.contains("Tagesabschluss"))
    #expect(text.contains("2,20 €"))
    let markdown = try cli.ok("report", "--format", "markdown", "--week", "2026-W48")
    #expect(markdown.hasPrefix("# "))
    #expect(markdown.contains("Wochenbericht 2026-W48"))
    #expect(try cli.ok("report", "--month", "2026-11", "--format", "text").contains("Monatsbericht 2026-11"))
  }

  @Test func badPeriodsAndFormatsAreUsageErrors() throws {
    let cli = CLITestCase()
    let week = try cli.tresen.run(["report", "--week", "2026-W60"])
    #expect(week.status == 2)
    #expect(week.stderr == "'2026-W60' is not an ISO week; write it as YYYY-Www, for example 2026-W48.\n")
    #expect(week.stdout.isEmpty)
    #expect(try cli.tresen.run(["report", "--month", "2026-13"]).status == 2)
    #expect(try cli.tresen.run(["report", "--date", "gestern"]).status == 2)
    #expect(try cli.tresen.run(["report", "--format", "pdf"]).status == 2)
    let both = try cli.tresen.run(["report", "--week", "2026-W48", "--month", "2026-11"])
    #expect(both.status == 2)
    #expect(both.stderr.contains("only one of --date, --week and --month"))
  }

  @Test func anUnwritableOutIsAnIOFailure() throws {
    let cli = CLITestCase()
    let result = try cli.tresen.run(["report", "--out", cli.temp.appending("missing/folder/report.txt")])
    #expect(result.status == 3)
    #expect(result.stderr.contains("check that the folder exists and is writable"))
  }
}
