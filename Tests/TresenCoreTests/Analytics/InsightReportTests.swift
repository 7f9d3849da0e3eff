import Testing
import TresenCore
import TresenTestSupport

/// The text (German and English) and JSON of `trend`, `goodwill` and `touchpoints`.
@Suite struct InsightReportTests {
  private let english = Localizer(.en)
  private let german = Localizer(.de)

  /// Three days ending on 2026-11-01: the 30th without ratings, the 31st with one; the
  /// windows reach back over the end of summer time (2026-10-25) and the month end.
  private func trend() -> SatisfactionTrend {
    var history = HistoryBuilder()
    let summer = 7200
    history.rate(5, at: Timestamp(date: date(2026, 10, 24), hour: 12, minute: 0, offsetSeconds: summer))
    history.rate(5, at: Timestamp(date: date(2026, 10, 24), hour: 12, minute: 1, offsetSeconds: summer))
    history.rate(2, at: Timestamp(date: date(2026, 10, 25), hour: 12, minute: 0, offsetSeconds: Fixtures.berlin))
    history.rate([4], on: date(2026, 10, 31))
    history.rate([3, 5], on: date(2026, 11, 1))
    let ratings = DailyRatings(history.ledger, calendar: BusinessCalendar())
    return SatisfactionTrend(ratings, window: 7, days: 3, endingAt: date(2026, 11, 1))
  }

  @Test func trendJSONMatchesHandComputedWindows() {
    // 10-24…10-30: 2 of 3; 10-25…10-31: 1 of 2; 10-26…11-01: 2 of 3 (Wilson by hand).
    let expected =
      #"[{"date":"2026-10-30","n":0,"satisfied":0,"neutral":0,"unhappy":0,"window":7,"window_n":3,"#
      + #""csat":0.6667,"low":0.2077,"high":0.9385},"#
      + #"{"date":"2026-10-31","n":1,"satisfied":1,"neutral":0,"unhappy":0,"window":7,"window_n":2,"#
      + #""csat":0.5,"low":0.0945,"high":0.9055},"#
      + #"{"date":"2026-11-01","n":2,"satisfied":1,"neutral":1,"unhappy":0,"window":7,"window_n":3,"#
      + #""csat":0.6667,"low":0.2077,"high":0.9385}]"#
    #expect(JSONWriter.string(TrendReport.json(trend())) == expected)
  }

  @Test func anEmptyWindowIsNullInJSONAndADashInText() throws {
    let empty = SatisfactionTrend(
      DailyRatings(events: [], calendar: BusinessCalendar()), window: 28, days: 1, endingAt: Fixtures.today)
    #expect(
      JSONWriter.string(TrendReport.json(empty))
        == #"[{"date":"2026-11-23","n":0,"satisfied":0,"neutral":0,"unhappy":0,"window":28,"window_n":0,"#
        + #""csat":null,"low":null,"high":null}]"#)
    for localizer in [english, german] {
      let text = TrendReport(localizer: localizer).render(empty)
      let row = try #require(text.split(separator: "\n").first { $0.hasPrefix(localizer.date(Fixtures.today)) })
      #expect(row.contains("–"))
      #expect(!row.contains("%"))
    }
  }

