import Dispatch

#if canImport(Glibc)
  import Glibc
#endif

/// Opens the `Overview` of a data directory at a cost that follows recent history, not all of
/// it (DESIGN.md §3.5 item 8, §8): a snapshot outside the data directory (DESIGN.md §3.1)
/// plus the bytes appended since. Anything that does not match — another program or snapshot
/// version, another day start or `FORMAT`, a segment shrunk, replaced or edited, a new
/// conflict copy, an unreadable new line, a new correction or complaint update about
/// something the snapshot folded away — means a full replay and a new snapshot.
///
/// The snapshot is disposable: deleting it, or failing to write it, only costs a replay.
public struct HistoryCache {
  public let directory: DataDirectory
  public let calendar: BusinessCalendar
  /// The snapshot file; `nil` replays every time.
  public let path: String?
  /// When set, unreadable lines are copied to this device's quarantine folder.
  public var quarantineDevice: String?
  /// Called during a full replay with bytes read and bytes in all.
  public var progress: ProgressHook?
  /// The exact read used when a replay cannot be folded (two versions of one event, an
  /// erasure to apply); by default `LogReader.load()` into a `Ledger`.
  public var exactOverview: (() throws(StorageError) -> Overview)?

  /// Whole days before today that the snapshot keeps in full.
  static let recentDays = 1
  /// A snapshot whose horizon lags this many days behind is compacted when it is used, even
  /// with nothing new to store; one that is stored anyway is compacted as soon as its horizon
  /// lags at all, so a day's first start does not decode the week before it in full.
  static let compactAfterDays = 7
  /// Changes whenever what a snapshot holds or means changes.
  static let schema = "schema=1"

  /// How the overview was opened.
  public enum Source: Equatable, Sendable {
    /// From the snapshot and this many events stored since.
    case snapshot(newEvents: Int)
    /// By a full replay, which wrote a new snapshot.
    case replay
    /// By the exact read: two copies of one event differ, or an erasure must be applied.
    case exactMerge
  }

  public init(
    directory: DataDirectory, calendar: BusinessCalendar, path: String?, quarantineDevice: String? = nil
  ) {
    self.directory = directory
    self.calendar = calendar
    self.path = path
    self.quarantineDevice = quarantineDevice
  }

  /// The snapshot file for data directory `dataDirectory` under `cacheRoot`
  /// (`$XDG_CACHE_HOME/tresen`): one folder per data directory, named by a hash of its path.
  public static func path(cacheRoot: String, dataDirectory: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in dataDirectory.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let name = String(hash, radix: 16)
    return cacheRoot + "/" + String(repeating: "0", count: 16 - name.count) + name + "/snapshot.bin"
  }

  /// The overview as of business day `today`.
  public func overview(today: LocalDate) throws(StorageError) -> (overview: Overview, source: Source) {
    let key = try currentKey()
    let horizon = today.daysSinceEpoch - HistoryCache.recentDays
    if let (overview, newEvents) = try resumeStored(key: key, horizon: horizon) {
      return (overview, .snapshot(newEvents: newEvents))
    }
    var replay = HistoryReplay(
      directory: directory, calendar: calendar, horizon: horizon, quarantineDevice: quarantineDevice)
    replay.progress = progress
    guard var snapshot = try replay.run() else {
      // A snapshot left from before may hold names an erasure has since removed.
      discard()
      if let exactOverview { return (try exactOverview(), .exactMerge) }
      let log = try LogReader(directory: directory, quarantineDevice: quarantineDevice).load()
      let overview = Overview(
        ledger: Ledger(log.events), problems: log.anomalies.count(where: \.isProblem), calendar: calendar)
      return (overview, .exactMerge)
    }
    snapshot.key = key
    store(snapshot)
    return (snapshot.overview(calendar: calendar), .replay)
  }

