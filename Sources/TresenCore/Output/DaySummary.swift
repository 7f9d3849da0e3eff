/// The figures of one business day: touchpoints, ratings, goodwill, open complaints.
public struct DaySummary: Sendable, Equatable {
  public var touchpoints = 0
  public var ratings = 0
  public var satisfied = 0
  public var comps = 0
  public var compPriceCents: Int64 = 0
  public var compCostCents: Int64 = 0
  public var refusals = 0
  public var refusalPriceCents: Int64 = 0
  /// What saying yes to every refused return would have cost (sum of known costs).
  public var refusalCostCents: Int64 = 0
  public var openComplaints = 0

  /// The share of ratings ≥ 4, or `nil` without ratings.
  public var csat: Double? { ratings == 0 ? nil : Double(satisfied) / Double(ratings) }

  /// Sums the day's effective events; `openComplaints` counts open and waiting ones now.
  public init(events: [Event], ledger: Ledger) {
    for event in events {
      switch event.payload {
      case .comp(let comp):
        comps += 1
        compPriceCents += comp.priceCents
        compCostCents += comp.costCents ?? 0
      case .refusal(let refusal):
        refusals += 1
        refusalPriceCents += refusal.priceCents
        refusalCostCents += refusal.costCents ?? 0
      default: break
      }
      if case .complaintUpdate = event.payload {} else { touchpoints += 1 }
      if let rating = event.payload?.rating {
        ratings += 1
        if rating >= 4 { satisfied += 1 }
      }
    }
    openComplaints = ledger.complaints.values.count { $0.state != .resolved }
  }
}
