/// `return.refused`: a return the shop said no to — and what saying yes would have cost.
public struct Refusal: Sendable, Hashable {
  public var item: String
  public var priceCents: Int64
  public var costCents: Int64?
  public var reason: RefusalReason
  public var defect: Defect?
  public var offered: String?
  public var customer: String?
  public var text: String?

  public init(
    item: String, priceCents: Int64, costCents: Int64? = nil, reason: RefusalReason = .other,
    defect: Defect? = nil, offered: String? = nil, customer: String? = nil, text: String? = nil
  ) {
    self.item = item
    self.priceCents = priceCents
    self.costCents = costCents
    self.reason = reason
    self.defect = defect
    self.offered = offered
    self.customer = customer
    self.text = text
  }

  init(_ fields: FieldReader) throws(PayloadError) {
    item = try fields.string("item")
    priceCents = try fields.cents("price_cents")
    costCents = try fields.optionalCents("cost_cents")
    reason = try fields.choice("reason", as: RefusalReason.self)
    defect = try fields.optionalChoice("defect", as: Defect.self)
    offered = try fields.optionalString("offered")
    customer = try fields.optionalString("customer")
    text = try fields.optionalString("text")
  }

  var json: JSONValue {
    var fields = FieldWriter()
    fields.put("item", item)
    fields.put("price_cents", priceCents)
    fields.put("cost_cents", costCents)
    fields.put("reason", reason)
    fields.put("defect", defect)
    fields.put("offered", offered)
    fields.put("customer", customer)
    fields.put("text", text)
    return fields.value
  }
}
