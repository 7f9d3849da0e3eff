/// What `HistoryReplay` holds while it reads: a digest per old event, the events it holds
/// whole, and the tables the digests point into.
struct ReplayState {
  /// An event before the horizon, as little as folding it or deciding about it needs.
  struct Digest {
    enum Kind: UInt8 {
      case interaction, comp, refusal, opened, waiting, resolved, reopened, otherUpdate
    }

    var millis: Int64
    var offset: Int64
    var contentKey: UInt64
    var offsetSeconds: Int32
    /// Index into `names`, or -1 without a customer.
    var customer: Int32
    /// Index into the segment files.
    var file: Int32
    /// Index into `complaintIDs` for complaint events, else -1.
    var complaint: Int32
    var seq: Int32
    /// Index into `devices`.
    var device: Int16
    var rating: Int8
    var kind: Kind
    /// Read again whole (amended, or part of a complaint that still matters).
    var isHeld = false

    var at: Timestamp { Timestamp(millis: millis, offsetSeconds: Int(offsetSeconds)) }
  }

  /// Where an id's first copy went: a digest (>= 0) or a held event (< 0).
  private var slots: [EventID: Int32] = [:]
  private(set) var digests: [Digest] = []
  /// Content keys of `digests` and `held`, to tell a copy from another version.
  private var digestKeys: [UInt64] = []
  private var heldKeys: [UInt64] = []
  var held: [Event] = []
  private var names: [String] = []
  private var nameIndex: [String: Int32] = [:]
  private var devices: [String] = []
  private var deviceIndex: [String: Int16] = [:]
  private var complaintIDs: [EventID: Int32] = [:]
  var problems = 0
  var watermarks: [Watermark] = []

  init(expectedEvents: Int) {
    slots.reserveCapacity(expectedEvents)
    digests.reserveCapacity(expectedEvents)
    digestKeys.reserveCapacity(expectedEvents)
  }

  /// Whether `record`'s id was not read before.
  func isNew(_ record: SegmentScanner.Record) -> Bool { slots[record.event.id] == nil }

  /// Whether `record` is another version of an id read before (not a mere copy).
  func isConflicting(_ record: SegmentScanner.Record) -> Bool {
    guard let slot = slots[record.event.id] else { return false }
    let key = slot >= 0 ? digestKeys[Int(slot)] : heldKeys[Int(-1 - slot)]
    return key != record.contentKey
  }

  mutating func add(_ digest: Digest, id: EventID) {
    slots[id] = Int32(digests.count)
    digests.append(digest)
    digestKeys.append(digest.contentKey)
  }

  mutating func hold(_ event: Event, contentKey: UInt64) {
    slots[event.id] = -1 - Int32(held.count)
    held.append(event)
    heldKeys.append(contentKey)
  }

