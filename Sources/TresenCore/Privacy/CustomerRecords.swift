/// Which stored events are about a person: those naming them as `customer` (directly or by an
/// amendment), the updates of their complaints, and corrections of any of these.
public enum CustomerRecords {
  /// The normalized customer name `event` carries, or that an amendment sets; `memo` keeps
  /// the keys of names already seen (a regular's name is normalized once, not per visit).
  static func customerKey(of event: Event, memo: inout [String: String]) -> String? {
    let raw: String
    if let name = event.data["customer"]?.stringValue, name != Redaction.marker {
      raw = name
    } else if event.type == EventType.eventAmended.rawValue,
      let name = event.data["changes"]?["customer"]?.stringValue, name != Redaction.marker
    {
      raw = name
    } else {
      return nil
    }
    if let key = memo[raw] { return key }
    let key = CustomerName.normalize(raw)
    memo[raw] = key
    return key
  }

  /// The ids of the events about the person whose normalized name is `key`, recorded at or
  /// before `cutoff` when one is given. `events` are the stored events in history order.
  /// - Complexity: O(n) in the number of events.
  public static func ids(of key: String, in events: [Event], through cutoff: Timestamp? = nil) -> Set<EventID> {
    var ids = Set<EventID>()
    var memo: [String: String] = [:]
    for event in events where cutoff.map({ event.at <= $0 }) ?? true {
      guard customerKey(of: event, memo: &memo) == key else { continue }
      ids.insert(event.id)
      if event.type == EventType.eventAmended.rawValue, let target = event.data["target"]?.stringValue,
        let id = EventID(target)
      {
        ids.insert(id)
      }
    }
    for event in events where cutoff.map({ event.at <= $0 }) ?? true {
      if let complaint = event.data["complaint"]?.stringValue.flatMap(EventID.init), ids.contains(complaint) {
        ids.insert(event.id)
      }
    }
    for event in events where cutoff.map({ event.at <= $0 }) ?? true {
      if let target = event.data["target"]?.stringValue.flatMap(EventID.init), ids.contains(target) {
        ids.insert(event.id)
      }
    }
    return ids
  }

  /// The updates of complaints in `ids` and the corrections of any of these, transitively.
  static func linked(to ids: Set<EventID>, in events: [Event]) -> Set<EventID> {
    var found = ids
    for field in ["complaint", "target"] {
      for event in events {
        if let linked = event.data[field]?.stringValue.flatMap(EventID.init), found.contains(linked) {
          found.insert(event.id)
        }
      }
    }
    return found
  }

  /// The events about the person whose normalized name is `key`, in history order.
  public static func events(of key: String, in events: [Event]) -> [Event] {
    let wanted = ids(of: key, in: events)
    return events.filter { wanted.contains($0.id) }
  }
}
