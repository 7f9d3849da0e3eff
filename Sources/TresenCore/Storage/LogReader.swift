/// Everything the data directory holds, merged: every device's segments and sync-conflict
/// copies, deduplicated by id, in history order (DESIGN.md §3.2–§3.3).
public struct LoadedLog: Sendable {
  /// The events as stored (corrections not yet applied), in history order.
  public var events: [Event]
  /// What the reader noticed, in file and line order.
  public var anomalies: [Anomaly]
  /// Segment files read (conflict copies included).
  public var files: [String]
  /// The `FORMAT` in force; `nil` for an empty or new directory.
  public var format: DataDirectory.Format?

  /// Whether the directory's format is newer than this build writes.
  public var isReadOnly: Bool { (format?.major ?? 0) > DataDirectory.formatMajor }
}

/// Reads a data directory. Merging is deterministic, order-independent and idempotent
/// (storage promise 9): the result is a set union by id, sorted by (instant, device, seq).
public struct LogReader {
  public let directory: DataDirectory
  /// When set, lines that cannot be read are copied to this device's quarantine folder.
  public var quarantineDevice: String?
  /// Told the bytes read so far after each segment, when set.
  public var progress: ProgressHook?

  public init(directory: DataDirectory, quarantineDevice: String? = nil) {
    self.directory = directory
    self.quarantineDevice = quarantineDevice
  }

  /// Loads and merges all segments.
  /// - Complexity: O(n log n) in the number of records.
  public func load() throws(StorageError) -> LoadedLog {
    let merged = try merge()
    return merged.log(Self.inHistoryOrder(Array(merged.byID.values)).map(\.record.event))
  }

  /// Loads and merges like `load()`, and also says where each event's line is stored, so its
  /// exact bytes can be read again with `RawLineReader` (byte-for-byte exports). The sources
  /// are parallel to `events`; the lines themselves are not kept in memory.
  /// - Complexity: O(n log n) in the number of records.
  public func loadWithSources() throws(StorageError) -> (log: LoadedLog, sources: [RecordSource]) {
    let merged = try merge()
    let entries = Self.inHistoryOrder(Array(merged.byID.values))
    let sources = entries.map { entry in
      RecordSource(
        file: entry.file, offset: entry.record.offset, length: entry.record.length,
        contentKey: entry.record.contentKey)
    }
    return (merged.log(entries.map(\.record.event)), sources)
  }

  /// A record and the segment it was read from.
  private typealias Entry = (record: SegmentScanner.Record, file: String)

  /// `entries` in history order. Their positions are sorted, by the instant first from a
  /// plain array (`Event.historyOrder`'s first criterion), so events are compared whole only
  /// on equal instants: a sort that hands whole events to its comparator copies every field
  /// of both at each step, which takes seconds for a million events.
  private static func inHistoryOrder(_ entries: [Entry]) -> [Entry] {
    let millis = entries.map(\.record.event.at.millis)
    let order = entries.indices.sorted { lhs, rhs in
      if millis[lhs] != millis[rhs] { return millis[lhs] < millis[rhs] }
      return Event.historyOrder(entries[lhs].record.event, entries[rhs].record.event)
    }
    return order.map { entries[$0] }
  }

  /// Every segment's records, deduplicated by id, not yet ordered.
  private struct Merged {
    var byID: [EventID: Entry]
    var anomalies: [Anomaly]
    var files: [String]
    var format: DataDirectory.Format?

    func log(_ events: [Event]) -> LoadedLog {
      LoadedLog(
        events: events, anomalies: anomalies + LogReader.sequenceAnomalies(events), files: files, format: format)
    }
  }

