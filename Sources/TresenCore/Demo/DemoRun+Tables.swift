/// The weights behind the demo's choices.
extension DemoRun {
  /// Channels of interactions on an open day: the counter by far the most.
  static let channels = WeightedTable<Channel>([
    (.counter, 62), (.phone, 8), (.email, 6), (.chat, 3), (.social, 4), (.review, 5), (.invoice, 2),
    (.delivery, 4), (.product, 3), (.website, 2), (.other, 1),
  ])

  /// Channels handled on the rest day, in the back office.
  static let officeChannels = WeightedTable<Channel>([
    (.email, 45), (.review, 25), (.invoice, 12), (.social, 10), (.website, 8),
  ])

  static let complaintChannels = WeightedTable<Channel>([
    (.counter, 55), (.phone, 10), (.email, 12), (.review, 8), (.social, 4), (.delivery, 5), (.chat, 2),
    (.website, 2), (.product, 2),
  ])

  static let officeComplaintChannels = WeightedTable<Channel>([(.email, 60), (.review, 30), (.social, 10)])

  static let severities = WeightedTable<Severity>([(.low, 25), (.normal, 50), (.high, 20), (.urgent, 5)])

  static let complaintCategories = WeightedTable<Int>(
    DemoPhrases.complaintCategories.indices.map { ($0, DemoPhrases.complaintCategories[$0].weight) })

  /// Outcomes of a complaint settled on the spot at the counter.
  static let quickOutcomes = WeightedTable<Outcome>([
    (.replacement, 35), (.apology, 30), (.refund, 12), (.explanation, 8), (.voucher, 5),
  ])

  /// Outcomes of a complaint that took days.
  static let slowOutcomes = WeightedTable<Outcome>([
    (.refund, 15), (.replacement, 20), (.voucher, 15), (.comp, 8), (.apology, 15), (.explanation, 12),
    (.rejected, 8), (.repair, 2), (.other, 5),
  ])

  /// Purposes of comps that are not linked to a complaint.
  static let compPurposes = WeightedTable<CompPurpose>([
    (.goodwill, 45), (.staff, 30), (.marketing, 14), (.recovery, 6), (.other, 5),
  ])

  static let foodItems = items { [.pastry, .cake, .bread].contains($0.kind) }
  static let christmasFoodItems = items { [.pastry, .cake, .bread].contains($0.kind) || $0.isSeasonal }
  static let orderItems = items { [.pastry, .cake, .wholeCake].contains($0.kind) }
  static let retailItems = items { $0.kind == .retail && !$0.isSeasonal }
  static let christmasRetailItems = items { $0.kind == .retail }
  static let smallItems = items { [.drink, .pastry, .cake, .bread].contains($0.kind) && !$0.isSeasonal }
  static let cakeItems = items { $0.kind == .cake || $0.kind == .pastry }
  /// What people try to bring back: cake, whole cakes, coffee beans, the mug, Stollen.
  static let refusableItems = refusable(DemoItem.catalog.filter { !$0.isSeasonal })
  static let christmasRefusableItems = refusable(DemoItem.catalog)

  private static func refusable(_ catalog: [DemoItem]) -> WeightedTable<DemoItem> {
    WeightedTable(
      catalog.map { item in
        switch item.kind {
        case .cake: (item, 4.0)
        case .wholeCake: (item, 5.0)
        case .retail: (item, 6.0)
        case .pastry, .bread: (item, 1.0)
        case .drink: (item, 0.0)
        }
      })
  }

  private static func items(_ include: (DemoItem) -> Bool) -> WeightedTable<DemoItem> {
    WeightedTable(DemoItem.catalog.filter(include).map { ($0, $0.popularity) })
  }
}
