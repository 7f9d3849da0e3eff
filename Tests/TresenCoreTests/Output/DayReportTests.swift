import Testing
import TresenCore
import TresenTestSupport

@Suite struct DayReportTests {
  @Test func theDaysFigures() throws {
    let fixture = try DayReportFixture()
    let report = fixture.report(Period(containing: Fixtures.today, kind: .day))

    #expect(report.touchpoints.map(\.channel) == [.counter, .phone, .email])
    #expect(report.touchpoints.map(\.count) == [8, 2, 1])
    #expect(report.touchpointTotal == 11)

    #expect(report.opened.map(\.id) == [fixture.resolvedToday, fixture.stillOpen])
    #expect(report.resolved.map(\.id) == [fixture.resolvedToday])
    #expect(Set(report.stillOpen.map(\.id)) == [fixture.stillOpen, fixture.waiting])
    #expect(report.dueNext.map(\.id) == [fixture.waiting])
    #expect(report.dayAfter == Fixtures.today.adding(days: 1))
    let waiting = try #require(report.stillOpen.first { $0.id == fixture.waiting })
    #expect(waiting.ageInDays(now: report.now) == 3)

    var comps = Goodwill.Comps()
    comps.count = 2
    comps.priceCents = 220 + 150
    comps.costCents = 40
    comps.withoutCost = 1
    comps.byPurpose = [.recovery: 1, .marketing: 1]
    #expect(report.goodwill.comps == comps)
    #expect(report.goodwill.refusals.count == 3)
    #expect(report.goodwill.refusals.priceCents == 1200 + 3000 + 800)
    #expect(report.goodwill.refusals.costOfYesCents == 500 + 1400)
    #expect(report.goodwill.refusals.withDefect == 1)
    #expect(report.goodwill.refusals.withoutCost == 1)

    // 5, 2 and 3 from interactions, 4 from the resolution.
    #expect(report.ratings == RatingCounts(satisfied: 2, neutral: 1, unhappy: 1))
    #expect(report.ratings.csat == 0.5)
    #expect(report.interval == WilsonInterval(k: 2, n: 4))
  }

  @Test func theTrendHasGapsWhereWindowsHoldNoRatings() throws {
    let report = try DayReportFixture().report(Period(containing: Fixtures.today, kind: .day))
    let points = report.trend.points
    #expect(points.count == DayReport.trendDays)
    #expect(points.last?.date == Fixtures.today)
    #expect(report.trend.window == 7)
    // 10 November's rating fills the windows of the 10th to the 16th; the 17th to 22nd are gaps.
    let gap = try #require(report.trend.point(on: Fixtures.today.adding(days: -3)))
    #expect(gap.windowN == 0 && gap.csat == nil)
    #expect(report.trend.point(on: Fixtures.today.adding(days: -8))?.windowN == 1)
    #expect(points.last?.windowN == 4)
  }

  @Test func anISOWeekAndAMonth() throws {
    let fixture = try DayReportFixture()
    let week = try #require(DayReport.period(week: "2026-W48"))
    #expect(week.first == Fixtures.today && week.last == Fixtures.today.adding(days: 6))
    let weekly = fixture.report(week)
    #expect(weekly.touchpointTotal == 12)
    #expect(weekly.ratings.n == 5)
    #expect(weekly.dayAfter == LocalDate(year: 2026, month: 11, day: 30))
    #expect(weekly.dueNext.isEmpty)

    let month = try #require(DayReport.period(month: "2026-11"))
    #expect(month.first == LocalDate(year: 2026, month: 11, day: 1))
    #expect(month.last == LocalDate(year: 2026, month: 11, day: 30))
    let monthly = fixture.report(month)
    #expect(monthly.touchpointTotal == 15)
    #expect(monthly.ratings.n == 6)
    #expect(monthly.opened.count == 3)
    #expect(monthly.goodwill.comps.count == 3)
  }

  @Test func weekAndMonthKeysAreChecked() {
    #expect(DayReport.period(week: "2020-W53")?.first == LocalDate(year: 2020, month: 12, day: 28))
    #expect(DayReport.period(week: "2026-w01")?.first == LocalDate(year: 2025, month: 12, day: 29))
    for bad in ["2026-W54", "2025-W53", "2026-W00", "2026-48", "W48", "2026-W4", "", "2026-Wxx"] {
      #expect(DayReport.period(week: bad) == nil, "\(bad)")
    }
    #expect(DayReport.period(month: "2026-2")?.last == LocalDate(year: 2026, month: 2, day: 28))
    for bad in ["2026-13", "2026-00", "26-11", "2026/11", "2026-11-01", "november"] {
      #expect(DayReport.period(month: bad) == nil, "\(bad)")
    }
  }
}

