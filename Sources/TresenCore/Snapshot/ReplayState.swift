import Dispatch

/// What `HistoryReplay` holds while it reads: a digest per old event, the events it holds
/// whole, and the tables the digests point into.
struct ReplayState {
  /// An event before the horizon, as little as folding it or deciding about it needs: 48
  /// bytes, so a million of them stay well inside DESIGN.md §8's 150 MB.
  struct Digest {
    typealias Kind = LineDigest.Kind

    var millis: Int64
    var contentKey: UInt64
    /// Where the line starts in its segment (a segment of 4 GiB or more is read exactly).
    var offset: UInt32
    /// The business day (days since 1970-01-01).
    var day: Int32
    /// Index into `customers`, or -1 without one.
    var customer: Int32
    /// Index into `complaintIDs` for complaint events, else -1.
    var complaint: Int32
    var seq: Int32
    /// Index into the segment files.
    var file: UInt16
    /// Index into `devices`.
    var device: Int16
    var rating: Int8
    var kind: Kind
    /// Read again whole (amended, or part of a complaint that still matters).
    var isHeld = false
  }

  /// Where an id's first copy went: a digest (>= 0) or a held event (< 0).
  private var slots: IDTable
  /// The ids of `digests` and of the events held while reading, by slot.
  private var digestIDs: [EventID] = []
  private var heldIDs: [EventID] = []
  private(set) var digests: [Digest] = []
  /// Content keys of `held`, to tell a copy from another version.
  private var heldKeys: [UInt64] = []
  var held: [Event] = []
  /// The customers of `digests`.
  var customers = NameTable()
  private var devices: [String] = []
  private var deviceIndex: [String: Int16] = [:]
  /// The device of the digest added last: nearly every digest of a segment has it.
  private var lastDevice: (name: String, index: Int16)?
  private var complaintIDs: [EventID: Int32] = [:]
  var problems = 0
  var watermarks: [Watermark] = []

  init(expectedEvents: Int) {
    slots = IDTable(expected: expectedEvents)
    digestIDs.reserveCapacity(expectedEvents)
    digests.reserveCapacity(expectedEvents)
  }

  /// What a record with this id and content is to the replay.
  enum Admission { case new, copy, conflicting }

  /// Whether the id was not read before, a copy of what was, or another version of it.
  func admission(of id: EventID, contentKey: UInt64) -> Admission {
    guard let slot = slot(of: id) else { return .new }
    let key = slot >= 0 ? digests[Int(slot)].contentKey : heldKeys[Int(-1 - slot)]
    return key == contentKey ? .copy : .conflicting
  }

  /// Set when a digest could not say where its line is (a segment of 4 GiB or more, more
  /// than 65,535 segments) or a `seq` needs more than 32 bits: `HistoryReplay` then leaves
  /// the history to the exact read.
  private(set) var isOutOfRange = false

  /// The number in `customers` of each name in a scanned segment's table.
  mutating func customerIndices(of scanned: NameTable) -> [Int32] {
    (0..<Int32(scanned.count)).map { local in scanned.withBytes(of: local) { customers.index(of: $0) } }
  }

  /// Keeps an old event as a digest; `customer` is its number in `customers` (or -1).
  mutating func add(_ line: LineDigest, customer: Int32, day: Int, offset: Int64, contentKey: UInt64, file: Int) {
    guard let offset = UInt32(exactly: offset), let file = UInt16(exactly: file), let day = Int32(exactly: day),
      digests.count < IDTable.maxSlots
    else {
      isOutOfRange = true
      return
    }
    remember(Int32(digests.count), for: line.id)
    digestIDs.append(line.id)
    digests.append(
      Digest(
        millis: line.at.millis, contentKey: contentKey, offset: offset, day: day,
        customer: customer,
        complaint: line.complaint.map { index(ofComplaint: $0) } ?? -1, seq: Int32(line.seq), file: file,
        device: index(ofDevice: line.device), rating: Int8(clamping: line.rating), kind: line.kind))
  }

