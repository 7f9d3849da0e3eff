/// The part of the history before a horizon, folded into the few figures the dashboard needs:
/// ratings per day, how often each customer is named, and what each customer went through.
///
/// Folded from effective events only (voids and amendments already applied), so it is kept
/// in a snapshot instead of the million events it summarises (DESIGN.md §3.5 item 8).
public struct FoldedHistory: Sendable, Hashable {
  /// Ratings per business day.
  public var ratings = DailyRatings(byDay: [:])
  /// Effective events naming each customer (empty names left out).
  public var customerCounts: [String: Int] {
    get { counts.byName }
    _modify { yield &counts.byName }
  }
  /// `customerCounts`, decoded from a snapshot when first used.
  private(set) var counts = CustomerCounts()
  /// Earlier complaints and refusals per customer.
  public var history = CustomerHistory()

  public init() {}

  init(ratings: DailyRatings, counts: CustomerCounts, history: CustomerHistory) {
    self.ratings = ratings
    self.counts = counts
    self.history = history
  }

  /// Folds in one effective event.
  mutating func add(_ event: Event, calendar: BusinessCalendar) {
    if let rating = event.rating { ratings.add(rating: rating, onDay: calendar.dayNumber(of: event.at)) }
    if let name = event.payload?.customer, !name.isEmpty { customerCounts[name, default: 0] += 1 }
    history.add(event)
  }

  /// Folds in everything `other` holds.
  mutating func merge(_ other: FoldedHistory) {
    ratings.merge(other.ratings)
    customerCounts.merge(other.customerCounts, uniquingKeysWith: +)
    history.merge(other.history)
  }
}
