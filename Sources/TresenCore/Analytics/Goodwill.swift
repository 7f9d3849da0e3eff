/// The goodwill figures of a stretch of time: what was given away (comps) and which returns
/// were refused — with what saying yes would have cost.
///
/// Amounts are in cents. Costs are optional when recording, so cost sums cover known costs
/// only; `withoutCost` says how many records lack one.
///
///     let week = Goodwill(ledger.events, from: monday, through: sunday, calendar: calendar)
///     week.comps.costCents           // what the week's comps cost the shop
///     week.refusals.costOfYesCents   // what accepting every refused return would have cost
public struct Goodwill: Sendable, Hashable {
  /// Things given away (`comp.given`).
  public struct Comps: Sendable, Hashable {
    /// How many comps.
    public var count = 0
    /// Their sum at sales price.
    public var priceCents: Int64 = 0
    /// Their sum at known cost.
    public var costCents: Int64 = 0
    /// How many had no cost recorded.
    public var withoutCost = 0
    /// How many per purpose; purposes without comps are absent.
    public var byPurpose: [CompPurpose: Int] = [:]

    /// No comps.
    public init() {}

    /// Counts one comp.
    public mutating func add(_ comp: Comp) {
      count += 1
      priceCents += comp.priceCents
      if let cost = comp.costCents { costCents += cost } else { withoutCost += 1 }
      byPurpose[comp.purpose, default: 0] += 1
    }
  }

  /// Returns the shop said no to (`return.refused`).
  public struct Refusals: Sendable, Hashable {
    /// How many refusals, including those of defective items.
    public var count = 0
    /// Their sum at sales price.
    public var priceCents: Int64 = 0
    /// The cost of saying yes: their sum at known cost.
    public var costOfYesCents: Int64 = 0
    /// How many had no cost recorded.
    public var withoutCost = 0
    /// How many were refused although the item was defective (`defect` yes) — a warranty
    /// matter, shown apart. They are included in the other figures.
    public var withDefect = 0
    /// How many per reason; reasons without refusals are absent.
    public var byReason: [RefusalReason: Int] = [:]

    /// No refusals.
    public init() {}

    /// Counts one refusal.
    public mutating func add(_ refusal: Refusal) {
      count += 1
      priceCents += refusal.priceCents
      if let cost = refusal.costCents { costOfYesCents += cost } else { withoutCost += 1 }
      if refusal.defect == .yes { withDefect += 1 }
      byReason[refusal.reason, default: 0] += 1
    }
  }

  /// The comps.
  public var comps = Comps()
  /// The refused returns.
  public var refusals = Refusals()

  /// Nothing given away, nothing refused.
  public init() {}

  /// The goodwill of business days `first` through `last` in `events`: effective events in
  /// history order, such as `Ledger.events`.
  /// - Complexity: O(log n + m) for n events of which m lie around the range.
  public init(_ events: [Event], from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar) {
    let firstDay = first.daysSinceEpoch
    let lastDay = last.daysSinceEpoch
    guard firstDay <= lastDay else { return }
    for index in events.candidates(fromDay: firstDay, throughDay: lastDay) where events[index].isGoodwill {
      let day = calendar.dayNumber(of: events[index].at)
      if firstDay <= day && day <= lastDay { add(events[index]) }
    }
  }

  /// The goodwill of business days `first` through `last` in the ledger.
  /// - Complexity: O(log n + m) for n events of which m lie around the range.
  public init(_ ledger: Ledger, from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar) {
    self.init(ledger.events, from: first, through: last, calendar: calendar)
  }

  /// Counts `event` if it is a comp or a refused return; other events change nothing.
  public mutating func add(_ event: Event) {
    switch event.payload {
    case .comp(let comp): comps.add(comp)
    case .refusal(let refusal): refusals.add(refusal)
    default: break
    }
  }

  /// Whether nothing was given away or refused.
  public var isEmpty: Bool { comps.count == 0 && refusals.count == 0 }
}

extension Event {
  /// Whether the event is a comp or a refused return.
  var isGoodwill: Bool {
    switch payload {
    case .comp, .refusal: true
    default: false
    }
  }
}
