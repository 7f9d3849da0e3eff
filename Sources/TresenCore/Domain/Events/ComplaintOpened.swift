/// `complaint.opened`: a new complaint. Its id is the event's id.
public struct ComplaintOpened: Sendable, Hashable {
  public var channel: Channel
  public var text: String
  public var customer: String?
  public var severity: Severity
  public var category: String?

  public init(
    channel: Channel = .counter, text: String, customer: String? = nil, severity: Severity = .normal,
    category: String? = nil
  ) {
    self.channel = channel
    self.text = text
    self.customer = customer
    self.severity = severity
    self.category = category
  }

  init(_ fields: FieldReader) throws(PayloadError) {
    channel = try fields.choice("channel", as: Channel.self)
    text = try fields.string("text")
    customer = try fields.optionalString("customer")
    severity = try fields.optionalChoice("severity", as: Severity.self) ?? .normal
    category = try fields.optionalString("category")
  }

  var json: JSONValue {
    var fields = FieldWriter()
    fields.put("channel", channel)
    fields.put("text", text)
    fields.put("customer", customer)
    fields.put("severity", severity)
    fields.put("category", category)
    return fields.value
  }
}
