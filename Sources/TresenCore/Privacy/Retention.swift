/// Storage limitation (DSGVO Art. 5(1)(e)): records older than `retention_years` are
/// anonymised the way erasure does it — names and free texts go, ids, types, ratings and
/// amounts stay, so counts and trends over old periods do not change.
public struct Retention: Sendable {
  /// Records at or before this instant are anonymised.
  public var cutoff: Timestamp

  /// The cutoff `years` before `now`: the same local date and time, `years` earlier (29
  /// February becomes 28 February).
  public init(years: Int, now: Timestamp) {
    let date = now.localDate
    let earlier =
      LocalDate(year: date.year - years, month: date.month, day: date.day)
      ?? LocalDate(year: date.year - years, month: date.month, day: 28) ?? date
    let (hour, minute, second) = now.localTime
    cutoff = Timestamp(date: earlier, hour: hour, minute: minute, second: second, offsetSeconds: now.offsetSeconds)
  }

  /// What `prune` would anonymise: per customer (and `nil` for records naming nobody), the
  /// number of old records that still hold personal data.
  public struct Plan: Sendable, Equatable {
    public var byCustomer: [(name: String?, records: Int)]
    public var total: Int

    public static func == (lhs: Plan, rhs: Plan) -> Bool {
      lhs.total == rhs.total && lhs.byCustomer.map(\.name) == rhs.byCustomer.map(\.name)
        && lhs.byCustomer.map(\.records) == rhs.byCustomer.map(\.records)
    }

    /// The JSON of `prune --dry-run --json`.
    public func json(cutoff: Timestamp) -> JSONValue {
      .object([
        JSONMember("cutoff", .string(cutoff.description)), JSONMember("records", .int(total)),
        JSONMember(
          "customers",
          .array(
            byCustomer.map { entry in
              .object([
                JSONMember("name", entry.name.map(JSONValue.string) ?? .null),
                JSONMember("records", .int(entry.records)),
              ])
            })),
      ])
    }
  }

  /// The plan for `events` (stored, in history order, erasures already applied).
  /// - Complexity: O(n) in the number of events.
  public func plan(_ events: [Event]) -> Plan {
    var counts: [String: (name: String, records: Int)] = [:]
    var anonymous = 0
    var total = 0
    for event in events where event.at <= cutoff {
      guard Redaction.redact(event.data, whole: true, names: []) != event.data else { continue }
      total += 1
      if let name = event.data["customer"]?.stringValue, name != Redaction.marker {
        let key = CustomerName.normalize(name)
        counts[key] = (name.trimmingWhitespace(), (counts[key]?.records ?? 0) + 1)
      } else {
        anonymous += 1
      }
    }
    var rows: [(name: String?, records: Int)] = counts.sorted { $0.key < $1.key }.map {
      ($0.value.name, $0.value.records)
    }
    if anonymous > 0 { rows.append((nil, anonymous)) }
    return Plan(byCustomer: rows, total: total)
  }
}
