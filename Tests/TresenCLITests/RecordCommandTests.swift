import Foundation
import Testing
import TresenCore
import TresenTestSupport

@Suite struct RecordCommandTests {
  @Test func eachTypeIsRecordedWithUmlautsAndListedInTodaysJSON() throws {
    let cli = CLITestCase()
    let interaction = try cli.ok(
      "record", "interaction", "--channel", "phone", "--rating", "4", "--customer", "Jürgen Müller", "--tag", "torte",
      "Fragt", "nach", "Käsekuchen")
    let complaint = try cli.ok("record", "complaint", "--severity", "high", "--customer", "Zoë Weiß", "Kaffee kalt")
    let comp = try cli.ok(
      "record", "comp", "--item", "Espresso", "--price", "2,20", "--cost", "0.35", "--purpose", "recovery",
      "--complaint", String(complaint.dropLast().suffix(8)))
    let refusal = try cli.ok(
      "record", "refusal", "--item", "Käsekuchen", "--price", "3,00 €", "--cost", "0,90", "--reason", "no receipt",
      "--defect", "no", "--offered", "Gutschein", "Schon", "angebissen")
    for output in [interaction, complaint, comp, refusal] {
      #expect(output.hasSuffix("\n"))
      #expect(EventID(String(output.dropLast())) != nil, "record prints the id alone: \(output)")
    }
    let today = try cli.json("today", "--json")
    let events = try #require(today.elements)
    #expect(
      events.map { $0["type"]?.stringValue } == [
        "interaction.recorded", "complaint.opened", "comp.given", "return.refused",
      ])
    #expect(events[0]["data"]?["text"]?.stringValue == "Fragt nach Käsekuchen")
    #expect(events[0]["data"]?["rating"]?.intValue == 4)
    #expect(events[0]["data"]?["tags"] == .array(["torte"]))
    #expect(events[2]["data"]?["price_cents"]?.intValue == 220)
    #expect(events[2]["data"]?["cost_cents"]?.intValue == 35)
    #expect(events[2]["data"]?["complaint"]?.stringValue == String(complaint.dropLast()))
    #expect(events[3]["data"]?["item"]?.stringValue == "Käsekuchen")
    #expect(events[3]["data"]?["price_cents"]?.intValue == 300)
    #expect(events[3]["data"]?["text"]?.stringValue == "Schon angebissen")
    #expect(events.map { $0["seq"]?.intValue } == [1, 2, 3, 4])
    #expect(events.allSatisfy { $0["dev"]?.stringValue == "kasse-1" })
  }

  @Test func refusalWithCostSaysWhatYesWouldHaveCostAndWarnsOnDefects() throws {
    let cli = CLITestCase(language: "de")
    let result = try cli.tresen.run([
      "record", "refusal", "--item", "Käsekuchen", "--price", "3,00", "--cost", "0,90", "--defect", "ja",
    ])
    #expect(result.status == 0)
    #expect(result.stderr.contains("Ein Ja hätte 0,90 € gekostet."))
    #expect(result.stderr.contains("Gewährleistung"))
  }

  @Test(arguments: [
    (["record", "comp", "--item", "Espresso", "--price", "abc"], "Price: 'abc' is not an amount"),
    (["record", "comp", "--item", "Espresso", "--price=-3"], "cannot be negative"),
    (["record", "comp", "--item", "Espresso", "--price", "3,456"], "more than two decimals"),
    (["record", "comp", "--item", "Espresso", "--price", "999999999"], "is more than"),
    (["record", "interaction", "--channel", "fax", "Hallo"], "Channel: 'fax' is not valid"),
    (["record", "interaction", "--channel", "phone", "--rating", "6", "Hallo"], "from 1 to 5"),
    (["record", "interaction", "--channel", "phone", "   "], "please fill this in"),
    (["complaint", "show", "ffff"], "No record has the id 'ffff'"),
    (["today", "--date", "2026-02-30"], "is not a date"),
  ])
  func badInputIsExplainedWithExitCode2AndNothingIsRecorded(arguments: [String], message: String) throws {
    let cli = CLITestCase()
    let result = try cli.tresen.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(cli.segmentBytes().isEmpty)
  }

  @Test func anUnwritableDataDirectoryIsAnIOFailureWithExitCode3() throws {
    let cli = CLITestCase()
    cli.temp.write(Array("not a folder".utf8), to: "blocker")
    let result = try cli.tresen.run([
      "--data-dir", cli.temp.appending("blocker/data"), "record", "interaction", "--channel", "phone", "Hallo",
    ])
    #expect(result.status == 3)
    #expect(result.stderr.contains("Cannot create"))
    #expect(result.stdout.isEmpty)
  }

  @Test func aBrokenConfigNamesFileLineAndColumn() throws {
    let cli = CLITestCase()
    cli.temp.write(Array("business_name = \"Café\"\nday_start_hour = \n".utf8), to: "config.toml")
    let result = try cli.tresen.run(["today"])
    #expect(result.status == 2)
    #expect(result.stderr.contains(cli.temp.appending("config.toml") + ":2:"), "\(result.stderr)")

    cli.temp.write(Array("business_name = \"Café\"\nday_start_hour = 25\n".utf8), to: "config.toml")
    let range = try cli.tresen.run(["today"])
    #expect(range.status == 2)
    #expect(range.stderr.contains(":2: 'day_start_hour' must be a whole number from 0 to 23"), "\(range.stderr)")
  }
}

@Suite struct UsageErrorTests {
  @Test func aMissingOptionIsOneSentenceNamingTheHelpToRead() throws {
    let cli = CLITestCase()
    let result = try cli.tresen.run(["record", "interaction", "Hallo"])
    #expect(result.status == 2)
    #expect(
      result.stderr == "Missing expected argument '--channel <channel>'; see 'tresen record interaction --help'.\n")
  }
}
