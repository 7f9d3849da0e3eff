/// The history with every correction applied: what the screens, lists and reports show.
///
/// Voids remove their target everywhere (a void of a void restores the target); amendments
/// replace fields of their target's data. Correction events themselves are not touchpoints
/// and are not listed.
public struct Ledger: Sendable {
  /// Effective touchpoints in history order: not voided, amendments applied, no corrections.
  public private(set) var events: [Event]
  /// Complaints by id, with their history and current state.
  public private(set) var complaints: [EventID: Complaint]
  /// Ids of events a standing void removed.
  public private(set) var voided: Set<EventID>
  /// Every stored id (voided or not), for resolving short ids.
  public private(set) var allIDs: [EventID]

  /// Builds the ledger from the stored events in history order.
  /// - Complexity: O(n) in the number of events, plus amendments.
  public init(_ stored: [Event]) {
    allIDs = stored.map(\.id)
    let voided = Ledger.voidedIDs(stored)
    self.voided = voided

    var index: [EventID: Int] = [:]
    index.reserveCapacity(stored.count)
    var effective: [Event] = []
    effective.reserveCapacity(stored.count)
    for event in stored where voided.isEmpty || !voided.contains(event.id) {
      if case .correction(let correction) = event.payload {
        if case .amend(let changes) = correction.change, let position = index[correction.target] {
          effective[position] = Ledger.amend(effective[position], with: changes)
        }
        continue
      }
      index[event.id] = effective.count
      effective.append(event)
    }
    events = effective

    var complaints: [EventID: Complaint] = [:]
    for event in effective {
      switch event.payload {
      case .complaintOpened(let opened): complaints[event.id] = Complaint(event: event, opened: opened)
      case .complaintUpdate(let update): complaints[update.complaint]?.apply(update, from: event)
      default: break
      }
    }
    self.complaints = complaints
  }

  /// The ids a standing void removes, from stored events in history order (only the
  /// corrections among them matter).
  static func voidedIDs(_ stored: [Event]) -> Set<EventID> {
    var voided = Set<EventID>()
    // Newest first, so a void that is itself voided no longer counts.
    for event in stored.reversed() {
      guard case .correction(let correction) = event.payload, case .void = correction.change,
        !voided.contains(event.id)
      else { continue }
      voided.insert(correction.target)
    }
    return voided
  }

  /// `event` with `changes` merged into its data; unchanged when the result would not fit
  /// its type (a bad amendment never breaks a good record).
  static func amend(_ event: Event, with changes: JSONValue) -> Event {
    var data = event.data
    for member in changes.members ?? [] {
      data = data.setting(member.key, to: member.value == .null ? nil : member.value)
    }
    guard let type = event.knownType, let payload = try? Payload(type: type, data: data) else { return event }
    var amended = event
    amended.data = data
    amended.payload = payload
    return amended
  }

  /// The effective events of business day `date`.
  public func events(on date: LocalDate, calendar: BusinessCalendar) -> [Event] {
    events.filter { calendar.day(of: $0.at) == date }
  }

  /// Complaints in `states`, most urgent first (ties: oldest first).
  /// - Parameter history: what customers went through, for urgency; by default this ledger's.
  public func complaints(
    in states: Set<ComplaintState>, now: Timestamp, history: CustomerHistory? = nil
  )
    -> [Complaint]
  {
    let history = history ?? CustomerHistory(events)
    return complaints.values.filter { states.contains($0.state) }
      .map { complaint -> (Complaint, Urgency) in (complaint, Urgency(of: complaint, now: now, history: history)) }
      .sorted { lhs, rhs in
        if lhs.1.score != rhs.1.score { return lhs.1.score > rhs.1.score }
        return Event.historyOrder(lhs.0.history[0], rhs.0.history[0])
      }
      .map(\.0)
  }

  /// Customer names seen, most frequent first, for autocomplete and `customer list`.
  public var customers: [String] { Ledger.ranked(customerCounts) }

  /// How many effective events name each customer (empty names left out).
  public var customerCounts: [String: Int] {
    var counts: [String: Int] = [:]
    for event in events { if let name = event.payload?.customer, !name.isEmpty { counts[name, default: 0] += 1 } }
    return counts
  }

  /// Names by count, most frequent first (ties: alphabetically).
  static func ranked(_ counts: [String: Int]) -> [String] {
    counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
  }
}
