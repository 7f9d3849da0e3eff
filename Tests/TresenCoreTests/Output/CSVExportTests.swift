import SwiftCSV
import Testing
import TresenCore
import TresenTestSupport

/// Builds events in memory for the export tests.
enum ExportSample {
  /// An event of `payload` at `hour:minute` on `date`, as the writer would store it.
  static func event(
    _ payload: Payload, seq: Int, hour: Int, minute: Int = 0, on date: LocalDate = Fixtures.today,
    device: String = "kasse-1", staff: String? = "AM"
  ) -> Event {
    let at = Fixtures.at(hour, minute, on: date)
    return Event(
      id: Fixtures.ids(seed: UInt64(seq * 100 + hour)).next(at: at), type: payload.type.rawValue, at: at,
      device: device, seq: seq, staff: staff, data: payload.json, payload: payload)
  }

  /// An event whose type or data this build does not interpret.
  static func raw(type: String, data: JSONValue, seq: Int, hour: Int) -> Event {
    let at = Fixtures.at(hour)
    let known = EventType(rawValue: type)
    return Event(
      id: Fixtures.ids(seed: UInt64(seq * 100 + hour)).next(at: at), type: type, at: at, device: "kasse-1", seq: seq,
      staff: nil, data: data, payload: known.flatMap { try? Payload(type: $0, data: data) })
  }
}

/// Reads an export back the way a spreadsheet does: a real CSV parser, not ours.
private func readBack(_ bytes: [UInt8], delimiter: CSVDelimiter = .comma) throws -> (header: [String], rows: [[String]])
{
  var text = String(decoding: bytes, as: UTF8.self)
  if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
  let csv = try EnumeratedCSV(string: text, delimiter: delimiter, loadColumns: false)
  return (csv.header, csv.rows)
}

/// The cell of `column` in `row`.
private func cell(_ row: [String], _ column: String) -> String? {
  CSVExport.columns.firstIndex(of: column).flatMap { $0 < row.count ? row[$0] : nil }
}

@Suite struct CSVExportTests {
  let tricky = "Käsekuchen, „lecker“ sagt \"Frau Özdemir\"\nzweite Zeile\r\nund ; dritte"

