/// An event the demo has decided on but not yet written: its references to earlier events
/// are still plan serials, because ids exist only once events are numbered in time order.
struct PlannedEvent {
  /// What the event says; references name the serial of an earlier planned event.
  enum Content {
    case payload(Payload)
    case complaintUpdate(complaint: Int, ComplaintUpdate.Change)
    case recoveryComp(Comp, complaint: Int)
    case void(target: Int, reason: String?)
    case amend(target: Int, changes: JSONValue)

    /// The serial this content refers to, if any.
    var reference: Int? {
      switch self {
      case .payload: nil
      case .complaintUpdate(let serial, _), .recoveryComp(_, let serial), .void(let serial, _),
        .amend(let serial, _):
        serial
      }
    }
  }

  var at: Timestamp
  /// Plan order; breaks ties between events in the same millisecond.
  var serial: Int
  /// Index into the generator's devices.
  var device: Int
  var staff: String?
  var content: Content

  /// Where an event goes in time order: by instant, then plan order.
  struct Key: Comparable {
    var millis: Int64
    var serial: Int
    /// Position in the day's list of planned events.
    var index: Int

    static func < (lhs: Key, rhs: Key) -> Bool { (lhs.millis, lhs.serial) < (rhs.millis, rhs.serial) }
  }
}