/// A hand-made café history around Monday 2026-11-23, written with `LogWriter` and read back
/// through a workspace whose clock stands at 20:00 that day.
struct DayReportFixture {
  static let hostile = "<script>alert(1)</script> & \"Zoë\""
  static let now = Fixtures.at(20)

  let directory = TemporaryDirectory("tresen-report")
  let workspace: Workspace
  let ledger: Ledger
  /// Opened and resolved on the 23rd.
  let resolvedToday: EventID
  /// Opened on the 23rd by the hostile customer, still open.
  let stillOpen: EventID
  /// Opened on the 20th, waiting until the 24th.
  let waiting: EventID

  init(_ language: Language = .en, businessName: String = "Café <Tresen> & \"Co\"") throws {
    let dataPath = directory.appending("data")
    let writer = LogWriter(directory: DataDirectory(root: dataPath), device: "kasse-1", ids: Fixtures.ids(seed: 9))
    func add(_ payload: Payload, _ at: Timestamp) throws -> EventID { try writer.append(payload, at: at).id }
    func day(_ offset: Int, _ hour: Int, _ minute: Int = 0) -> Timestamp {
      Fixtures.at(hour, minute, on: Fixtures.today.adding(days: offset))
    }
    _ = try add(.comp(Comp(item: "Kaffee", priceCents: 300, costCents: 60)), day(-21, 9))
    _ = try add(.interaction(Interaction(channel: .counter, text: "Lob", rating: 5)), day(-13, 10))
    waiting = try add(
      .complaintOpened(ComplaintOpened(channel: .email, text: "Rechnung falsch", customer: "Frau M.")), day(-3, 10))
    _ = try add(
      .complaintUpdate(
        ComplaintUpdate(complaint: waiting, change: .waiting(until: Fixtures.today.adding(days: 1), text: nil))),
      day(-2, 11))
    resolvedToday = try add(
      .complaintOpened(ComplaintOpened(channel: .counter, text: "Kaffee kalt", customer: "Jürgen", severity: .high)),
      day(0, 9))
    stillOpen = try add(
      .complaintOpened(ComplaintOpened(channel: .phone, text: "Torte | zu süß", customer: Self.hostile)), day(0, 10))
    _ = try add(
      .complaintUpdate(
        ComplaintUpdate(complaint: resolvedToday, change: .resolved(outcome: .apology, text: nil, rating: 4))),
      day(0, 11))
    _ = try add(.interaction(Interaction(channel: .counter, text: "Espresso", rating: 5)), day(0, 12))
    _ = try add(.interaction(Interaction(channel: .counter, text: "Wartezeit", rating: 2)), day(0, 12, 30))
    _ = try add(.interaction(Interaction(channel: .phone, text: "Reservierung", rating: 3)), day(0, 13))
    _ = try add(.interaction(Interaction(channel: .email, text: "Frage zu Allergenen")), day(0, 13, 30))
    _ = try add(.comp(Comp(item: "Espresso", priceCents: 220, costCents: 40, purpose: .recovery)), day(0, 14))
    _ = try add(.comp(Comp(item: "Keks", priceCents: 150, purpose: .marketing)), day(0, 14, 10))
    _ = try add(
      .refusal(Refusal(item: "Tasse", priceCents: 1200, costCents: 500, reason: .noReceipt, defect: .no)), day(0, 15))
    _ = try add(
      .refusal(Refusal(item: "Kanne", priceCents: 3000, costCents: 1400, reason: .used, defect: .yes)), day(0, 16))
    _ = try add(.refusal(Refusal(item: "Becher", priceCents: 800, reason: .hygiene)), day(0, 17))
    _ = try add(.interaction(Interaction(channel: .counter, text: "Torte bestellt", rating: 5)), day(2, 10))

    var settings = try Settings.resolve(
      .init(dataDirectory: dataPath, device: "kasse-1", language: language),
      environment: ["HOME": directory.path, "TRESEN_CONFIG": directory.appending("none.toml")], hostName: "test")
    settings.businessName = businessName
    workspace = Workspace(settings: settings, clock: FixedClock(Self.now), ids: Fixtures.ids(seed: 3))
    ledger = try workspace.load().ledger
  }

  /// The report of `period` as of the fixture's clock.
  func report(_ period: Period) -> DayReport {
    DayReport(
      ledger, period: period, calendar: workspace.calendar, now: workspace.clock.now(),
      businessName: workspace.settings.businessName)
  }
}