  /// Asks for the memory `admission(of:contentKey:)` of `id` will read, ahead of time.
  func prefetch(_ id: EventID) { slots.prefetch(id) }

  private func slot(of id: EventID) -> Int32? { slots.slot(of: id) { self.id(ofSlot: $0) } }

  private func id(ofSlot slot: Int32) -> EventID { slot >= 0 ? digestIDs[Int(slot)] : heldIDs[Int(-1 - slot)] }

  private mutating func remember(_ slot: Int32, for id: EventID) {
    if slots.isFull {
      let (digestIDs, heldIDs) = (self.digestIDs, self.heldIDs)
      slots.grow { $0 >= 0 ? digestIDs[Int($0)] : heldIDs[Int(-1 - $0)] }
    }
    slots.insert(slot, for: id)
  }

  mutating func hold(_ event: Event, contentKey: UInt64) {
    guard heldIDs.count < IDTable.maxSlots else {
      isOutOfRange = true
      return
    }
    if event.seq > Int(Int32.max) { isOutOfRange = true }
    remember(-1 - Int32(heldIDs.count), for: event.id)
    heldIDs.append(event.id)
    held.append(event)
    heldKeys.append(contentKey)
  }

  private mutating func index(ofDevice device: String) -> Int16 {
    if let lastDevice, lastDevice.name == device { return lastDevice.index }
    let index: Int16
    if let known = deviceIndex[device] {
      index = known
    } else {
      devices.append(device)
      index = Int16(truncatingIfNeeded: devices.count - 1)
      deviceIndex[device] = index
    }
    lastDevice = (device, index)
    return index
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
        let slot = slot(of: correction.target), slot >= 0
      else { continue }
      if digests[Int(slot)].complaint >= 0, changes["complaint"] != nil { return false }
      digests[Int(slot)].isHeld = true
    }
    return true
  }

  /// Which digests a standing void removes.
  func voidedDigests(_ voided: Set<EventID>) -> [Bool] {
    var isVoided = [Bool](repeating: false, count: digests.count)
    for id in voided { if let slot = slot(of: id), slot >= 0 { isVoided[Int(slot)] = true } }
    return isVoided
  }

  /// Marks every digest of a complaint that still matters: one not resolved before the
  /// horizon, one with an event held whole, and every one whose state is in any doubt.
  mutating func markLiveComplaints(isVoided: [Bool], horizon: Int) {
    // The digests of complaint `c` are `members[starts[c]..<starts[c + 1]]`, in file order.
    let count = complaintIDs.count
    var starts = [Int](repeating: 0, count: count + 1)
    for digest in digests where digest.complaint >= 0 { starts[Int(digest.complaint) + 1] += 1 }
    for complaint in 0..<count { starts[complaint + 1] += starts[complaint] }
    var members = [Int32](repeating: 0, count: starts[count])
    var filled = starts
    for index in digests.indices where digests[index].complaint >= 0 {
      let complaint = Int(digests[index].complaint)
      members[filled[complaint]] = Int32(index)
      filled[complaint] += 1
    }
    var live = [Bool](repeating: false, count: count)
    for event in held {
      let id: EventID? =
        switch event.payload {
        case .complaintOpened: event.id
        case .complaintUpdate(let update): update.complaint
        default: nil
        }
      if let id, let index = complaintIDs[id] { live[Int(index)] = true }
    }
    var ordered: [Digest] = []
    for complaint in 0..<count where !live[complaint] {
      let indices = members[starts[complaint]..<starts[complaint + 1]]
      live[complaint] = !isSettled(indices, isVoided: isVoided, horizon: horizon, ordered: &ordered)
    }
    for complaint in 0..<count where live[complaint] {
      for index in members[starts[complaint]..<starts[complaint + 1]] { digests[Int(index)].isHeld = true }
    }
  }

  /// Whether the complaint with these digests was resolved before the horizon for certain,
  /// folding its updates as `Complaint.apply` does; `ordered` is scratch space, reused.
  private func isSettled(
    _ indices: ArraySlice<Int32>, isVoided: [Bool], horizon: Int, ordered: inout [Digest]
  ) -> Bool {
    ordered.removeAll(keepingCapacity: true)
    for index in indices {
      guard !digests[Int(index)].isHeld else { return false }
      if !isVoided[Int(index)] { ordered.append(digests[Int(index)]) }
    }
    ordered.sort { ($0.millis, $0.device, $0.seq) < ($1.millis, $1.device, $1.seq) }
    guard let opened = ordered.firstIndex(where: { $0.kind == .opened }) else { return false }
    var resolvedOn: Int32?
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
      case .resolved: resolvedOn = digest.day
      case .reopened, .waiting: resolvedOn = nil
      case .opened: return false
      default: break
      }
    }
    guard let resolvedOn else { return false }
    return Int(resolvedOn) < horizon
  }

  /// Folds every digest neither held nor voided, as `FoldedHistory.add` folds whole events.
  /// The two halves of the history are folded on two threads and merged in order, which gives
  /// what one pass gives; customers are counted by name index first, so each name is hashed
  /// once, not once per event.
  func foldDigests(isVoided: [Bool], into folded: inout FoldedHistory) {
    let middle = digests.count / 2
    let halves = [0..<middle, middle..<digests.count]
    let parts = PerThread<(FoldedHistory, [Int])>(count: halves.count)
    let names = customers.names
    DispatchQueue.concurrentPerform(iterations: halves.count) { half in
      parts[half] = fold(halves[half], names: names, isVoided: isVoided)
    }
    var counts = [Int](repeating: 0, count: names.count)
    for half in halves.indices {
      guard let (part, partCounts) = parts[half] else { continue }
      folded.merge(part)
      for index in partCounts.indices { counts[index] += partCounts[index] }
    }
    for (name, count) in zip(names, counts) where count > 0 && !name.isEmpty {
      folded.customerCounts[name, default: 0] += count
    }
  }

  private func fold(_ range: Range<Int>, names: [String], isVoided: [Bool]) -> (FoldedHistory, [Int]) {
    var folded = FoldedHistory()
    var ratings = DailyRatings(byDay: [:])
    var counts = [Int](repeating: 0, count: names.count)
    // Each name's history key, made once (it folds case and spaces, which costs more than the add).
    var keys = [String?](repeating: nil, count: names.count)
    for index in range where !digests[index].isHeld && !isVoided[index] {
      let digest = digests[index]
      if digest.rating != 0 { ratings.add(rating: Int(digest.rating), onDay: Int(digest.day)) }
      guard digest.customer >= 0 else { continue }
      counts[Int(digest.customer)] += 1
      guard digest.kind == .refusal || digest.kind == .opened else { continue }
      let name = Int(digest.customer)
      let key = keys[name] ?? CustomerHistory.key(names[name])
      keys[name] = key
      if digest.kind == .refusal {
        folded.history.addRefusal(key: key, at: digest.millis)
      } else {
        folded.history.addComplaint(key: key, at: digest.millis)
      }
    }
    folded.ratings = ratings
    return (folded, counts)
  }

  /// The sequence numbers of every event read, by device (32 bits each, as digests keep them).
  func sequenceNumbers() -> [String: [Int32]] {
    var byDevice = [[Int32]](repeating: [], count: devices.count)
    var seqs: [String: [Int32]] = [:]
    for digest in digests where digest.seq > 0 { byDevice[Int(digest.device)].append(digest.seq) }
    for event in held where event.seq > 0 {
      // `hold` made sure every held seq fits.
      let seq = Int32(truncatingIfNeeded: event.seq)
      if let index = deviceIndex[event.device] {
        byDevice[Int(index)].append(seq)
      } else {
        seqs[event.device, default: []].append(seq)
      }
    }
    for (device, numbers) in zip(devices, byDevice) where !numbers.isEmpty { seqs[device] = numbers }
    return seqs
  }
}