  @Test func textWithUmlautsCommasQuotesAndNewlinesSurvivesARealParser() throws {
    let events = [
      ExportSample.event(
        .interaction(
          Interaction(channel: .counter, text: tricky, customer: "Jürgen Groß", rating: 5, tags: ["lob", "kuchen"])),
        seq: 1, hour: 9),
      ExportSample.event(
        .comp(Comp(item: "Espresso", priceCents: 220, costCents: 35, purpose: .recovery, customer: "Ähm, Ölaf")),
        seq: 2, hour: 10),
    ]
    let (header, rows) = try readBack(CSVExport().document(events))
    #expect(header == CSVExport.columns)
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { $0.count == CSVExport.columns.count })
    #expect(cell(rows[0], "text") == tricky)
    #expect(cell(rows[0], "customer") == "Jürgen Groß")
    #expect(cell(rows[0], "rating") == "5")
    #expect(cell(rows[0], "tags") == "lob, kuchen")
    #expect(cell(rows[0], "channel") == "counter")
    #expect(cell(rows[0], "id") == events[0].id.text)
    #expect(cell(rows[0], "date") == "2026-11-23")
    #expect(cell(rows[0], "time") == "09:00:00")
    #expect(cell(rows[0], "at") == "2026-11-23T09:00:00.000+01:00")
    #expect(cell(rows[0], "staff") == "AM")
    #expect(cell(rows[1], "price") == "2.20")
    #expect(cell(rows[1], "cost") == "0.35")
    #expect(cell(rows[1], "purpose") == "recovery")
    #expect(cell(rows[1], "customer") == "Ähm, Ölaf")
    #expect(cell(rows[1], "extra") == "")
  }

  @Test func formulaCellsAreNeutralised() throws {
    let starts = ["=HYPERLINK(\"http://x\")", "+49 170 123", "-5 Grad", "@SUM(A1)", "\tTab", "\rCR"]
    let events = starts.enumerated().map { index, text in
      ExportSample.event(.interaction(Interaction(channel: .phone, text: text)), seq: index + 1, hour: 8 + index)
    }
    let (_, rows) = try readBack(CSVExport().document(events))
    #expect(rows.map { cell($0, "text") } == starts.map { "'" + $0 })
    let bytes = CSVWriter().row(["=1+1", "a,b", "say \"hi\"", "line\nbreak", "ok"])
    #expect(String(decoding: bytes, as: UTF8.self) == "'=1+1,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",ok\r\n")
  }

  @Test func germanSpreadsheetExportHasBOMSemicolonsAndDecimalComma() throws {
    let refusal = Refusal(item: "Käsekuchen", priceCents: 300, costCents: 90, reason: .noReceipt, defect: .no)
    let events = [ExportSample.event(.refusal(refusal), seq: 1, hour: 14)]
    let bytes = CSVExport(style: .excel(for: .de)).document(events)
    #expect(Array(bytes.prefix(3)) == CSVWriter.byteOrderMark)
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("id;type;date;"))
    #expect(text.contains(";3,00;0,90;"))
    let (header, rows) = try readBack(bytes, delimiter: .semicolon)
    #expect(header == CSVExport.columns)
    #expect(cell(rows[0], "price") == "3,00")
    #expect(cell(rows[0], "reason") == "no receipt")
    #expect(cell(rows[0], "defect") == "no")
    #expect(cell(rows[0], "item") == "Käsekuchen")

    let english = CSVExport(style: .excel(for: .en)).document(events)
    #expect(Array(english.prefix(3)) == CSVWriter.byteOrderMark)
    #expect(String(decoding: english, as: UTF8.self).contains(",3.00,0.90,"))
    let plain = CSVExport().document(events)
    #expect(plain.first == UInt8(ascii: "i"), "no BOM without --excel")
    #expect(String(decoding: plain, as: UTF8.self).contains(",3.00,0.90,"))
  }

  @Test func unknownTypesAndUnknownFieldsKeepTheirDataInExtra() throws {
    let unknown = ExportSample.raw(
      type: "loyalty.stamped", data: .object([JSONMember("stamps", .int(3)), JSONMember("card", "A, \"7\"")]), seq: 1,
      hour: 8)
    let withExtra = ExportSample.raw(
      type: "interaction.recorded",
      data: .object([JSONMember("channel", "phone"), JSONMember("text", "Hallo"), JSONMember("mood", "gut")]), seq: 2,
      hour: 9)
    let (_, rows) = try readBack(CSVExport().document([unknown, withExtra]))
    #expect(cell(rows[0], "type") == "loyalty.stamped")
    #expect(cell(rows[0], "extra") == "{\"stamps\":3,\"card\":\"A, \\\"7\\\"\"}")
    #expect(cell(rows[0], "text") == "")
    #expect(cell(rows[1], "text") == "Hallo")
    #expect(cell(rows[1], "extra") == "{\"mood\":\"gut\"}")
  }

  @Test func showsEffectiveEventsFilteredByBusinessDayAndType() throws {
    let yesterday = Fixtures.today.adding(days: -1)
    let kept = ExportSample.event(.interaction(Interaction(channel: .counter, text: "alt")), seq: 1, hour: 9)
    let voided = ExportSample.event(.interaction(Interaction(channel: .counter, text: "Irrtum")), seq: 2, hour: 10)
    let late = ExportSample.event(
      .comp(Comp(item: "Wasser", priceCents: 150)), seq: 3, hour: 1, minute: 30, on: Fixtures.today)
    let early = ExportSample.event(
      .comp(Comp(item: "Keks", priceCents: 100)), seq: 4, hour: 12, on: yesterday.adding(days: -1))
    let void = ExportSample.event(
      .correction(Correction(target: voided.id, change: .void(reason: nil))), seq: 5, hour: 11)
    let amend = ExportSample.event(
      .correction(Correction(target: kept.id, change: .amend(changes: .object([JSONMember("text", "neu")])))), seq: 6,
      hour: 12)
    let stored = [early, late, kept, voided, void, amend].sorted(by: Event.historyOrder)
    let calendar = BusinessCalendar(dayStartHour: 4)
    let ledger = Ledger(stored)

    let all = CSVExport.events(ledger, filter: ExportFilter(), calendar: calendar)
    #expect(all.map(\.id) == [early.id, late.id, kept.id])
    #expect(all.last?.data["text"]?.stringValue == "neu")

    let day = ExportFilter(from: yesterday, to: yesterday)
    #expect(CSVExport.events(ledger, filter: day, calendar: calendar).map(\.id) == [late.id], "01:30 is yesterday")
    let comps = ExportFilter(types: ["comp.given"])
    #expect(CSVExport.events(ledger, filter: comps, calendar: calendar).map(\.id) == [early.id, late.id])
    let from = ExportFilter(from: Fixtures.today)
    #expect(CSVExport.events(ledger, filter: from, calendar: calendar).map(\.id) == [kept.id])

    let (_, rows) = try readBack(CSVExport(calendar: calendar).document([late]))
    #expect(cell(rows[0], "date") == yesterday.description)
    #expect(cell(rows[0], "time") == "01:30:00")
  }
}
