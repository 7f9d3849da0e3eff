#if canImport(Glibc)
  import Glibc
#endif

/// The full replay: reads every segment of a data directory once, in chunks, into a
/// `Snapshot`, holding in full only what the snapshot keeps whole (DESIGN.md §8: a million
/// events in well under 150 MB).
///
/// Old interactions, comps and refusals — nearly all of a long history — are kept as a
/// 40-byte `Digest` until every correction is known, then folded. An amendment of a digested
/// event reads that one line again. Merging follows `LogReader` (deduplicated by id, every
/// device and conflict copy); only two copies of one id with different content need the exact
/// merge, and then `run` returns `nil` so the caller can fall back to `LogReader.load()`.
struct HistoryReplay {
  let directory: DataDirectory
  let calendar: BusinessCalendar
  /// The first business day kept whole (days since 1970-01-01).
  let horizon: Int
  /// When set, unreadable lines are copied to this device's quarantine folder.
  var quarantineDevice: String?
  /// Called after each segment with the bytes read so far and in all.
  var progress: ((_ done: Int64, _ total: Int64) -> Void)?

  /// An old interaction, comp or refusal, as little as folding it needs.
  struct Digest {
    var millis: Int64
    var offsetSeconds: Int32
    /// Index into `names`, or -1 without a customer.
    var customer: Int32
    /// Index into `files`.
    var file: Int32
    var rating: Int8
    var isRefusal: Bool
    /// Promoted to a whole event because an amendment names it.
    var isPromoted = false
    var offset: Int64
    var contentKey: UInt64
  }

  /// Where an id's first copy went: a digest (>= 0) or a held event (-1 - index).
  private struct Slot {
    var index: Int32
    var contentKey: UInt64
  }

  func run() throws(StorageError) -> Snapshot? {
    var state = State()
    let files = try segmentFiles()
    let total = files.reduce(Int64(0)) { $0 + ((try? directory.io.stat($1.path))??.size ?? 0) }
    var done: Int64 = 0
    for (index, file) in files.enumerated() {
      guard let scan = try read(file, into: &state, index: Int32(index)) else { return nil }
      done += scan
      progress?(done, total)
    }
    return try finish(state, files: files)
  }

  /// Everything read so far.
  private struct State {
    var slots: [EventID: Slot] = [:]
    var digests: [Digest] = []
    var held: [Event] = []
    var names: [String] = []
    var nameIndex: [String: Int32] = [:]
    var seqs: [String: [Int]] = [:]
    var problems = 0
    var watermarks: [Watermark] = []
  }

  /// Reads one segment; `nil` when it holds another version of an id already read.
  private func read(
    _ file: (path: String, relative: String, device: String), into state: inout State, index: Int32
  )
    throws(StorageError) -> Int64?
  {
    let io = directory.io
    let fd: Int32
    do { fd = try io.open(file.path, flags: O_RDONLY, mode: 0) } catch {
      if error.code == ENOENT { return 0 }
      throw .cannotRead(path: file.path, code: error.code)
    }
    defer { io.close(fd) }
    var scan: SegmentScanner
    do {
      scan = try ChunkedSegmentReader(io: io).scan(fd: fd, file: file.relative, device: file.device)
      state.watermarks.append(try Watermark.make(file: file.relative, fd: fd, end: scan.end, io: io))
    } catch { throw .cannotRead(path: file.path, code: error.code) }
    try LogReader(directory: directory, quarantineDevice: quarantineDevice).quarantineUnreadable(&scan, path: file.path)
    state.problems += scan.anomalies.count { $0.isProblem && !$0.isTornTail }
    for record in scan.records {
      let event = record.event
      if let slot = state.slots[event.id] {
        if slot.contentKey != record.contentKey { return nil }
        continue
      }
      if event.seq > 0 { state.seqs[event.device, default: []].append(event.seq) }
      if let digest = digest(of: event, record: record, file: index, state: &state) {
        state.slots[event.id] = Slot(index: Int32(state.digests.count), contentKey: record.contentKey)
        state.digests.append(digest)
      } else {
        state.slots[event.id] = Slot(index: -1 - Int32(state.held.count), contentKey: record.contentKey)
        state.held.append(event)
      }
    }
    return scan.end
  }

