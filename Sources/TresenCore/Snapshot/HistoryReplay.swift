import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// The full replay: reads every segment of a data directory once, in chunks, into a
/// `Snapshot`, holding in full only what the snapshot keeps whole (DESIGN.md §8: a million
/// events in well under 150 MB).
///
/// Every event before the horizon — nearly all of a long history — is first kept as a 48-byte
/// `Digest`, read straight from its line on the scanning threads (`LineDigestDecoder`; lines it
/// cannot vouch for are decoded in full and digested from the event). Once every correction is
/// known, the digests that must be whole after all (an amended event, every event of a
/// complaint still open or resolved on or after the horizon) are read again from their lines,
/// and the rest is folded. Whatever is held whole is handed to `Snapshot.split`, which applies
/// the corrections as `Ledger` does; holding more than needed is always correct, so every doubt
/// (ties in history order, an amendment that moves an update to another complaint) resolves to
/// holding.
///
/// Merging follows `LogReader` (deduplicated by id, every device and conflict copy); only two
/// copies of one id with different content need the exact merge, and then `run` returns `nil`
/// so the caller can fall back to `LogReader.load()` — as it does for what a digest cannot
/// hold (`ReplayState.isOutOfRange`).
struct HistoryReplay {
  let directory: DataDirectory
  let calendar: BusinessCalendar
  /// The first business day kept whole (days since 1970-01-01).
  let horizon: Int
  /// When set, unreadable lines are copied to this device's quarantine folder.
  var quarantineDevice: String?
  /// Called after each segment with the bytes read so far and in all.
  var progress: ((_ done: Int64, _ total: Int64) -> Void)?

  /// How many digests ahead the id table is asked for a bucket.
  static let prefetchDistance = 12

  func run() throws(StorageError) -> Snapshot? {
    let files = try directory.segments()
    let total = directory.totalBytes(of: files.map(\.path))
    var state = ReplayState(expectedEvents: Int(total / 240))
    var done: Int64 = 0
    var conflicting = false
    var index: Int32 = 0
    // Segments are scanned on worker threads ahead of this loop, in order.
    var reader = ChunkedSegmentReader(io: directory.io)
    reader.digestRule = SegmentScanner.DigestRule(horizon: horizon, calendar: calendar)
    try SegmentPrefetcher(reader: reader).forEach(files) {
      (segment, result) throws(StorageError) in
      defer { index += 1 }
      guard !conflicting else { return }
      let scanned: SegmentScanner?
      switch result {
      case .success(let value): scanned = value
      case .failure(let error): throw .cannotRead(path: segment.path, code: error.code)
      }
      guard var scan = scanned else { return }
      guard try take(&scan, from: segment, into: &state, index: index) else {
        conflicting = true
        return
      }
      done += scan.end
      progress?(done, total)
    }
    return conflicting || state.isOutOfRange ? nil : try finish(&state, files: files)
  }

  /// Takes one scanned segment in; `false` when it holds another version of an id already read.
  private func take(
    _ scan: inout SegmentScanner, from file: SegmentPrefetcher.Segment, into state: inout ReplayState, index: Int32
  )
    throws(StorageError) -> Bool
  {
    let io = directory.io
    do {
      let fd = try io.open(file.path, flags: O_RDONLY, mode: 0)
      defer { io.close(fd) }
      state.watermarks.append(try Watermark.make(file: file.file, fd: fd, end: scan.end, io: io))
    } catch { throw .cannotRead(path: file.path, code: error.code) }
    try LogReader(directory: directory, quarantineDevice: quarantineDevice).quarantineUnreadable(&scan, path: file.path)
    state.problems += scan.anomalies.count { $0.isProblem && !$0.isTornTail }
    // Records and digests in file order, as the lines stand; elements are read in place.
    let customers = state.customerIndices(of: scan.names)
    var (record, digest) = (0, 0)
    while record < scan.records.count || digest < scan.digests.count {
      if digest < scan.digests.count,
        record == scan.records.count || scan.records[record].line > scan.digests[digest].line
      {
        defer { digest += 1 }
        // Ids are random: the table's bucket for a later one is fetched while this one is taken.
        if digest + HistoryReplay.prefetchDistance < scan.digests.count {
          state.prefetch(scan.digests[digest + HistoryReplay.prefetchDistance].digest.id)
        }
        let scanned = scan.digests[digest]
        switch state.admission(of: scanned.digest.id, contentKey: scanned.contentKey) {
        case .conflicting: return false
        case .copy: continue
        case .new:
          let customer = scanned.digest.customer
          state.add(
            scanned.digest, customer: customer >= 0 ? customers[Int(customer)] : -1, day: scanned.day,
            offset: scanned.offset, contentKey: scanned.contentKey, file: Int(index))
        }
      } else {
        defer { record += 1 }
        switch state.admission(of: scan.records[record].event.id, contentKey: scan.records[record].contentKey) {
        case .conflicting: return false
        case .copy: continue
        case .new:
          let whole = scan.records[record]
          let day = calendar.dayNumber(of: whole.event.at)
          if day < horizon, let line = LineDigest(whole.event, names: &state.customers) {
            state.add(
              line, customer: line.customer, day: day, offset: whole.offset, contentKey: whole.contentKey,
              file: Int(index))
          } else {
            state.hold(whole.event, contentKey: whole.contentKey)
          }
        }
      }
    }
    return true
  }

