/// `comp.given`: something given away — the espresso on the house.
public struct Comp: Sendable, Hashable {
  public var item: String
  public var priceCents: Int64
  public var costCents: Int64?
  public var purpose: CompPurpose
  public var reason: String?
  public var customer: String?
  public var complaint: EventID?

  public init(
    item: String, priceCents: Int64, costCents: Int64? = nil, purpose: CompPurpose = .goodwill,
    reason: String? = nil, customer: String? = nil, complaint: EventID? = nil
  ) {
    self.item = item
    self.priceCents = priceCents
    self.costCents = costCents
    self.purpose = purpose
    self.reason = reason
    self.customer = customer
    self.complaint = complaint
  }

  init(_ fields: FieldReader) throws(PayloadError) {
    item = try fields.string("item")
    priceCents = try fields.cents("price_cents")
    costCents = try fields.optionalCents("cost_cents")
    purpose = try fields.optionalChoice("purpose", as: CompPurpose.self) ?? .other
    reason = try fields.optionalString("reason")
    customer = try fields.optionalString("customer")
    complaint = try fields.optionalEventID("complaint")
  }

  var json: JSONValue {
    var fields = FieldWriter()
    fields.put("item", item)
    fields.put("price_cents", priceCents)
    fields.put("cost_cents", costCents)
    fields.put("purpose", purpose)
    fields.put("reason", reason)
    fields.put("customer", customer)
    fields.put("complaint", complaint)
    return fields.value
  }
}
