/// "Every touchpoint is marketing": what happened per channel over a range of business days.
///
/// Ratings are those of interactions on the channel and of complaint resolutions, which
/// count for the channel the complaint came in through. Comps and refused returns carry no
/// channel in the data (DESIGN.md §3.4); they happen across the counter, so they are counted
/// under `counter`.
///
///     let map = TouchpointMap(ledger, from: start, through: today, calendar: calendar)
///     map.byHurt.first?.channel  // where customers leave unhappiest
public struct TouchpointMap: Sendable, Hashable {
  /// One channel's figures.
  public struct Row: Sendable, Hashable {
    /// The channel.
    public var channel: Channel
    /// Interactions recorded on it.
    public var interactions = 0
    /// Its ratings (interactions and complaint resolutions).
    public var ratings = RatingCounts.zero
    /// The sum of its ratings, for the mean.
    public var ratingSum = 0
    /// Complaints opened through it.
    public var complaints = 0
    /// Comps given (only on `counter`, see the type's notes).
    public var comps = 0
    /// Returns refused (only on `counter`, see the type's notes).
    public var refusals = 0

    /// An empty row for `channel`.
    public init(channel: Channel) { self.channel = channel }

    /// The mean rating 1…5; `nil` without ratings.
    public var meanRating: Double? { ratings.n == 0 ? nil : Double(ratingSum) / Double(ratings.n) }

    /// The pooled share of ratings ≥ 4, 0…1; `nil` without ratings.
    public var csat: Double? { ratings.csat }

    /// How much the channel hurts: complaints + refused returns + unhappy ratings (1–2) —
    /// each one a customer who left the touchpoint unhappy. Comps are not counted: they are
    /// the repair, not the damage.
    public var hurt: Int { complaints + refusals + ratings.unhappy }

    /// Whether nothing happened on it.
    public var isEmpty: Bool { interactions == 0 && ratings.n == 0 && complaints == 0 && comps == 0 && refusals == 0 }
  }

  /// One row per channel, in `Channel.allCases` order, empty channels included.
  public var rows: [Row]

  /// The touchpoints of business days `first` through `last` in the ledger.
  /// - Complexity: O(log n + m) for n events of which m lie around the range.
  public init(_ ledger: Ledger, from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar) {
    var rows = Channel.allCases.map(Row.init(channel:))
    let position = Dictionary(uniqueKeysWithValues: Channel.allCases.enumerated().map { ($1, $0) })
    let counter = position[.counter] ?? 0
    let firstDay = first.daysSinceEpoch
    let lastDay = last.daysSinceEpoch
    let events = ledger.events
    let range = firstDay <= lastDay ? events.candidates(fromDay: firstDay, throughDay: lastDay) : 0..<0
    for index in range {
      let event = events[index]
      let day = calendar.dayNumber(of: event.at)
      guard firstDay <= day && day <= lastDay else { continue }
      switch event.payload {
      case .interaction(let interaction)?:
        let row = position[interaction.channel] ?? counter
        rows[row].interactions += 1
        if let rating = interaction.rating { rows[row].add(rating: rating) }
      case .complaintOpened(let opened)?:
        rows[position[opened.channel] ?? counter].complaints += 1
      case .complaintUpdate(let update)?:
        guard case .resolved(_, _, let rating?) = update.change,
          let channel = ledger.complaints[update.complaint]?.channel
        else { continue }
        rows[position[channel] ?? counter].add(rating: rating)
      case .comp?: rows[counter].comps += 1
      case .refusal?: rows[counter].refusals += 1
      default: continue
      }
    }
    self.rows = rows
  }

  /// The channels that saw anything, the most hurting first; ties by lower CSAT (no ratings
  /// last), then by more interactions, then in channel order.
  public var byHurt: [Row] {
    rows.enumerated().filter { !$0.element.isEmpty }
      .sorted { lhs, rhs in
        let (a, b) = (lhs.element, rhs.element)
        if a.hurt != b.hurt { return a.hurt > b.hurt }
        if a.csat != b.csat { return (a.csat ?? 2) < (b.csat ?? 2) }
        if a.interactions != b.interactions { return a.interactions > b.interactions }
        return lhs.offset < rhs.offset
      }
      .map(\.element)
  }
}

extension TouchpointMap.Row {
  /// Counts one rating 1–5.
  mutating func add(rating: Int) {
    guard (1...5).contains(rating) else { return }
    ratings.add(rating: rating)
    ratingSum += rating
  }
}
