/// `customer.erased`: a person's data was erased on request (DSGVO Art. 17). Carries no
/// personal data: only a keyed hash of the normalized name, so every device can recognise the
/// name in its own records and redact them too (README "Privacy").
///
/// `subject` is HMAC-SHA-256 of `CustomerName.normalize(name)` keyed with `salt`, a random
/// value chosen per erasure, both as lowercase hex. Events recorded after this one are not
/// affected: a person who comes back is a new story.
public struct CustomerErasure: Sendable, Hashable {
  /// HMAC-SHA-256 of the normalized name, 64 lowercase hex digits.
  public var subject: String
  /// The HMAC key, lowercase hex.
  public var salt: String
  /// Ids of the records erased where the erasure was made, so devices holding linked records
  /// without the name (a note on the person's complaint) redact those too. Ids are random.
  public var records: [EventID]

  public init(subject: String, salt: String, records: [EventID] = []) {
    self.subject = subject
    self.salt = salt
    self.records = records
  }

  /// Whether `name` is the person this erasure is about.
  public func matches(_ name: String) -> Bool {
    CustomerErasure.subject(of: name, salt: salt) == subject
  }

  /// The keyed hash of `name` under `salt` (hex); how `subject` is made.
  public static func subject(of name: String, salt: String) -> String {
    let key = Array(salt.utf8)
    return Hashing.hmacSHA256(key: key, message: Array(CustomerName.normalize(name).utf8))
  }

  init(_ fields: FieldReader) throws(PayloadError) {
    subject = try fields.string("subject")
    salt = try fields.string("salt")
    records = try fields.strings("records").compactMap(EventID.init)
    guard subject.count == 64, subject.allSatisfy(\.isHexDigit) else {
      throw .invalidField("subject", value: subject)
    }
  }

  var json: JSONValue {
    var fields = FieldWriter()
    fields.put("subject", subject)
    fields.put("salt", salt)
    fields.put("records", records.map(\.text))
    return fields.value
  }
}
