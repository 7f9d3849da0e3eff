/// Reads typed fields from an event's `data` object.
struct FieldReader {
  let data: JSONValue

  init(_ data: JSONValue) throws(PayloadError) {
    guard data.members != nil else { throw .notAnObject }
    self.data = data
  }

  func optionalString(_ key: String) throws(PayloadError) -> String? {
    guard let value = data[key], value != .null else { return nil }
    guard let text = value.stringValue else { throw .invalidField(key, value: JSONWriter.string(value)) }
    return text
  }

  func string(_ key: String) throws(PayloadError) -> String {
    guard let text = try optionalString(key) else { throw .missingField(key) }
    return text
  }

  func optionalChoice<Choice: RawRepresentable<String>>(_ key: String, as: Choice.Type) throws(PayloadError) -> Choice?
  {
    guard let text = try optionalString(key) else { return nil }
    guard let choice = Choice(rawValue: text) else { throw .invalidField(key, value: text) }
    return choice
  }

  func choice<Choice: RawRepresentable<String>>(_ key: String, as type: Choice.Type) throws(PayloadError) -> Choice {
    guard let choice = try optionalChoice(key, as: type) else { throw .missingField(key) }
    return choice
  }

  func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(PayloadError) -> Int? {
    guard let value = data[key], value != .null else { return nil }
    guard let number = value.intValue, range.contains(number) else {
      throw .invalidField(key, value: JSONWriter.string(value))
    }
    return number
  }

  func int(_ key: String, in range: ClosedRange<Int>) throws(PayloadError) -> Int {
    guard let number = try optionalInt(key, in: range) else { throw .missingField(key) }
    return number
  }

  func optionalCents(_ key: String) throws(PayloadError) -> Int64? {
    try optionalInt(key, in: 0...Int(Amount.maximumCents)).map(Int64.init)
  }

  func cents(_ key: String) throws(PayloadError) -> Int64 {
    guard let cents = try optionalCents(key) else { throw .missingField(key) }
    return cents
  }

  func optionalRating(_ key: String = "rating") throws(PayloadError) -> Int? {
    try optionalInt(key, in: 1...5)
  }

  func optionalEventID(_ key: String) throws(PayloadError) -> EventID? {
    guard let text = try optionalString(key) else { return nil }
    guard let id = EventID(text) else { throw .invalidField(key, value: text) }
    return id
  }

  func eventID(_ key: String) throws(PayloadError) -> EventID {
    guard let id = try optionalEventID(key) else { throw .missingField(key) }
    return id
  }

  func optionalDate(_ key: String) throws(PayloadError) -> LocalDate? {
    guard let text = try optionalString(key) else { return nil }
    guard let date = LocalDate(parsing: text) else { throw .invalidField(key, value: text) }
    return date
  }

  func strings(_ key: String) throws(PayloadError) -> [String] {
    guard let value = data[key], value != .null else { return [] }
    guard let elements = value.elements else { throw .invalidField(key, value: JSONWriter.string(value)) }
    var result: [String] = []
    for element in elements {
      guard let text = element.stringValue else { throw .invalidField(key, value: JSONWriter.string(element)) }
      result.append(text)
    }
    return result
  }
}

/// Builds an event's `data` object, leaving out absent optional fields.
struct FieldWriter {
  private(set) var members: [JSONMember] = []

  var value: JSONValue { .object(members) }

  mutating func put(_ key: String, _ text: String?) {
    if let text { members.append(JSONMember(key, .string(text))) }
  }

  mutating func put<Choice: RawRepresentable<String>>(_ key: String, _ choice: Choice?) {
    put(key, choice?.rawValue)
  }

  mutating func put(_ key: String, _ number: Int?) {
    if let number { members.append(JSONMember(key, .int(number))) }
  }

  mutating func put(_ key: String, _ cents: Int64?) {
    if let cents { members.append(JSONMember(key, .number(String(cents)))) }
  }

  mutating func put(_ key: String, _ id: EventID?) { put(key, id?.text) }

  mutating func put(_ key: String, _ date: LocalDate?) { put(key, date?.description) }

  mutating func put(_ key: String, _ texts: [String]) {
    if !texts.isEmpty { members.append(JSONMember(key, .array(texts.map(JSONValue.string)))) }
  }

  mutating func put(_ key: String, _ json: JSONValue?) {
    if let json { members.append(JSONMember(key, json)) }
  }
}