  /// Reads the digests that must be whole, folds the others, and splits what is held.
  private func finish(_ state: inout ReplayState, files: [SegmentPrefetcher.Segment]) throws(StorageError) -> Snapshot?
  {
    // Erasures redact names in memory across devices (`ErasureSet`): only the exact read applies them.
    guard state.markAmendedDigests(), !state.held.contains(where: \.isErasure) else { return nil }
    state.held.sort(by: Event.historyOrder)
    let voided = Ledger.voidedIDs(state.held)
    let isVoided = state.voidedDigests(voided)
    state.markLiveComplaints(isVoided: isVoided, horizon: horizon)
    // Digests do not change from here on: the copy shares them with the background work. Gaps
    // and reused sequence numbers are counted, and the digests folded, beside this thread,
    // which reads the held lines again and splits what is held.
    let frozen = state
    let sequenceProblems = PerThread<Int>(count: 1)
    let foldedDigests = PerThread<FoldedHistory>(count: 1)
    let background = DispatchGroup()
    DispatchQueue.global().async(group: background) {
      sequenceProblems[0] = LogReader.sequenceAnomalies(frozen.sequenceNumbers()).count
    }
    DispatchQueue.global().async(group: background) {
      var folded = FoldedHistory()
      frozen.foldDigests(isVoided: isVoided, into: &folded)
      foldedDigests[0] = folded
    }
    let problems = state.problems
    let watermarks = state.watermarks
    var held = state.held
    state = ReplayState(expectedEvents: 0)
    let split: (recent: [Event], folded: FoldedHistory)
    do {
      // The background work ends before this block does, however it ends.
      defer { background.wait() }
      try readHeldLines(of: frozen.digests, from: files, into: &held)
      held.sort(by: Event.historyOrder)
      split = Snapshot.split(held, horizon: horizon, calendar: calendar)
    }
    var folded = foldedDigests[0] ?? FoldedHistory()
    folded.merge(split.folded)
    return Snapshot(
      key: "", horizon: horizon, problems: problems + (sequenceProblems[0] ?? 0), watermarks: watermarks,
      folded: folded, recent: split.recent)
  }

  /// Reads the lines of the digests marked held again and decodes them whole.
  private func readHeldLines(
    of digests: [ReplayState.Digest], from files: [SegmentPrefetcher.Segment], into held: inout [Event]
  ) throws(StorageError) {
    let lines = RawLineReader(directory: directory)
    defer { lines.close() }
    for digest in digests where digest.isHeld {
      let file = files[Int(digest.file)]
      let source = RecordSource(
        file: file.file, offset: Int64(digest.offset), length: Int(digest.contentKey & 0xFFFF_FFFF),
        contentKey: digest.contentKey)
      let line = try lines.line(source)
      guard let decoded = try? line.withUnsafeBufferPointer({ try RecordCodec.decode($0, device: file.device) })
      else { throw .fileKeepsChanging(path: file.path) }
      held.append(decoded.event)
    }
  }
}

extension Event {
  /// A `customer.erased` record, whatever this build makes of its data.
  var isErasure: Bool { type == EventType.customerErased.rawValue }
}

extension Anomaly {
  /// A torn tail: a write in flight or cut off, repaired by its writer; not kept in a snapshot.
  var isTornTail: Bool {
    if case .tornTail = kind { true } else { false }
  }
}
