/// The figures of one business day: touchpoints, ratings, goodwill, open complaints.
public struct DaySummary: Sendable, Equatable {
  /// Touchpoints recorded (complaint follow-ups are not new touchpoints).
  public var touchpoints = 0
  /// Ratings given that day (interactions and complaint resolutions).
  public var ratings = RatingCounts()
  /// Comps and refused returns that day.
  public var goodwill = Goodwill()
  /// Complaints open or waiting now.
  public var openComplaints = 0

  /// Sums the day's effective events; `openComplaints` counts open and waiting ones now.
  /// - Complexity: O(n) in the day's events plus the number of complaints.
  public init(events: [Event], ledger: Ledger) {
    for event in events {
      goodwill.add(event)
      if case .complaintUpdate = event.payload {} else { touchpoints += 1 }
      if let rating = event.payload?.rating { ratings.add(rating: rating) }
    }
    openComplaints = ledger.complaints.values.count { $0.state != .resolved }
  }
}
