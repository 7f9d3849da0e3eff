/// `event.voided` and `event.amended`: corrections of earlier records. The log never
/// changes; a correction is a new event that the projections apply.
public struct Correction: Sendable, Hashable {
  /// What to do with the target.
  public enum Change: Sendable, Hashable {
    /// Treat the target as never recorded (undo of a mistaken record).
    case void(reason: String?)
    /// Replace fields of the target's `data` (field → new value; `null` removes a field).
    case amend(changes: JSONValue)
  }

  public var target: EventID
  public var change: Change

  public init(target: EventID, change: Change) {
    self.target = target
    self.change = change
  }

  init(type: EventType, _ fields: FieldReader) throws(PayloadError) {
    target = try fields.eventID("target")
    if type == .eventVoided {
      change = .void(reason: try fields.optionalString("reason"))
    } else {
      guard let changes = fields.data["changes"] else { throw .missingField("changes") }
      guard changes.members != nil else { throw .invalidField("changes", value: JSONWriter.string(changes)) }
      change = .amend(changes: changes)
    }
  }

  var json: JSONValue {
    var fields = FieldWriter()
    fields.put("target", target)
    switch change {
    case .void(let reason): fields.put("reason", reason)
    case .amend(let changes): fields.put("changes", changes)
    }
    return fields.value
  }
}
