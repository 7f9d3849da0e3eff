/// A complaint and everything that happened to it since it was opened.
public struct Complaint: Sendable, Hashable {
  /// The id of the `complaint.opened` event.
  public var id: EventID
  public var openedAt: Timestamp
  public var channel: Channel
  public var customer: String?
  public var text: String
  public var category: String?
  public var severity: Severity
  public var state: ComplaintState
  /// Set while waiting with a date to follow up.
  public var waitingUntil: LocalDate?
  /// When it was last resolved (cleared on reopen).
  public var resolvedAt: Timestamp?
  public var outcome: Outcome?
  /// The customer's rating given at resolution.
  public var rating: Int?
  /// How often it was reopened.
  public var reopenCount: Int
  /// The opening event and every effective update, in history order.
  public var history: [Event]

  init(event: Event, opened: ComplaintOpened) {
    id = event.id
    openedAt = event.at
    channel = opened.channel
    customer = opened.customer
    text = opened.text
    category = opened.category
    severity = opened.severity
    state = .open
    reopenCount = 0
    history = [event]
  }

  /// Applies one update. Updates are facts: each one moves the state as it says, in
  /// history order, so two devices' updates fold the same way everywhere.
  mutating func apply(_ update: ComplaintUpdate, from event: Event) {
    history.append(event)
    switch update.change {
    case .noted: break
    case .waiting(let until, _):
      state = .waiting
      waitingUntil = until
    case .resolved(let outcome, _, let rating):
      state = .resolved
      resolvedAt = event.at
      self.outcome = outcome
      self.rating = rating
      waitingUntil = nil
    case .reopened:
      state = .open
      resolvedAt = nil
      outcome = nil
      rating = nil
      waitingUntil = nil
      reopenCount += 1
    case .severityChanged(let severity):
      self.severity = severity
    }
  }

  /// Whole days since it was opened, as of `now`.
  public func ageInDays(now: Timestamp) -> Int {
    max(0, now.localDate.daysSinceEpoch - openedAt.localDate.daysSinceEpoch)
  }
}
