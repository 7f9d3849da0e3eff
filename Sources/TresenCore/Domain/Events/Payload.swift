/// The typed content of an event Tresen understands.
public enum Payload: Sendable, Hashable {
  case interaction(Interaction)
  case complaintOpened(ComplaintOpened)
  case complaintUpdate(ComplaintUpdate)
  case comp(Comp)
  case refusal(Refusal)
  case correction(Correction)
  /// `customer.erased`: a keyed hash of an erased person's name, no personal data.
  case erasure(CustomerErasure)

  /// Interprets `data` as an event of `type`.
  public init(type: EventType, data: JSONValue) throws(PayloadError) {
    let fields = try FieldReader(data)
    switch type {
    case .interactionRecorded: self = .interaction(try Interaction(fields))
    case .complaintOpened: self = .complaintOpened(try ComplaintOpened(fields))
    case .complaintNoted, .complaintWaiting, .complaintResolved, .complaintReopened, .complaintSeverityChanged:
      self = .complaintUpdate(try ComplaintUpdate(type: type, fields))
    case .compGiven: self = .comp(try Comp(fields))
    case .returnRefused: self = .refusal(try Refusal(fields))
    case .eventVoided, .eventAmended: self = .correction(try Correction(type: type, fields))
    case .customerErased: self = .erasure(try CustomerErasure(fields))
    }
  }

  /// The stored type.
  public var type: EventType {
    switch self {
    case .interaction: .interactionRecorded
    case .complaintOpened: .complaintOpened
    case .complaintUpdate(let update): update.type
    case .comp: .compGiven
    case .refusal: .returnRefused
    case .correction(let correction):
      if case .void = correction.change { .eventVoided } else { .eventAmended }
    case .erasure: .customerErased
    }
  }

  /// The stored `data` object.
  public var json: JSONValue {
    switch self {
    case .interaction(let value): value.json
    case .complaintOpened(let value): value.json
    case .complaintUpdate(let value): value.json
    case .comp(let value): value.json
    case .refusal(let value): value.json
    case .correction(let value): value.json
    case .erasure(let value): value.json
    }
  }

  /// The customer named by the event, if any.
  public var customer: String? {
    switch self {
    case .interaction(let value): value.customer
    case .complaintOpened(let value): value.customer
    case .comp(let value): value.customer
    case .refusal(let value): value.customer
    case .complaintUpdate, .correction, .erasure: nil
    }
  }

  /// The customer's rating carried by the event, if any.
  public var rating: Int? {
    switch self {
    case .interaction(let value): value.rating
    case .complaintUpdate(let update):
      if case .resolved(_, _, let rating) = update.change { rating } else { nil }
    default: nil
    }
  }
}
