/// The machine-readable copy of everything recorded about a person (DSGVO Art. 15(3) and 20):
/// a self-describing JSON document with the stored envelopes of their records.
///
/// ```json
/// {"format":"tresen-customer-export","version":1,"generated_at":"…","name":"…",
///  "records":3,"events":[{"id":…,"type":…,"at":…,"dev":…,"seq":…,"by":…,"data":{…}}]}
/// ```
public enum CustomerExport {
  /// The document for `name`'s `events`, generated at `now`.
  public static func document(name: String, events: [Event], now: Timestamp) -> JSONValue {
    .object([
      JSONMember("format", "tresen-customer-export"), JSONMember("version", 1),
      JSONMember("generated_at", .string(now.description)), JSONMember("name", .string(name)),
      JSONMember("records", .int(events.count)), JSONMember("events", .array(events.map(EventJSON.envelope))),
    ])
  }

  /// The readable summary of `customer show`: a heading, then one line per record with date,
  /// time and what happened (texts sanitized).
  public static func text(
    name: String, entry: CustomerIndex.Entry?, events: [Event], localizer l: Localizer
  ) -> String {
    var lines = [VisibleText.sanitize(name)]
    if let entry {
      lines.append(
        l(.customerShowSummary, l.number(entry.records), l.dateTime(entry.firstSeen), l.dateTime(entry.lastSeen)))
    }
    for event in events {
      let customer = event.payload?.customer.map { " · " + VisibleText.sanitize($0) } ?? ""
      lines.append("\(l.dateTime(event.at))  \(event.id.short)  \(l.describe(event))\(customer)")
    }
    return lines.joined(separator: "\n")
  }
}
