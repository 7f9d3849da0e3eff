/// The day close (Tagesabschluss), or the close of an ISO week or a month: the period's
/// touchpoints by channel, complaints opened, resolved and still open, goodwill at price and at
/// cost, ratings with CSAT and its interval, the satisfaction trend, and the waiting complaints
/// due the day after.
///
/// The figures are computed once from a ledger; the renderers (`text`, `markdown`, `html`)
/// only format them.
///
///     let report = DayReport(ledger, period: Period(containing: today, kind: .day),
///                            calendar: calendar, now: clock.now(), businessName: "Café Tresen")
///     print(report.text(localizer))
public struct DayReport: Sendable {
  /// How many touchpoints came through one channel.
  public struct ChannelCount: Sendable, Hashable {
    /// The channel.
    public var channel: Channel
    /// Its touchpoints in the period.
    public var count: Int
  }

  /// The output formats of the report.
  public enum Format: String, Sendable, CaseIterable {
    /// Plain aligned text for the terminal.
    case text
    /// GitHub-flavoured Markdown tables.
    case markdown
    /// One self-contained, printable HTML file with an inline SVG chart.
    case html
  }

  /// The window, in days, the trend pools its CSAT over.
  public static let trendWindow = 7
  /// How many days the trend shows, ending on the period's last day.
  public static let trendDays = 30

  /// The day, week or month reported on.
  public var period: Period
  /// The business name, as configured (unescaped; renderers escape it).
  public var businessName: String
  /// When the report was made: "still open" and ages are as of this instant.
  public var now: Timestamp
  /// Touchpoints per channel, most first (ties in channel order); channels without any are absent.
  public var touchpoints: [ChannelCount]
  /// Complaints opened in the period, oldest first.
  public var opened: [Complaint]
  /// Complaints resolved in the period (by a resolution in it), oldest first.
  public var resolved: [Complaint]
  /// Complaints open or waiting now, most urgent first.
  public var stillOpen: [Complaint]
  /// Waiting complaints whose follow-up date is the day after the period.
  public var dueNext: [Complaint]
  /// Comps and refused returns in the period.
  public var goodwill: Goodwill
  /// The period's ratings pooled.
  public var ratings: RatingCounts
  /// The pooled 7-day CSAT over the 30 days ending on the period's last day.
  public var trend: SatisfactionTrend

  /// Computes the report of `period` from `ledger`'s effective events.
  /// - Complexity: O(n + c·h) for n events and c complaints with h history entries each.
  public init(_ ledger: Ledger, period: Period, calendar: BusinessCalendar, now: Timestamp, businessName: String) {
    self.period = period
    self.businessName = businessName
    self.now = now
    let first = period.first.daysSinceEpoch
    let last = period.last.daysSinceEpoch
    func inPeriod(_ at: Timestamp) -> Bool { (first...last).contains(calendar.dayNumber(of: at)) }

    var perChannel: [Channel: Int] = [:]
    var ratings = RatingCounts.zero
    for index in ledger.events.candidates(fromDay: first, throughDay: last) {
      let event = ledger.events[index]
      guard inPeriod(event.at) else { continue }
      if let rating = event.rating { ratings.add(rating: rating) }
      if let channel = Self.touchpointChannel(of: event) { perChannel[channel, default: 0] += 1 }
    }
    touchpoints = Channel.allCases.compactMap { channel in
      perChannel[channel].map { ChannelCount(channel: channel, count: $0) }
    }
    .sorted { $0.count > $1.count }
    self.ratings = ratings

    let complaints = ledger.complaints.values.sorted { Event.historyOrder($0.history[0], $1.history[0]) }
    opened = complaints.filter { inPeriod($0.openedAt) }
    resolved = complaints.filter { complaint in
      complaint.history.contains { event in
        guard case .complaintUpdate(let update)? = event.payload, case .resolved = update.change else { return false }
        return inPeriod(event.at)
      }
    }
    stillOpen = ledger.complaints(in: [.open, .waiting], now: now)
    let dayAfter = period.last.adding(days: 1)
    dueNext = stillOpen.filter { $0.state == .waiting && $0.waitingUntil == dayAfter }
    goodwill = Goodwill(ledger.events, from: period.first, through: period.last, calendar: calendar)
    trend = SatisfactionTrend(
      DailyRatings(ledger, calendar: calendar), window: Self.trendWindow, days: Self.trendDays,
      endingAt: period.last)
  }

  /// All touchpoints of the period.
  public var touchpointTotal: Int { touchpoints.reduce(0) { $0 + $1.count } }

  /// The 95 % Wilson interval of the period's CSAT; `nil` without ratings.
  public var interval: WilsonInterval? { ratings.interval }

  /// The day after the period, when the `dueNext` complaints are due.
  public var dayAfter: LocalDate { period.last.adding(days: 1) }

  /// The report in `format` and the language of `localizer`.
  public func render(_ format: Format, _ localizer: Localizer) -> String {
    switch format {
    case .text: text(localizer)
    case .markdown: markdown(localizer)
    case .html: html(localizer)
    }
  }

  /// The channel an event counts as a touchpoint on; `nil` for complaint follow-ups.
  static func touchpointChannel(of event: Event) -> Channel? {
    switch event.payload {
    case .interaction(let interaction): interaction.channel
    case .complaintOpened(let opened): opened.channel
    case .comp, .refusal: .counter
    default: nil
    }
  }
}
