import TresenCore

/// What the three panes show, derived from the ledger for one business day. Rebuilt when data
/// loads or the day rolls over, never on a key press.
public struct Dashboard: Sendable {
  /// The business day shown.
  public var day: LocalDate
  /// The day's touchpoints, newest first.
  public var today: [Event]
  /// Open and waiting complaints by urgency, then those resolved today (for `o` reopen).
  public var complaints: [Complaint]
  /// The day's figures (touchpoints, ratings, goodwill).
  public var summary: DaySummary
  /// Pooled satisfaction over `trendWindow` days, one point per day of the last 30.
  public var trend: SatisfactionTrend
  /// The pooling window of the trend in days (7 or 28).
  public var trendWindow: Int
  /// Customer names for autocomplete, most frequent first, indexed for prefix search.
  public var customers: CustomerIndex

  /// The pooling windows the pane offers, in days.
  public static let trendWindows = [7, 28]
  /// How many days the trend shows.
  public static let trendDays = 30

  public init(overview: Overview, now: Timestamp, calendar: BusinessCalendar, trendWindow: Int = 7) {
    let day = calendar.day(of: now)
    self.day = day
    let ledger = overview.ledger
    let events = overview.events(on: day, calendar: calendar)
    today = events.reversed()
    let resolvedToday = ledger.complaints.values
      .filter { $0.state == .resolved && $0.resolvedAt.map(calendar.day(of:)) == day }
      .sorted { ($0.resolvedAt ?? $0.openedAt) > ($1.resolvedAt ?? $1.openedAt) }
    complaints = overview.complaints(in: [.open, .waiting], now: now) + resolvedToday
    summary = DaySummary(events: events, ledger: ledger)
    self.trendWindow = trendWindow
    trend = SatisfactionTrend(overview.ratings, window: trendWindow, days: Dashboard.trendDays, endingAt: day)
    customers = CustomerIndex(customersOf: overview)
  }

  /// An empty dashboard before anything loaded.
  public init(day: LocalDate) {
    self.day = day
    today = []
    complaints = []
    summary = DaySummary(events: [], ledger: Ledger([]))
    trendWindow = 7
    trend = SatisfactionTrend(
      DailyRatings(events: [], calendar: BusinessCalendar()), window: 7, days: 30, endingAt: day)
    customers = CustomerIndex([])
  }
}