  @Test func trendTextInEnglishAndGerman() {
    let en = TrendReport(localizer: english).render(trend())
    #expect(en.hasPrefix("Satisfaction, 3 days to 2026-11-01 · CSAT pooled over 7 days"))
    #expect(en.contains("\n2026-10-30        –                    67%       21%–94%      3\n"))
    #expect(en.contains("\n2026-10-31        1    1  0    0       50%        9%–91%      2\n"))
    #expect(
      en.hasSuffix(
        "Last 7 days: 67% (n = 3, 95% interval 21%–94%) · the 7 days before: 67% (n = 3, 95% interval 21%–94%)"
          + " · no clear change: the intervals overlap or a window has no ratings"))
    let de = TrendReport(localizer: german).render(trend())
    #expect(de.hasPrefix("Zufriedenheit, 3 Tage bis 01.11.2026"))
    #expect(de.contains("30.10.2026"))
    #expect(de.contains("67 %") && de.contains("21 %–94 %") && !de.contains("67%"))
    #expect(de.contains("keine klare Veränderung"))
  }

  @Test(arguments: [
    (0.0, "0"), (1.0, "1"), (0.5, "0.5"), (2.0 / 3.0, "0.6667"), (0.20765, "0.2077"), (0.99999, "1"), (0.00004, "0"),
  ])
  func fractionsHaveAtMostFourDecimals(value: Double, text: String) {
    #expect(TrendReport.fraction(value) == .number(text))
    #expect(TrendReport.fraction(nil) == .null)
  }

  private func goodwillLedger() -> Ledger {
    var history = HistoryBuilder()
    history.add(.comp(Comp(item: "Espresso", priceCents: 220, costCents: 40, purpose: .recovery)), at: Fixtures.at(9))
    history.add(.comp(Comp(item: "Kuchen", priceCents: 380, costCents: 120, purpose: .recovery)), at: Fixtures.at(10))
    history.add(.comp(Comp(item: "Keks", priceCents: 150, purpose: .marketing)), at: Fixtures.at(11))
    history.add(
      .refusal(Refusal(item: "Tasse", priceCents: 1200, costCents: 500, reason: .noReceipt)), at: Fixtures.at(12))
    history.add(
      .refusal(Refusal(item: "Kanne", priceCents: 3000, costCents: 1400, reason: .noReceipt, defect: .yes)),
      at: Fixtures.at(13))
    return history.ledger
  }

  @Test func goodwillJSONPerDayAndPerReason() {
    let ledger = goodwillLedger()
    let calendar = BusinessCalendar()
    let days = GoodwillReport.groups(
      ledger, by: .day, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    #expect(
      JSONWriter.string(GoodwillReport.json(days))
        == #"[{"group":"2026-11-23","comps":{"count":3,"price_cents":750,"cost_cents":160},"#
        + #""refusals":{"count":2,"price_cents":4200,"cost_cents":1900,"defects":1}}]"#)
    let reasons = GoodwillReport.groups(
      ledger, by: .reason, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    let json = GoodwillReport.json(reasons)
    #expect(json.elements?.count == RefusalReason.allCases.count)
    #expect(json.elements?.first?["group"] == "no receipt")
    #expect(json.elements?.first?["refusals"]?["defects"]?.intValue == 1)
  }

  @Test func goodwillTextInEnglishAndGerman() {
    let ledger = goodwillLedger()
    let calendar = BusinessCalendar()
    let weeks = GoodwillReport.groups(
      ledger, by: .week, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    let en = GoodwillReport(localizer: english).render(weeks, by: .week, from: Fixtures.today, through: Fixtures.today)
    #expect(en.hasPrefix("Goodwill 2026-11-23 – 2026-11-23, by week"))
    #expect(en.contains("2026-W48"))
    #expect(en.contains("€7.50") && en.contains("€1.60") && en.contains("€42.00") && en.contains("€19.00"))
    #expect(en.contains("Total"))
    #expect(en.contains("1 records have no cost"))
    #expect(en.contains("1 refused returns had a defect"))
    let de = GoodwillReport(localizer: german).render(weeks, by: .week, from: Fixtures.today, through: Fixtures.today)
    #expect(de.hasPrefix("Kulanz 23.11.2026 – 23.11.2026, nach Woche"))
    #expect(de.contains("KW 48/2026"))
    #expect(de.contains("7,50 €") && de.contains("19,00 €") && de.contains("Summe"))
    #expect(de.contains("Gewährleistung"))

    let purposes = GoodwillReport.groups(
      ledger, by: .purpose, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    let byPurpose = GoodwillReport(localizer: german).render(
      purposes, by: .purpose, from: Fixtures.today, through: Fixtures.today)
    #expect(byPurpose.contains(german.label(CompPurpose.recovery)))
  }

  @Test func touchpointJSONListsEveryChannelInOrder() {
    let map = TouchpointMap(
      TouchpointMapTests.history().ledger, from: Fixtures.today, through: Fixtures.today,
      calendar: BusinessCalendar(dayStartHour: 4))
    let json = TouchpointReport.json(map)
    #expect(json.elements?.compactMap { $0["channel"]?.stringValue } == Channel.allCases.map(\.rawValue))
    #expect(
      json.elements?.first.map(JSONWriter.string)
        == #"{"channel":"counter","interactions":4,"ratings":3,"csat":0.3333,"complaints":0,"comps":1,"refusals":1}"#)
    #expect(json.elements?[3]["csat"] == .null)
  }

  @Test func touchpointTextInEnglishAndGerman() {
    let ledger = TouchpointMapTests.history().ledger
    let calendar = BusinessCalendar(dayStartHour: 4)
    let map = TouchpointMap(ledger, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    let figures = ComplaintFigures(ledger, from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    let en = TouchpointReport(localizer: english).render(
      map, complaints: figures, from: Fixtures.today, through: Fixtures.today)
    let lines = en.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines[0] == "Touchpoints 2026-11-23 – 2026-11-23 · every touchpoint is marketing")
    #expect(lines[3].hasPrefix("phone") && lines[4].hasPrefix("counter") && lines[5].hasPrefix("e-mail"))
    #expect(lines[3].contains(" 2.0    0%"))
    #expect(
      en.contains(
        "Complaints: 1 open (0 waiting, 0 past their date) · median age 0 days · median time to resolution 4 h"
          + " (1 resolved in the range)"))
    #expect(lines.last?.hasPrefix("Sorted by what hurts most") == true)
    let de = TouchpointReport(localizer: german).render(
      map, complaints: figures, from: Fixtures.today, through: Fixtures.today)
    #expect(de.contains("Telefon") && de.contains("Theke") && de.contains("0 %") && de.contains("4 Std."))
    #expect(de.split(separator: "\n").last?.hasPrefix("Sortiert nach dem, was am meisten schadet") == true)
  }

  @Test func decimalsFollowTheLanguage() {
    #expect(TouchpointReport(localizer: english).decimal(4.25) == "4.3")
    #expect(TouchpointReport(localizer: german).decimal(4.25) == "4,3")
    #expect(TouchpointReport(localizer: german).decimal(3) == "3")
    #expect(TouchpointReport(localizer: english).duration(hours: 72) == "3 days")
  }
}
