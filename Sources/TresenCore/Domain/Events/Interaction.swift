/// `interaction.recorded`: a touchpoint with a customer, optionally rated 1–5.
public struct Interaction: Sendable, Hashable {
  public var channel: Channel
  public var text: String
  public var customer: String?
  public var rating: Int?
  public var tags: [String]

  public init(channel: Channel, text: String, customer: String? = nil, rating: Int? = nil, tags: [String] = []) {
    self.channel = channel
    self.text = text
    self.customer = customer
    self.rating = rating
    self.tags = tags
  }

  init(_ fields: FieldReader) throws(PayloadError) {
    channel = try fields.choice("channel", as: Channel.self)
    text = try fields.string("text")
    customer = try fields.optionalString("customer")
    rating = try fields.optionalRating()
    tags = try fields.strings("tags")
  }

  var json: JSONValue {
    var fields = FieldWriter()
    fields.put("channel", channel)
    fields.put("text", text)
    fields.put("customer", customer)
    fields.put("rating", rating)
    fields.put("tags", tags)
    return fields.value
  }
}
