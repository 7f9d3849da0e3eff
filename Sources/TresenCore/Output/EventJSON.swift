/// The language-neutral JSON of events and complaints printed by `--json` (DESIGN.md §4).
public enum EventJSON {
  /// The stored envelope: `id`, `type`, `at`, `dev`, `seq`, `by` (or null), `data`.
  public static func envelope(_ event: Event) -> JSONValue {
    .object([
      JSONMember("id", .string(event.id.text)), JSONMember("type", .string(event.type)),
      JSONMember("at", .string(event.at.description)), JSONMember("dev", .string(event.device)),
      JSONMember("seq", .int(event.seq)), JSONMember("by", event.staff.map(JSONValue.string) ?? .null),
      JSONMember("data", event.data),
    ])
  }

  /// A complaint with its state, urgency and history.
  public static func complaint(_ complaint: Complaint, urgency: Urgency) -> JSONValue {
    func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    let parts = urgency.parts.map { part in
      JSONValue.object([JSONMember("factor", .string(part.factor.rawValue)), JSONMember("points", number(part.points))])
    }
    return .object([
      JSONMember("id", .string(complaint.id.text)), JSONMember("state", .string(complaint.state.rawValue)),
      JSONMember("severity", .string(complaint.severity.rawValue)),
      JSONMember("opened_at", .string(complaint.openedAt.description)),
      JSONMember("channel", .string(complaint.channel.rawValue)), JSONMember("customer", optional(complaint.customer)),
      JSONMember("text", .string(complaint.text)), JSONMember("category", optional(complaint.category)),
      JSONMember("waiting_until", optional(complaint.waitingUntil?.description)),
      JSONMember("resolved_at", optional(complaint.resolvedAt?.description)),
      JSONMember("outcome", optional(complaint.outcome?.rawValue)),
      JSONMember("rating", complaint.rating.map(JSONValue.int) ?? .null),
      JSONMember("reopened", .int(complaint.reopenCount)),
      JSONMember(
        "urgency", .object([JSONMember("score", number(urgency.score)), JSONMember("parts", .array(parts))])),
      JSONMember("history", .array(complaint.history.map(envelope))),
    ])
  }

  /// A number with at most one decimal, without trailing `.0`.
  static func number(_ value: Double) -> JSONValue {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return .number(magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)")
  }
}
