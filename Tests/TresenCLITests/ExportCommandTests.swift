import Foundation
import Testing
import TresenCore
import TresenTestSupport

@Suite struct ExportCommandTests {
  /// Records a few touchpoints, one of them voided.
  private func recorded(_ cli: CLITestCase) throws {
    try cli.ok("record", "interaction", "--channel", "phone", "--customer", "=HYPERLINK(1)", "Grüße, \"danke\"")
    try cli.ok(
      "record", "refusal", "--item", "Käsekuchen", "--price", "3,00", "--cost", "0,90", "--reason", "no receipt")
    let mistake = try cli.ok("record", "comp", "--item", "Irrtum", "--price", "1").trimmingCharacters(in: .newlines)
    try cli.ok("void", mistake)
  }

  @Test func csvHasAHeaderAndOneRowPerEffectiveEvent() throws {
    let cli = CLITestCase()
    try recorded(cli)
    let csv = try cli.ok("export", "--format", "csv")
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines.first == CSVExport.columns.joined(separator: ","))
    #expect(lines.count == 4, "header, two rows, and the empty rest after the last CRLF: \(lines)")
    #expect(lines[1].contains(",interaction.recorded,"))
    #expect(lines[1].contains(",phone,'=HYPERLINK(1),\"Grüße, \"\"danke\"\"\","))
    #expect(lines[2].contains(",3.00,0.90,"))
    #expect(!csv.contains("Irrtum"), "voided events are left out")
  }

  @Test func excelExportFollowsTheLanguage() throws {
    let cli = CLITestCase(language: "de")
    try recorded(cli)
    let german = try cli.ok("export", "--format", "csv", "--excel", "--type", "return.refused")
    #expect(german.hasPrefix("\u{FEFF}id;type;date;"))
    #expect(german.contains(";Käsekuchen;3,00;0,90;"))
    let english = try cli.ok("export", "--format", "csv", "--excel", "--lang", "en", "--type", "return.refused")
    #expect(english.hasPrefix("\u{FEFF}id,type,date,"))
    #expect(english.contains(",Käsekuchen,3.00,0.90,"))
  }

  @Test func jsonlIsTheStoredRecordsByteForByte() throws {
    let cli = CLITestCase()
    try recorded(cli)
    let result = try cli.tresen.run(["export", "--format", "jsonl"])
    #expect(result.status == 0)
    #expect(Array(result.stdout.utf8) == cli.segmentBytes(), "every record, the void too, as stored")
    let refusals = try cli.ok("export", "--format", "jsonl", "--type", "return.refused", "--from", "2000-01-01")
    #expect(refusals.split(separator: "\n").count == 1)
    #expect(try JSONParser.parse(Array(refusals.utf8))["type"]?.stringValue == "return.refused")
  }

  @Test func outWritesTheFileAtomicallyAndPrintsItsPath() throws {
    let cli = CLITestCase()
    try recorded(cli)
    let path = cli.temp.appending("export.csv")
    let printed = try cli.ok("export", "--format", "csv", "--out", path)
    #expect(printed == path + "\n")
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(cli.temp.bytes("export.csv") == Array(try cli.ok("export", "--format", "csv").utf8))
    let names = try FileManager.default.contentsOfDirectory(atPath: cli.temp.path)
    #expect(!names.contains { $0.contains(".tmp-") })
  }

  @Test(arguments: [
    (["--format", "csv", "--type", "return.refusd"], "return.refused"),
    (["--format", "csv", "--from", "gestern"], "gestern"),
    (["--format", "csv", "--from", "2026-11-23", "--to", "2026-11-01"], "--from"),
    (["--format", "jsonl", "--excel"], "--excel"),
    (["--format", "csv", "--type", "event.voided"], "jsonl"),
    (["--format", "xml"], "csv"),
    (["--from", "2026-11-01"], "--format"),
  ])
  func badFlagsExitWithTwoAndOneSentence(arguments: [String], mention: String) throws {
    let cli = CLITestCase()
    let result = try cli.tresen.run(["export"] + arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains(mention), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
  }

  @Test func errorsAreGermanInGerman() throws {
    let cli = CLITestCase(language: "de")
    let result = try cli.tresen.run(["export", "--format", "csv", "--type", "nix"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("ist kein Ereignistyp; möglich sind: comp.given,"), "\(result.stderr)")
    let unwritable = try cli.tresen.run(["export", "--format", "csv", "--out", cli.temp.appending("fehlt/x.csv")])
    #expect(unwritable.status == 3)
    #expect(unwritable.stderr.contains("lässt sich nicht nach"), "\(unwritable.stderr)")
  }
}
