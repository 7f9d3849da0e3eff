/// What each customer went through, for urgency: earlier complaints and refusals.
///
/// A fold over effective events: parts of a history add up (`merge(_:)`), so the old part
/// kept in a snapshot and the recent part read at start give the same answers as the whole.
/// The snapshot's part stays in the snapshot's bytes (`StoredTimes`): a start looks up the
/// few customers with open complaints there instead of building a dictionary of everyone.
public struct CustomerHistory: Sendable, Hashable {
  /// Instants (ms) of complaints opened, by customer key, besides `stored`.
  private var addedComplaints: [String: [Int64]] = [:]
  /// Instants (ms) of refused returns, by customer key, besides `stored`.
  private var addedRefusals: [String: [Int64]] = [:]
  /// The part read from a snapshot, complaints and refusals.
  private var stored: (complaints: StoredTimes, refusals: StoredTimes)?

  /// An empty history.
  public init() {}

  /// The history of `events`, which should be effective events such as `Ledger.events`.
  public init(_ events: [Event]) {
    for event in events { add(event) }
  }

  /// A history read from a snapshot.
  init(storedComplaints: StoredTimes, storedRefusals: StoredTimes) {
    stored = (storedComplaints, storedRefusals)
  }

  /// Instants (ms) of complaints opened, by customer key.
  var complaintTimes: [String: [Int64]] {
    addedComplaints.merging(stored?.complaints.all ?? [:]) { $1 + $0 }
  }

  /// Instants (ms) of refused returns, by customer key.
  var refusalTimes: [String: [Int64]] {
    addedRefusals.merging(stored?.refusals.all ?? [:]) { $1 + $0 }
  }

  /// Counts `event` if it opens a complaint or refuses a return for a named customer.
  public mutating func add(_ event: Event) {
    switch event.payload {
    case .complaintOpened(let opened):
      if let name = opened.customer { addComplaint(of: name, at: event.at.millis) }
    case .refusal(let refusal):
      if let name = refusal.customer { addRefusal(of: name, at: event.at.millis) }
    default: break
    }
  }

  mutating func addComplaint(of customer: String, at millis: Int64) {
    addComplaint(key: CustomerHistory.key(customer), at: millis)
  }

  mutating func addRefusal(of customer: String, at millis: Int64) {
    addRefusal(key: CustomerHistory.key(customer), at: millis)
  }

  /// `addComplaint(of:at:)` with the name's `key` already made (it costs more than the add).
  mutating func addComplaint(key: String, at millis: Int64) { addedComplaints[key, default: []].append(millis) }

  /// `addRefusal(of:at:)` with the name's `key` already made.
  mutating func addRefusal(key: String, at millis: Int64) { addedRefusals[key, default: []].append(millis) }

  /// Adds the parts of `other`.
  public mutating func merge(_ other: CustomerHistory) {
    if stored == nil, let part = other.stored {
      stored = part
      addedComplaints.merge(other.addedComplaints, uniquingKeysWith: +)
      addedRefusals.merge(other.addedRefusals, uniquingKeysWith: +)
    } else {
      addedComplaints.merge(other.complaintTimes, uniquingKeysWith: +)
      addedRefusals.merge(other.refusalTimes, uniquingKeysWith: +)
    }
  }

  /// Complaints `customer` opened before `instant`.
  public func complaints(of customer: String, before instant: Timestamp) -> Int {
    let key = CustomerHistory.key(customer)
    return (addedComplaints[key]?.count { $0 < instant.millis } ?? 0)
      + (stored?.complaints.count(of: key, before: instant.millis) ?? 0)
  }

  /// Returns `customer` was refused before `instant`.
  public func refusals(of customer: String, before instant: Timestamp) -> Int {
    let key = CustomerHistory.key(customer)
    return (addedRefusals[key]?.count { $0 < instant.millis } ?? 0)
      + (stored?.refusals.count(of: key, before: instant.millis) ?? 0)
  }

  public static func == (lhs: CustomerHistory, rhs: CustomerHistory) -> Bool {
    lhs.complaintTimes.mapValues { $0.sorted() } == rhs.complaintTimes.mapValues { $0.sorted() }
      && lhs.refusalTimes.mapValues { $0.sorted() } == rhs.refusalTimes.mapValues { $0.sorted() }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(complaintTimes.mapValues { $0.sorted() })
    hasher.combine(refusalTimes.mapValues { $0.sorted() })
  }

  /// Names match case-insensitively and ignoring surrounding spaces.
  ///
  /// Most names are plain ASCII: those are trimmed and lowercased by bytes (the general way
  /// costs about 8,000 instructions a name, and every open complaint's urgency asks twice).
  static func key(_ name: String) -> String {
    var name = name
    if let key = name.withUTF8(asciiKey) { return key }
    // Nothing to trim when the first byte cannot begin a space and the last cannot end one.
    if let first = name.utf8.first, let last = name.utf8.last,
      ![0x20, 0x09, 0x0A, 0x0D, 0xC2, 0xE2].contains(first), ![0x20, 0x09, 0x0A, 0x0D, 0xA0, 0xAF].contains(last)
    {
      return name.lowercased()
    }
    return name.trimmingWhitespace().lowercased()
  }

  /// The key of an ASCII name without a carriage return (which joins a following line feed
  /// into one character the general way does not trim); `nil` for any other name.
  private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
    guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
    var start = 0
    var end = bytes.count
    while start < end, isSpace(bytes[start]) { start += 1 }
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    return String(unsafeUninitializedCapacity: end - start) { key in
      for index in start..<end {
        let byte = bytes[index]
        key[index - start] = byte &- 0x41 < 26 ? byte | 0x20 : byte
      }
      return end - start
    }
  }
}
