import Foundation
import Testing
import TresenCore
import TresenTestSupport

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct DayReportRenderingTests {
  private let day = Period(containing: Fixtures.today, kind: .day)

  @Test func englishText() throws {
    let text = try DayReportFixture().report(day).text(Localizer(.en))
    #expect(text.hasPrefix("Café <Tresen> & \"Co\" — Day close 2026-11-23\nCreated 2026-11-23 20:00"))
    #expect(text.contains("  counter   8\n  phone     2\n  e-mail    1\n  Total    11"))
    #expect(text.contains("Opened: 2"))
    #expect(text.contains("Resolved: 1"))
    #expect(text.contains("Still open now: 2"))
    #expect(text.contains("Waiting, due 2026-11-24: 1"))
    #expect(text.contains("Frau M."))
    #expect(text.contains("3 d"))
    #expect(text.contains("  Comps                2     €3.70    €0.40"))
    #expect(text.contains("  Refused returns      3    €50.00   €19.00"))
    #expect(text.contains("Saying yes to every refused return would have cost €19.00."))
    #expect(text.contains("1 refused despite a defect"))
    #expect(text.contains("2 without a recorded cost"))
    #expect(text.contains("CSAT                 50%"))
    #expect(text.contains("  95% interval     15%–85%"))
    #expect(!text.contains(" \n"))
  }

  @Test func germanText() throws {
    let text = try DayReportFixture(.de).report(day).text(Localizer(.de))
    #expect(text.contains("Tagesabschluss 23.11.2026"))
    #expect(text.contains("Erstellt am 23.11.2026 20:00"))
    #expect(text.contains("Theke"))
    #expect(text.contains("Wartend, fällig am 24.11.2026: 1"))
    #expect(text.contains("50,00 €"))
    #expect(text.contains("19,00 €"))
    #expect(text.contains("Zufriedenheit           50 %"))
    #expect(text.contains("3 T"))
  }

  @Test func noRatingsShowADash() throws {
    let report = try DayReportFixture().report(Period(containing: Fixtures.today.adding(days: -1), kind: .day))
    #expect(report.ratings.n == 0)
    let text = report.text(Localizer(.en))
    let lines = text.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix("  CSAT ") && $0.hasSuffix(" –") })
    #expect(lines.contains { $0.hasPrefix("  95% interval ") && $0.hasSuffix(" –") })
    #expect(text.contains("No touchpoints recorded."))
    #expect(report.markdown(Localizer(.en)).contains("| CSAT | – |"))
  }

  @Test func markdownTablesEscapeUserText() throws {
    let markdown = try DayReportFixture().report(day).markdown(Localizer(.en))
    #expect(markdown.hasPrefix("# Café &lt;Tresen&gt; &amp; \"Co\" — Day close 2026-11-23\n"))
    #expect(markdown.contains("| Channel | Count |\n| --- | ---: |\n| counter | 8 |"))
    #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Zoë\""))
    #expect(!markdown.contains("<script>"))
    #expect(markdown.contains("Torte \\| zu süß"))
    #expect(markdown.contains("| Comps | 2 | €3.70 | €0.40 |"))
    // Every table row has as many cells as its header: no `|` from the data splits one.
    for line in markdown.split(separator: "\n") where line.hasPrefix("| ID ") || line.contains("Torte") {
      #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 7, "\(line)")
    }
    #expect(try DayReportFixture(.de).report(day).markdown(Localizer(.de)).contains("## Bewertungen"))
  }

  @Test func htmlIsWellFormedWithItsChart() throws {
    let html = try DayReportFixture().report(day).html(Localizer(.en))
    let document = try XMLDocumentSummary(html)
    #expect(document.elements.first == "html")
    #expect(document.attributes["html"]?["lang"] == "en")
    #expect(document.elements.contains("svg"))
    #expect(document.elements.contains("polygon"))
    #expect(document.elements.contains("polyline") || document.elements.contains("path"))
    #expect(document.elements.contains("title"))
    #expect(document.elements.contains("style"))
    #expect(!document.elements.contains("script"))
    #expect(!document.elements.contains("link") && !document.elements.contains("img"))
    #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("url("))
    for label in ["0%", "50%", "100%"] { #expect(document.texts.contains(label)) }
    #expect(html.contains("@media print"))
    // Two runs of rated windows: two bands, a line and a single dot.
    #expect(html.components(separatedBy: "<polygon").count - 1 == 2)
  }

  @Test func htmlEscapesEveryPieceOfUserText() throws {
    let html = try DayReportFixture().report(day).html(Localizer(.en))
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Zoë&quot;"))
    #expect(html.contains("<h1>Café &lt;Tresen&gt; &amp; &quot;Co&quot;</h1>"))
    #expect(DayReport.htmlEscaped("it's") == "it&#39;s")
    let document = try XMLDocumentSummary(html)
    #expect(document.texts.contains(DayReportFixture.hostile))
    #expect(document.texts.contains("Café <Tresen> & \"Co\""))
  }

  @Test func germanHTML() throws {
    let html = try DayReportFixture(.de).report(day).html(Localizer(.de))
    let document = try XMLDocumentSummary(html)
    #expect(document.attributes["html"]?["lang"] == "de")
    #expect(document.texts.contains("Tagesabschluss 23.11.2026"))
    for label in ["0 %", "50 %", "100 %"] { #expect(document.texts.contains(label)) }
    #expect(html.contains("19,00 €"))
  }

  @Test func weekAndMonthTitles() throws {
    let fixture = try DayReportFixture()
    let week = try #require(DayReport.period(week: "2026-W48"))
    #expect(fixture.report(week).text(Localizer(.en)).contains("Week report 2026-W48 (2026-11-23 – 2026-11-29)"))
    #expect(fixture.report(week).text(Localizer(.de)).contains("Wochenbericht 2026-W48 (23.11.2026 – 29.11.2026)"))
    let month = try #require(DayReport.period(month: "2026-11"))
    let html = fixture.report(month).html(Localizer(.en))
    #expect(try XMLDocumentSummary(html).texts.contains("Month report 2026-11 (2026-11-01 – 2026-11-30)"))
  }
}

/// An XHTML document read with `XMLParser`: element names in order, attributes of the first of
/// each name, and every text node (entities resolved). Throws when the document is not well-formed.
private final class XMLDocumentSummary: NSObject, XMLParserDelegate {
  struct Malformed: Error { var reason: String }

  var elements: [String] = []
  var attributes: [String: [String: String]] = [:]
  var texts: [String] = []
  private var text = ""

  init(_ markup: String) throws {
    super.init()
    let parser = XMLParser(data: Data(markup.utf8))
    parser.delegate = self
    guard parser.parse() else {
      throw Malformed(reason: parser.parserError.map { String(describing: $0) } ?? "unknown")
    }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String]
  ) {
    flush()
    elements.append(elementName)
    if self.attributes[elementName] == nil { self.attributes[elementName] = attributes }
  }

  func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
    flush()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  private func flush() {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.isEmpty { texts.append(trimmed) }
    text = ""
  }
}
