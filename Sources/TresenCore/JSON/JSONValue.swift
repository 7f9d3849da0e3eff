/// A JSON value that keeps what a round trip must not change: the order of object members
/// and the literal text of numbers.
///
/// Tresen parses its own records with a hand-written parser (see `JSONParser`) because
/// Foundation's decoders are an order of magnitude too slow for a million events and lose
/// member order and number spelling, which hand-edited files need preserved.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// A number, kept as its literal text (`42`, `-1.5e3`).
  case number(String)
  case string(String)
  case array([JSONValue])
  /// An object's members in document order. Duplicate keys are kept; lookups use the last.
  case object([JSONMember])

  /// A number value from an integer.
  public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

  /// The value of member `key` of an object (the last one if the key repeats), else `nil`.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last(where: { $0.key == key })?.value
  }

  /// The string, if this is a string.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The integer, if this is a number without fraction or exponent that fits `Int`.
  public var intValue: Int? {
    if case .number(let literal) = self { return Int(literal) }
    return nil
  }

  /// The members, if this is an object.
  public var members: [JSONMember]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The elements, if this is an array.
  public var elements: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// A copy of this object with `key` set to `value` (replacing every earlier member of that
  /// name in place, or appending), or removed when `value` is `nil`.
  public func setting(_ key: String, to value: JSONValue?) -> JSONValue {
    guard case .object(let members) = self else { return self }
    let first = members.firstIndex { $0.key == key }
    var kept = members.filter { $0.key != key }
    if let value { kept.insert(JSONMember(key, value), at: first ?? kept.count) }
    return .object(kept)
  }
}

/// One member of a JSON object.
public struct JSONMember: Sendable, Hashable {
  public var key: String
  public var value: JSONValue

  public init(_ key: String, _ value: JSONValue) {
    self.key = key
    self.value = value
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .number(String(value)) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(nilLiteral: ()) { self = .null }
}