  /// Throws the snapshot away, so the next start replays (after an erasure, say).
  public func discard() {
    guard let path else { return }
    try? directory.io.unlink(path)
  }

  /// What a snapshot must have been made with: this schema, this day start, this `FORMAT`.
  private func currentKey() throws(StorageError) -> String {
    let format: [UInt8]?
    do { format = try directory.io.readFile(directory.formatPath) } catch {
      throw .cannotRead(path: directory.formatPath, code: error.code)
    }
    return
      "\(HistoryCache.schema) day-start=\(calendar.dayStartHour) format=\(String(decoding: format ?? [], as: UTF8.self))"
  }

  /// The overview from the stored snapshot and the bytes appended since, or `nil` when there
  /// is no usable snapshot or it does not fit the segments. The segments are checked against
  /// the watermarks at the snapshot's front on another core while the rest of it is decoded.
  private func resumeStored(key: String, horizon: Int) throws(StorageError) -> (Overview, Int)? {
    guard let path, let bytes = try? directory.io.readFile(path), let front = try? Snapshot.Front(bytes),
      front.key == key
    else { return nil }
    let marks = front.watermarks
    let tail = PerThread<Result<SnapshotTail?, StorageError>>(count: 1)
    let directory = directory
    let reading = DispatchGroup()
    DispatchQueue.global().async(group: reading) {
      tail[0] = Result { () throws(StorageError) in try HistoryCache.readTail(of: directory, after: marks) }
    }
    let decoded = try? Snapshot(checking: bytes, front: front)
    reading.wait()
    guard let snapshot = decoded, let read = try tail[0]?.get() else { return nil }
    return try resume(snapshot, tail: read, horizon: horizon)
  }

  private func store(_ snapshot: Snapshot) {
    guard let path else { return }
    let folder = path.parentPath
    let cache = DataDirectory(root: folder, io: directory.io)
    try? cache.makeDirectories(folder)
    try? directory.io.writeAtomically(snapshot.encoded, to: path)
  }

  /// The overview from `snapshot` and the bytes appended since, or `nil` when they do not
  /// fit together and a replay is needed. Stores the snapshot again when it moved on.
  private func resume(_ snapshot: Snapshot, tail: SnapshotTail, horizon: Int) throws(StorageError) -> (Overview, Int)? {
    guard let events = tail.events(fittingOnto: snapshot.recent) else { return nil }
    let isStale = horizon - snapshot.horizon >= HistoryCache.compactAfterDays
    guard !events.isEmpty || isStale || tail.watermarks != snapshot.watermarks else {
      return (snapshot.overview(calendar: calendar, problems: tail.tornTails), 0)
    }
    var next = snapshot
    next.watermarks = tail.watermarks
    let stored = (snapshot.recent + events).sorted(by: Event.historyOrder)
    if horizon > snapshot.horizon {
      let (recent, folded) = Snapshot.split(stored, horizon: horizon, calendar: calendar)
      next.recent = recent
      next.folded.merge(folded)
      next.horizon = horizon
    } else {
      next.recent = stored
    }
    store(next)
    return (next.overview(calendar: calendar, problems: tail.tornTails), events.count)
  }

  /// What was appended since `snapshot`; `nil` when a segment no longer matches its watermark, a conflict
  /// copy appeared, or a new line cannot be read.
  private static func readTail(
    of directory: DataDirectory, after watermarks: [Watermark]
  ) throws(StorageError) -> SnapshotTail? {
    let files = try directory.segments()
    var marks: [String: Watermark] = [:]
    for mark in watermarks { marks[mark.file] = mark }
    guard Set(files.map(\.file)).isSuperset(of: marks.keys) else { return nil }
    var tail = SnapshotTail()
    for file in files {
      let mark = marks[file.file]
      if mark == nil, DataDirectory.isConflictCopy(file.path) { return nil }
      guard try tail.read(file, after: mark, io: directory.io) else { return nil }
    }
    return tail
  }
}
