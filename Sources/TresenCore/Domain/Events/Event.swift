/// One stored record: the envelope of DESIGN.md §3.3 and its data.
public struct Event: Sendable, Hashable {
  /// Schema version of the type (`v`).
  public var version: Int
  public var id: EventID
  /// The stored type word; may be one this build does not know.
  public var type: String
  public var at: Timestamp
  /// The device that wrote it (`dev`).
  public var device: String
  /// Gapless per device, from 1.
  public var seq: Int
  /// Staff initials or name (`by`).
  public var staff: String?
  /// The payload as stored (after amendments, in projections).
  public var data: JSONValue
  /// The typed payload; `nil` for unknown types, newer versions or data that does not fit.
  public var payload: Payload?

  public init(
    version: Int = 1, id: EventID, type: String, at: Timestamp, device: String, seq: Int, staff: String?,
    data: JSONValue, payload: Payload?
  ) {
    self.version = version
    self.id = id
    self.type = type
    self.at = at
    self.device = device
    self.seq = seq
    self.staff = staff
    self.data = data
    self.payload = payload
  }

  /// The known type, if this build understands it at this version.
  public var knownType: EventType? {
    guard let type = EventType(rawValue: type), version <= type.currentVersion else { return nil }
    return type
  }

  /// The order of history: instant, then device, then sequence number (DESIGN.md §3.3).
  public static func historyOrder(_ lhs: Event, _ rhs: Event) -> Bool {
    if lhs.at.millis != rhs.at.millis { return lhs.at.millis < rhs.at.millis }
    if lhs.device != rhs.device { return lhs.device < rhs.device }
    if lhs.seq != rhs.seq { return lhs.seq < rhs.seq }
    return lhs.id < rhs.id
  }
}
