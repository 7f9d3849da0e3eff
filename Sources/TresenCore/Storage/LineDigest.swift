/// What a full replay keeps of an event before its horizon (`ReplayState.Digest`): the
/// fields that fold it into the past or decide that it must be read again whole.
///
/// `init?(_:names:)` takes them from a decoded `Event`, the reference; `LineDigestDecoder` reads
/// the same fields straight from a line's bytes. The customer is a number in a `NameTable`. `nil` means "hold the event whole": corrections,
/// erasures, an unknown type or invalid data, and a `seq` beyond what a digest stores.
struct LineDigest: Equatable {
  enum Kind: UInt8 {
    case interaction, comp, refusal, opened, waiting, resolved, reopened, otherUpdate
  }

  var id: EventID
  var at: Timestamp
  var device: String
  var seq: Int
  var kind: Kind
  /// The customer's rating, 0 without one.
  var rating: Int
  /// The customer's index in the `NameTable` the digest was made with, -1 without one.
  var customer: Int32
  /// The complaint a complaint event belongs to (its own id for an opening).
  var complaint: EventID?

  init(
    id: EventID, at: Timestamp, device: String, seq: Int, kind: Kind, rating: Int, customer: Int32,
    complaint: EventID?
  ) {
    self.id = id
    self.at = at
    self.device = device
    self.seq = seq
    self.kind = kind
    self.rating = rating
    self.customer = customer
    self.complaint = complaint
  }

  /// The digest of a decoded event, its customer numbered in `names`; `nil` for what is held
  /// whole.
  init?(_ event: Event, names: inout NameTable) {
    var customer: String?
    var complaint: EventID?
    let kind: Kind
    switch event.payload {
    case .interaction(let interaction):
      kind = .interaction
      customer = interaction.customer
    case .comp(let comp):
      kind = .comp
      customer = comp.customer
    case .refusal(let refusal):
      kind = .refusal
      customer = refusal.customer
    case .complaintOpened(let opened):
      kind = .opened
      customer = opened.customer
      complaint = event.id
    case .complaintUpdate(let update):
      complaint = update.complaint
      kind = Kind(update: update.change)
    default: return nil
    }
    guard event.seq >= 0, event.seq <= Int(Int32.max) else { return nil }
    self.init(
      id: event.id, at: event.at, device: event.device, seq: event.seq, kind: kind, rating: event.rating ?? 0,
      customer: customer.map { names.index(of: $0) } ?? -1, complaint: complaint)
  }
}

extension LineDigest.Kind {
  init(update: ComplaintUpdate.Change) {
    switch update {
    case .waiting: self = .waiting
    case .resolved: self = .resolved
    case .reopened: self = .reopened
    case .noted, .severityChanged: self = .otherUpdate
    }
  }
}