  /// The digest of `event`; `nil` for corrections and what this build cannot interpret,
  /// which are held whole.
  mutating func digest(of event: Event, record: SegmentScanner.Record, file: Int32) -> Digest? {
    var customer: String?
    var complaint: EventID?
    let kind: Digest.Kind
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
      switch update.change {
      case .waiting: kind = .waiting
      case .resolved: kind = .resolved
      case .reopened: kind = .reopened
      case .noted, .severityChanged: kind = .otherUpdate
      }
    default: return nil
    }
    guard event.seq >= 0, event.seq <= Int(Int32.max) else { return nil }
    let name = customer.map { index(ofName: $0) } ?? -1
    let complaintIndex = complaint.map { index(ofComplaint: $0) } ?? -1
    return Digest(
      millis: event.at.millis, offset: record.offset, contentKey: record.contentKey,
      offsetSeconds: Int32(event.at.offsetSeconds), customer: name, file: file,
      complaint: complaintIndex, seq: Int32(event.seq), device: index(ofDevice: event.device),
      rating: Int8(clamping: event.rating ?? 0), kind: kind)
  }

  private mutating func index(ofName name: String) -> Int32 {
    if let known = nameIndex[name] { return known }
    names.append(name)
    nameIndex[name] = Int32(names.count - 1)
    return Int32(names.count - 1)
  }

  private mutating func index(ofDevice device: String) -> Int16 {
    if let known = deviceIndex[device] { return known }
    devices.append(device)
    deviceIndex[device] = Int16(truncatingIfNeeded: devices.count - 1)
    return Int16(truncatingIfNeeded: devices.count - 1)
  }

  private mutating func index(ofComplaint id: EventID) -> Int32 {
    if let known = complaintIDs[id] { return known }
    let index = Int32(complaintIDs.count)
    complaintIDs[id] = index
    return index
  }

  /// Marks the digests an amendment names; `false` when an amendment moves an update to
  /// another complaint (only the exact merge decides that one).
  mutating func markAmendedDigests() -> Bool {
    for event in held {
      guard case .correction(let correction) = event.payload, case .amend(let changes) = correction.change,
        let slot = slots[correction.target], slot >= 0
      else { continue }
      if digests[Int(slot)].complaint >= 0, changes["complaint"] != nil { return false }
      digests[Int(slot)].isHeld = true
    }
    return true
  }

  /// Which digests a standing void removes.
  func voidedDigests(_ voided: Set<EventID>) -> [Bool] {
    var isVoided = [Bool](repeating: false, count: digests.count)
    for id in voided { if let slot = slots[id], slot >= 0 { isVoided[Int(slot)] = true } }
    return isVoided
  }

  /// Marks every digest of a complaint that still matters: one not resolved before the
  /// horizon, one with an event held whole, and every one whose state is in any doubt.
  mutating func markLiveComplaints(isVoided: [Bool], horizon: Int, calendar: BusinessCalendar) {
    var events = [[Int]](repeating: [], count: complaintIDs.count)
    for index in digests.indices where digests[index].complaint >= 0 {
      events[Int(digests[index].complaint)].append(index)
    }
    var live = [Bool](repeating: false, count: complaintIDs.count)
    for event in held {
      let id: EventID? =
        switch event.payload {
        case .complaintOpened: event.id
        case .complaintUpdate(let update): update.complaint
        default: nil
        }
      if let id, let index = complaintIDs[id] { live[Int(index)] = true }
    }
    for complaint in events.indices where !live[complaint] {
      live[complaint] = !isSettled(events[complaint], isVoided: isVoided, horizon: horizon, calendar: calendar)
    }
    for complaint in events.indices where live[complaint] {
      for index in events[complaint] { digests[index].isHeld = true }
    }
  }

  /// Whether the complaint with these digests was resolved before the horizon for certain,
  /// folding its updates as `Complaint.apply` does.
  private func isSettled(_ indices: [Int], isVoided: [Bool], horizon: Int, calendar: BusinessCalendar) -> Bool {
    let ordered = indices.filter { !isVoided[$0] && !digests[$0].isHeld }.map { digests[$0] }.sorted {
      ($0.millis, $0.device, $0.seq) < ($1.millis, $1.device, $1.seq)
    }
    guard indices.allSatisfy({ !digests[$0].isHeld }),
      let opened = ordered.firstIndex(where: { $0.kind == .opened })
    else { return false }
    var resolvedAt: Timestamp?
    for (position, digest) in ordered.enumerated() {
      if position > 0 {
        let previous = ordered[position - 1]
        // A tie in history order is decided by ids, which digests do not keep.
        if (previous.millis, previous.device, previous.seq) == (digest.millis, digest.device, digest.seq) {
          return false
        }
      }
      guard position > opened else { continue }
      switch digest.kind {
      case .resolved: resolvedAt = digest.at
      case .reopened, .waiting: resolvedAt = nil
      case .opened: return false
      default: break
      }
    }
    guard let resolvedAt else { return false }
    return calendar.dayNumber(of: resolvedAt) < horizon
  }

  /// Folds one effective digest, as `FoldedHistory.add` folds a whole event.
  func fold(_ digest: Digest, into folded: inout FoldedHistory, calendar: BusinessCalendar) {
    if digest.rating != 0 { folded.ratings.add(rating: Int(digest.rating), onDay: calendar.dayNumber(of: digest.at)) }
    guard digest.customer >= 0 else { return }
    let name = names[Int(digest.customer)]
    if !name.isEmpty { folded.customerCounts[name, default: 0] += 1 }
    switch digest.kind {
    case .refusal: folded.history.addRefusal(of: name, at: digest.millis)
    case .opened: folded.history.addComplaint(of: name, at: digest.millis)
    default: break
    }
  }

  /// The sequence numbers of every event read, by device.
  func sequenceNumbers() -> [String: [Int]] {
    var seqs: [String: [Int]] = [:]
    for digest in digests where digest.seq > 0 {
      seqs[devices[Int(digest.device)], default: []].append(Int(digest.seq))
    }
    for event in held where event.seq > 0 { seqs[event.device, default: []].append(event.seq) }
    return seqs
  }
}
