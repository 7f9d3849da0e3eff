/// Replaces personal data in an event's `data` with a marker, keeping everything statistics
/// need: ids, types, channels, severities, outcomes, ratings, amounts, items, tags and complaint
/// categories (a short classification, not a person's words).
///
/// Redacted are the `customer` field and the free texts `text`, `note`, `reason` and `offered`
/// (also inside an amendment's `changes`), and any other string that mentions an erased name.
/// The marker is a string, so every payload stays valid and keeps counting.
public enum Redaction {
  /// What replaces a redacted value.
  public static let marker = "[redacted]"

  /// The fields that hold a name or a person's words.
  public static let personalKeys: Set<String> = ["customer", "text", "note", "reason", "offered"]

  /// `data` with its personal fields replaced when `whole` is set, and in any case every
  /// string that mentions one of `names` (normalized, see `CustomerName`).
  public static func redact(_ data: JSONValue, whole: Bool, names: [String]) -> JSONValue {
    switch data {
    case .object(let members):
      return .object(
        members.map { member in
          if whole, personalKeys.contains(member.key), case .string(let text) = member.value, text != marker {
            return JSONMember(member.key, .string(marker))
          }
          let nested = member.key == "changes" ? whole : false
          return JSONMember(member.key, redact(member.value, whole: nested, names: names))
        })
    case .array(let elements):
      return .array(elements.map { redact($0, whole: false, names: names) })
    case .string(let text):
      return names.contains(where: { CustomerName.text(text, mentions: $0) }) ? .string(marker) : data
    case .null, .bool, .number:
      return data
    }
  }

  /// `event` with `data` redacted as `redact(_:whole:names:)` says and its payload read again;
  /// unchanged when nothing was redacted.
  public static func redact(_ event: Event, whole: Bool, names: [String]) -> Event {
    let data = redact(event.data, whole: whole, names: names)
    guard data != event.data else { return event }
    var redacted = event
    redacted.data = data
    if let type = event.knownType { redacted.payload = try? Payload(type: type, data: data) }
    return redacted
  }

  /// Whether `event` names or quotes the person whose normalized name is `key`.
  public static func mentions(_ event: Event, key: String) -> Bool {
    mentions(event.data, key: key)
  }

  private static func mentions(_ value: JSONValue, key: String) -> Bool {
    switch value {
    case .object(let members): members.contains { mentions($0.value, key: key) }
    case .array(let elements): elements.contains { mentions($0, key: key) }
    case .string(let text): CustomerName.text(text, mentions: key)
    case .null, .bool, .number: false
    }
  }
}
