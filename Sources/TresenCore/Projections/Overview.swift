/// What the dashboard shows of the whole history: the recent events and every complaint that
/// still matters in full, and the rest folded into ratings per day, customer counts and
/// customer histories (`FoldedHistory`).
///
/// Built either from a whole `Ledger`, or from a snapshot plus the bytes appended since
/// (`HistoryCache`); both give the same answers for every business day from `horizon` on
/// (DESIGN.md §3.5 item 8).
public struct Overview: Sendable {
  /// The recent events, the complaints not resolved before `horizon` with their whole history,
  /// and the corrections of these, with the corrections applied.
  public let ledger: Ledger
  /// The first business day whose events `ledger` holds completely; `nil` when it holds all.
  public let horizon: LocalDate?
  /// Ratings per business day over the whole history.
  public let ratings: DailyRatings
  /// Customer names over the whole history, most frequent first. Ranked when asked for (a
  /// form's autocomplete), not at every start.
  public var customers: [String] {
    Ledger.ranked(foldedCounts.byName.merging(ledger.customerCounts, uniquingKeysWith: +))
  }
  /// Customer counts of the events before `horizon`.
  private let foldedCounts: CustomerCounts
  /// Earlier complaints and refusals per customer over the whole history.
  public let history: CustomerHistory
  /// Problems the reader reported (unreadable lines, conflicts, gaps).
  public let problems: Int

  /// The overview of a whole ledger.
  public init(ledger: Ledger, problems: Int = 0, calendar: BusinessCalendar) {
    self.init(folded: FoldedHistory(), recent: ledger, horizon: nil, problems: problems, calendar: calendar)
  }

  /// The overview of a folded past and the events from `horizon` on.
  init(folded: FoldedHistory, recent: Ledger, horizon: LocalDate?, problems: Int, calendar: BusinessCalendar) {
    var whole = folded
    whole.ratings.merge(DailyRatings(events: recent.events, calendar: calendar))
    whole.history.merge(CustomerHistory(recent.events))
    ledger = recent
    self.horizon = horizon
    ratings = whole.ratings
    foldedCounts = folded.counts
    history = whole.history
    self.problems = problems
  }

  /// The effective events of business day `date`, which should not be before `horizon`.
  public func events(on date: LocalDate, calendar: BusinessCalendar) -> [Event] {
    ledger.events(on: date, calendar: calendar)
  }

  /// Complaints in `states`, most urgent first (see `Ledger.complaints(in:now:history:)`).
  public func complaints(in states: Set<ComplaintState>, now: Timestamp) -> [Complaint] {
    ledger.complaints(in: states, now: now, history: history)
  }

  /// How many complaints are not resolved.
  public var unresolvedCount: Int { ledger.complaints.values.count { $0.state != .resolved } }
}
