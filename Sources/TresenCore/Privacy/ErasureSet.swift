/// The erasures and retention cutoff in force for a set of stored events, and how to apply
/// them in memory: records of an erased person written before the erasure are redacted even
/// while another device has not yet rewritten its own files.
public struct ErasureSet: Sendable {
  /// Normalized names with the time of their newest erasure.
  public private(set) var erased: [String: Timestamp] = [:]
  /// Records named by the erasures themselves (see `CustomerErasure.records`).
  public private(set) var erasedIDs = Set<EventID>()
  /// Events at or before this instant are anonymised (retention); `nil` keeps everything.
  public var retentionCutoff: Timestamp?

  /// Finds the erased names among the customers `events` mention.
  /// - Complexity: O(names × erasures) hashes; nothing when there is no erasure.
  public init(_ events: [Event], retentionCutoff: Timestamp? = nil) {
    self.retentionCutoff = retentionCutoff
    let erasures = events.compactMap { event -> (CustomerErasure, Timestamp)? in
      if case .erasure(let erasure) = event.payload { return (erasure, event.at) }
      return nil
    }
    guard !erasures.isEmpty else { return }
    for (erasure, _) in erasures { erasedIDs.formUnion(erasure.records) }
    var raw = Set<String>()
    for event in events {
      if let name = event.data["customer"]?.stringValue ?? event.data["changes"]?["customer"]?.stringValue {
        raw.insert(name)
      }
    }
    var names: [String: String] = [:]
    for name in raw { names[CustomerName.normalize(name)] = name }
    for (key, name) in names where !key.isEmpty {
      for (erasure, at) in erasures where erasure.matches(name) {
        erased[key] = max(erased[key] ?? at, at)
      }
    }
  }

  /// Whether nothing needs redacting.
  public var isEmpty: Bool { erased.isEmpty && erasedIDs.isEmpty && retentionCutoff == nil }

  /// `events` with every erasure and the retention cutoff applied, and without the
  /// `customer.erased` events themselves (they are not touchpoints).
  /// - Complexity: O(n × erased names).
  public func apply(to events: [Event]) -> [Event] {
    let visible = events.filter { $0.type != EventType.customerErased.rawValue }
    guard !isEmpty else { return visible }
    let whole = wholeIDs(in: events)
    return visible.map { redact($0, whole: whole) }
  }

  /// The ids of events whose personal fields go entirely.
  func wholeIDs(in events: [Event]) -> Set<EventID> {
    var whole = erasedIDs
    for (key, at) in erased { whole.formUnion(CustomerRecords.ids(of: key, in: events, through: at)) }
    whole.formUnion(CustomerRecords.linked(to: whole, in: events))
    if let cutoff = retentionCutoff {
      for event in events where event.at <= cutoff { whole.insert(event.id) }
    }
    return whole
  }

  /// `event` redacted; `whole` from `wholeIDs(in:)`.
  func redact(_ event: Event, whole: Set<EventID>) -> Event {
    let names = erased.filter { event.at <= $0.value }.map(\.key).sorted()
    guard whole.contains(event.id) || !names.isEmpty else { return event }
    return Redaction.redact(event, whole: whole.contains(event.id), names: names)
  }
}