  /// The digest of an old interaction, comp or refusal; `nil` for what is held whole.
  private func digest(of event: Event, record: SegmentScanner.Record, file: Int32, state: inout State) -> Digest? {
    guard calendar.dayNumber(of: event.at) < horizon else { return nil }
    let customer: String?
    var isRefusal = false
    switch event.payload {
    case .interaction(let interaction): customer = interaction.customer
    case .comp(let comp): customer = comp.customer
    case .refusal(let refusal):
      customer = refusal.customer
      isRefusal = true
    default: return nil
    }
    var name: Int32 = -1
    if let customer {
      if let known = state.nameIndex[customer] {
        name = known
      } else {
        name = Int32(state.names.count)
        state.nameIndex[customer] = name
        state.names.append(customer)
      }
    }
    return Digest(
      millis: event.at.millis, offsetSeconds: Int32(event.at.offsetSeconds), customer: name, file: file,
      rating: Int8(clamping: event.rating ?? 0), isRefusal: isRefusal, offset: record.offset,
      contentKey: record.contentKey)
  }

  /// Promotes amended digests, splits the held events at the horizon and folds the rest.
  private func finish(
    _ state: State, files: [(path: String, relative: String, device: String)]
  )
    throws(StorageError) -> Snapshot
  {
    var state = state
    let lines = RawLineReader(directory: directory)
    defer { lines.close() }
    for event in state.held {
      guard case .correction(let correction) = event.payload, case .amend = correction.change,
        let slot = state.slots[correction.target], slot.index >= 0, !state.digests[Int(slot.index)].isPromoted
      else { continue }
      let digest = state.digests[Int(slot.index)]
      let file = files[Int(digest.file)]
      let source = RecordSource(
        file: file.relative, offset: digest.offset, length: Int(digest.contentKey & 0xFFFF_FFFF),
        contentKey: digest.contentKey)
      let line = try lines.line(source)
      guard let decoded = try? line.withUnsafeBufferPointer({ try RecordCodec.decode($0, device: file.device) }) else {
        throw .fileKeepsChanging(path: file.path)
      }
      state.digests[Int(slot.index)].isPromoted = true
      state.held.append(decoded.event)
    }

    let stored = state.held.sorted(by: Event.historyOrder)
    var (recent, folded) = Snapshot.split(stored, horizon: horizon, calendar: calendar)
    let voided = Ledger(stored).voided
    var isVoided = [Bool](repeating: false, count: state.digests.count)
    for id in voided { if let slot = state.slots[id], slot.index >= 0 { isVoided[Int(slot.index)] = true } }
    for (index, digest) in state.digests.enumerated() where !isVoided[index] && !digest.isPromoted {
      fold(digest, names: state.names, into: &folded)
    }
    recent.sort(by: Event.historyOrder)
    let problems = state.problems + LogReader.sequenceAnomalies(state.seqs).count
    return Snapshot(
      key: "", horizon: horizon, problems: problems, watermarks: state.watermarks, folded: folded, recent: recent)
  }

  /// Folds one effective digested event, as `FoldedHistory.add` folds a whole one.
  private func fold(_ digest: Digest, names: [String], into folded: inout FoldedHistory) {
    let at = Timestamp(millis: digest.millis, offsetSeconds: Int(digest.offsetSeconds))
    if digest.rating != 0 { folded.ratings.add(rating: Int(digest.rating), onDay: calendar.dayNumber(of: at)) }
    guard digest.customer >= 0 else { return }
    let name = names[Int(digest.customer)]
    if !name.isEmpty { folded.customerCounts[name, default: 0] += 1 }
    if digest.isRefusal { folded.history.addRefusal(of: name, at: digest.millis) }
  }

  /// Every segment file and conflict copy, device by device, in a stable order.
  func segmentFiles() throws(StorageError) -> [(path: String, relative: String, device: String)] {
    var files: [(path: String, relative: String, device: String)] = []
    for device in try directory.devices().sorted() {
      let folder = directory.devicePath(device)
      let names: [String]
      do { names = try directory.io.list(folder) } catch { throw .cannotRead(path: folder, code: error.code) }
      for name in names.sorted() where DataDirectory.isSegmentFile(name) {
        let path = folder + "/" + name
        files.append((path, directory.relative(path), device))
      }
    }
    return files
  }
}

extension Anomaly {
  /// A torn tail: a write in flight or cut off, repaired by its writer; not kept in a snapshot.
  var isTornTail: Bool {
    if case .tornTail = kind { true } else { false }
  }
}