  private func merge() throws(StorageError) -> Merged {
    let format = try directory.readFormat()
    var byID: [EventID: (record: SegmentScanner.Record, file: String)] = [:]
    // Every distinct content seen per id: a version already seen (in another copy) is not a new
    // conflict, so the number of reports does not depend on file order or repeated copies.
    var variants: [EventID: Set<UInt64>] = [:]
    var anomalies: [Anomaly] = []
    var files: [String] = []
    let segments = try directory.segments()
    var counter = ProgressCounter(
      total: progress == nil ? 0 : directory.totalBytes(of: segments.map(\.path)), hook: progress)
    // Segments are scanned on worker threads ahead of this loop, in order.
    try SegmentPrefetcher(reader: ChunkedSegmentReader(io: directory.io)).forEach(segments) {
      (segment, result) throws(StorageError) in
      let scanned: SegmentScanner?
      switch result {
      case .success(let value): scanned = value
      case .failure(let error): throw .cannotRead(path: segment.path, code: error.code)
      }
      let relative = segment.file
      files.append(relative)
      defer { counter.advance(byBytesOf: segment.path, in: directory) }
      var scan = scanned ?? SegmentScanner(file: relative, device: segment.device)
      try quarantineUnreadable(&scan, path: segment.path)
      anomalies += scan.anomalies
      for record in scan.records {
        let id = record.event.id
        guard let existing = byID[id] else {
          byID[id] = (record, relative)
          continue
        }
        guard existing.record.contentKey != record.contentKey else { continue }
        // The set starts at the first conflict, with the content seen first.
        let isNewVariant = variants[id, default: [existing.record.contentKey]].insert(record.contentKey).inserted
        let incoming = (record: record, file: relative)
        let (kept, dropped) =
          existing.record.contentKey < record.contentKey ? (existing, incoming) : (incoming, existing)
        byID[id] = kept
        guard isNewVariant else { continue }
        // Report where the losing line actually is, which may be an earlier file.
        anomalies.append(
          Anomaly(
            kind: .conflictingDuplicate(id: id.text), file: dropped.file, line: dropped.record.line,
            offset: dropped.record.offset))
      }
    }
    counter.finish()
    return Merged(byID: byID, anomalies: anomalies, files: files, format: format)
  }

  /// Copies unreadable lines to quarantine (not torn tails: they may be a write in flight;
  /// the owning writer repairs them under its lock).
  func quarantineUnreadable(_ scan: inout SegmentScanner, path: String) throws(StorageError) {
    guard let device = quarantineDevice else { return }
    let quarantine = Quarantine(directory: directory, device: device)
    for index in scan.anomalies.indices {
      guard case .unreadable = scan.anomalies[index].kind,
        let bad = scan.unusable.first(where: { $0.offset == scan.anomalies[index].offset })
      else { continue }
      scan.anomalies[index].quarantinedAs = try quarantine.keep(bad.bytes[...], from: path, at: bad.offset)
    }
  }

  /// Gaps and reused numbers in each device's `seq`.
  private static func sequenceAnomalies(_ events: [Event]) -> [Anomaly] {
    var seqsByDevice: [String: [Int]] = [:]
    for event in events where event.seq > 0 { seqsByDevice[event.device, default: []].append(event.seq) }
    return sequenceAnomalies(seqsByDevice)
  }

  /// Gaps and reused numbers in the `seq` numbers of each device.
  static func sequenceAnomalies<Number: BinaryInteger>(_ seqsByDevice: [String: [Number]]) -> [Anomaly] {
    var anomalies: [Anomaly] = []
    for (device, seqs) in seqsByDevice.sorted(by: { $0.key < $1.key }) {
      let sorted = seqs.sorted()
      var previous = 0
      for number in sorted {
        let seq = Int(number)
        if seq == previous {
          anomalies.append(
            Anomaly(kind: .sequenceReused(device: device, seq: seq), file: "devices/\(device)", line: 0, offset: 0))
        } else if seq > previous + 1 {
          anomalies.append(
            Anomaly(
              kind: .sequenceGap(device: device, after: previous, next: seq), file: "devices/\(device)", line: 0,
              offset: 0))
        }
        previous = seq
      }
    }
    return anomalies
  }
}
