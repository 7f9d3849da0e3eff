/// Everyone the records name, with how many records are about them and when they were first
/// and last seen (`tresen customer list`). Names that differ only in case, accents or spaces
/// are one person.
public struct CustomerIndex: Sendable {
  /// One person in the index.
  public struct Entry: Sendable, Equatable {
    /// The name as most recently written.
    public var name: String
    /// The comparison key (`CustomerName.normalize`).
    public var key: String
    /// Records about the person: their own, their complaints' updates, corrections of these.
    public var records: Int
    public var firstSeen: Timestamp
    public var lastSeen: Timestamp
  }

  /// People by name, alphabetically by key.
  public private(set) var entries: [Entry] = []

  /// Builds the index from stored events in history order (erasures already applied).
  /// - Complexity: O(n) in the number of events.
  public init(_ events: [Event]) {
    var owner: [EventID: String] = [:]
    var names: [String: String] = [:]
    var memo: [String: String] = [:]
    for event in events {
      guard let key = CustomerRecords.customerKey(of: event, memo: &memo), !key.isEmpty else { continue }
      owner[event.id] = key
      if let name = event.data["customer"]?.stringValue ?? event.data["changes"]?["customer"]?.stringValue {
        names[key] = name.trimmingWhitespace()
      }
      if event.type == EventType.eventAmended.rawValue,
        let target = event.data["target"]?.stringValue.flatMap(EventID.init)
      {
        owner[target] = key
      }
    }
    for field in ["complaint", "target"] {
      for event in events where owner[event.id] == nil {
        if let linked = event.data[field]?.stringValue.flatMap(EventID.init), let key = owner[linked] {
          owner[event.id] = key
        }
      }
    }
    var byKey: [String: Entry] = [:]
    for event in events {
      guard let key = owner[event.id] else { continue }
      if var entry = byKey[key] {
        entry.records += 1
        entry.firstSeen = min(entry.firstSeen, event.at)
        entry.lastSeen = max(entry.lastSeen, event.at)
        byKey[key] = entry
      } else {
        byKey[key] = Entry(
          name: names[key] ?? key, key: key, records: 1, firstSeen: event.at, lastSeen: event.at)
      }
    }
    entries = byKey.values.sorted { $0.key < $1.key }
  }

  /// The entry for `name`, compared as `CustomerName.normalize` does.
  public func entry(for name: String) -> Entry? {
    let key = CustomerName.normalize(name)
    return entries.first { $0.key == key }
  }

  /// The JSON of `customer list --json`: `name`, `records`, `first_seen`, `last_seen`.
  public var json: JSONValue {
    .array(
      entries.map { entry in
        .object([
          JSONMember("name", .string(entry.name)), JSONMember("records", .int(entry.records)),
          JSONMember("first_seen", .string(entry.firstSeen.description)),
          JSONMember("last_seen", .string(entry.lastSeen.description)),
        ])
      })
  }
}
