/// Events in the snapshot's binary form: the envelope field by field and `data` as a tagged
/// tree, so a start rebuilds the recent events without parsing JSON (DESIGN.md §8: a warm
/// start close to an empty one). The typed payload is made from `data` again, as
/// `RecordCodec.decode` makes it.
extension BinaryWriter {
  mutating func put(_ event: Event) {
    put(event.version)
    put(event.id.high)
    put(event.id.low)
    put(event.type)
    put(event.at.millis)
    put(event.at.offsetSeconds)
    put(event.device)
    put(event.seq)
    put(event.staff == nil ? 0 : 1)
    if let staff = event.staff { put(staff) }
    put(event.data)
  }

  mutating func put(_ value: JSONValue) {
    switch value {
    case .null: put(JSONTag.null.rawValue)
    case .bool(let flag): put((flag ? JSONTag.true : JSONTag.false).rawValue)
    case .number(let literal):
      put(JSONTag.number.rawValue)
      put(literal)
    case .string(let text):
      put(JSONTag.string.rawValue)
      put(text)
    case .array(let elements):
      put(JSONTag.array.rawValue)
      put(elements.count)
      for element in elements { put(element) }
    case .object(let members):
      put(JSONTag.object.rawValue)
      put(members.count)
      for member in members {
        put(member.key)
        put(member.value)
      }
    }
  }
}

extension BinaryReader {
  /// Deeper trees are not read back: only a foreign or crafted file holds them.
  static let maxJSONDepth = 64

  /// The smallest an event's binary form can be: its fixed fields and empty strings.
  static let minimumEventBytes = 88

  mutating func events(count: Int) throws(Truncated) -> [Event] {
    var events: [Event] = []
    // Room for as many as the bytes left can hold, whatever count a crafted file claims.
    events.reserveCapacity(min(count, remaining / BinaryReader.minimumEventBytes))
    for _ in 0..<count { events.append(try event()) }
    return events
  }

  mutating func event() throws(Truncated) -> Event {
    let version = try int()
    let id = EventID(high: try uint64(), low: try uint64())
    let type = try string()
    let at = Timestamp(millis: try int64(), offsetSeconds: try int())
    let device = try string()
    let seq = try int()
    let staff = try int() == 0 ? nil : try string()
    let data = try json(depth: 0)
    var event = Event(
      version: version, id: id, type: type, at: at, device: device, seq: seq, staff: staff, data: data, payload: nil)
    if let known = event.knownType { event.payload = try? Payload(type: known, data: data) }
    return event
  }

  mutating func json(depth: Int) throws(Truncated) -> JSONValue {
    guard depth <= BinaryReader.maxJSONDepth, let tag = JSONTag(rawValue: try int()) else { throw Truncated() }
    switch tag {
    case .null: return .null
    case .true: return .bool(true)
    case .false: return .bool(false)
    case .number: return .number(try string())
    case .string: return .string(try string())
    case .array:
      let count = try count()
      var elements: [JSONValue] = []
      elements.reserveCapacity(count)
      for _ in 0..<count { elements.append(try json(depth: depth + 1)) }
      return .array(elements)
    case .object:
      let count = try count()
      var members: [JSONMember] = []
      members.reserveCapacity(count)
      for _ in 0..<count { members.append(JSONMember(try string(), try json(depth: depth + 1))) }
      return .object(members)
    }
  }
}

/// The kinds of a `JSONValue` in the binary form.
private enum JSONTag: Int {
  case null, `true`, `false`, number, string, array, object
}
