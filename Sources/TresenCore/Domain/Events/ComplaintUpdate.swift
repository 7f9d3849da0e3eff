/// The steps of a complaint's life after it was opened: `complaint.noted`, `.waiting`,
/// `.resolved`, `.reopened` and `.severity_changed`. Each names its complaint.
public struct ComplaintUpdate: Sendable, Hashable {
  /// What happened to the complaint.
  public enum Change: Sendable, Hashable {
    case noted(text: String)
    case waiting(until: LocalDate?, text: String?)
    case resolved(outcome: Outcome, text: String?, rating: Int?)
    case reopened(text: String?)
    case severityChanged(Severity)
  }

  public var complaint: EventID
  public var change: Change

  public init(complaint: EventID, change: Change) {
    self.complaint = complaint
    self.change = change
  }

  /// The stored type of this update.
  public var type: EventType {
    switch change {
    case .noted: .complaintNoted
    case .waiting: .complaintWaiting
    case .resolved: .complaintResolved
    case .reopened: .complaintReopened
    case .severityChanged: .complaintSeverityChanged
    }
  }

  /// The free text of the update, if any.
  public var text: String? {
    switch change {
    case .noted(let text): text
    case .waiting(_, let text), .resolved(_, let text, _), .reopened(let text): text
    case .severityChanged: nil
    }
  }

  init(type: EventType, _ fields: FieldReader) throws(PayloadError) {
    complaint = try fields.eventID("complaint")
    switch type {
    case .complaintNoted: change = .noted(text: try fields.string("text"))
    case .complaintWaiting:
      change = .waiting(until: try fields.optionalDate("until"), text: try fields.optionalString("text"))
    case .complaintResolved:
      change = .resolved(
        outcome: try fields.choice("outcome", as: Outcome.self), text: try fields.optionalString("text"),
        rating: try fields.optionalRating())
    case .complaintReopened: change = .reopened(text: try fields.optionalString("text"))
    default: change = .severityChanged(try fields.choice("severity", as: Severity.self))
    }
  }

  var json: JSONValue {
    var fields = FieldWriter()
    fields.put("complaint", complaint)
    switch change {
    case .noted(let text): fields.put("text", text)
    case .waiting(let until, let text):
      fields.put("until", until)
      fields.put("text", text)
    case .resolved(let outcome, let text, let rating):
      fields.put("outcome", outcome)
      fields.put("text", text)
      fields.put("rating", rating)
    case .reopened(let text): fields.put("text", text)
    case .severityChanged(let severity): fields.put("severity", severity)
    }
    return fields.value
  }
}
