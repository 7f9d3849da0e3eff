import Foundation

/// One data directory opened for a device and a person: what the command line and the
/// terminal UI share. Time, ids and the file system are injected.
public final class Workspace {
  public let settings: Settings
  public let directory: DataDirectory
  public let clock: any Clock
  public let localizer: Localizer
  public let calendar: BusinessCalendar
  public let input: InputParser
  private let writer: LogWriter

  public init(
    settings: Settings, clock: any Clock = SystemClock(), ids: any IDGenerator = UUIDv7Generator(),
    io: any LogIO = SystemIO()
  ) {
    self.settings = settings
    self.directory = DataDirectory(root: settings.dataDirectory, io: io)
    self.clock = clock
    self.localizer = Localizer(settings.language, currency: settings.currency)
    self.calendar = BusinessCalendar(dayStartHour: settings.dayStartHour)
    self.input = InputParser(localizer: localizer)
    self.writer = LogWriter(directory: directory, device: settings.device, ids: ids)
  }

  /// Reads and merges the data directory, with erasures and retention applied in memory (the
  /// ledger); unreadable lines are copied to this device's quarantine when the directory
  /// exists. `progress` is told the bytes read so far.
  public func load(progress: ProgressHook? = nil) throws(StorageError) -> (log: LoadedLog, ledger: Ledger) {
    let exists = (try? directory.io.stat(directory.root)) != nil
    var reader = LogReader(directory: directory, quarantineDevice: exists ? settings.device : nil)
    reader.progress = progress
    var log = try reader.load()
    var visible = ErasureSet(log.events).apply(to: log.events)
    if exists, finishPendingErasures(log.events, visible: visible) {
      log = try reader.load()
      visible = ErasureSet(log.events).apply(to: log.events)
    }
    if retention != nil { visible = privacyFilter(log.events).apply(to: log.events) }
    return (log, Ledger(visible))
  }

  /// Rewrites this device's files for erasures that another device (or an interrupted
  /// `customer erase`) recorded but this device's files do not show yet, so every device
  /// applies an erasure when it reads it (README "Privacy"). `visible` is `events` with the
  /// erasures applied in memory (`ErasureSet.apply(to:)`).
  /// - Returns: whether files changed and the log must be read again. A failure (a read-only
  ///   folder) changes nothing: the records stay redacted in memory and the next read retries.
  private func finishPendingErasures(_ events: [Event], visible: [Event]) -> Bool {
    let stored = events.filter { $0.type != EventType.customerErased.rawValue }
    guard stored.count != events.count else { return false }
    let pending = zip(stored, visible).contains { $0.device == settings.device && $0.data != $1.data }
    guard pending else { return false }
    let report = try? Erasure(directory: directory, device: settings.device).applyPending()
    guard let report, !report.isEmpty else { return false }
    historyCache().discard()
    return true
  }

  /// The erasures recorded by any device and this device's retention cutoff, to apply in
  /// memory to records that other devices have not rewritten yet.
  public func privacyFilter(_ events: [Event]) -> ErasureSet {
    ErasureSet(events, retentionCutoff: retention?.cutoff)
  }

  /// The configured retention (`retention_years`), if any.
  public var retention: Retention? {
    settings.retentionYears.map { Retention(years: $0, now: clock.now()) }
  }

  /// The dashboard's view of the history: from the snapshot cache and the bytes appended since
  /// when it fits, else by a full replay that writes a new snapshot (see `HistoryCache`).
  ///
  /// With `retention_years` set, the anonymised past moves every day, so the whole history is
  /// read (no snapshot); erasures make the cache fall back to the same exact read.
  public func overview(progress: ProgressHook? = nil) throws(StorageError) -> Overview {
    guard retention == nil else { return try exactOverview(progress: progress) }
    return try historyCache(progress: progress).overview(today: today).overview
  }

  /// The overview of the whole ledger as `load()` gives it, erasures and retention applied.
  func exactOverview(progress: ProgressHook? = nil) throws(StorageError) -> Overview {
    let (log, ledger) = try load(progress: progress)
    return Overview(ledger: ledger, problems: log.anomalies.count(where: \.isProblem), calendar: calendar)
  }

  /// The snapshot cache of this data directory (no file when no cache folder is configured).
  public func historyCache(progress: ProgressHook? = nil) -> HistoryCache {
    let exists = (try? directory.io.stat(directory.root)) != nil
    let path = settings.cacheDirectory.map {
      HistoryCache.path(cacheRoot: $0, dataDirectory: Workspace.absolute(settings.dataDirectory))
    }
    var cache = HistoryCache(
      directory: directory, calendar: calendar, path: exists ? path : nil,
      quarantineDevice: exists ? settings.device : nil)
    cache.progress = progress
    cache.exactOverview = { () throws(StorageError) -> Overview in try self.exactOverview(progress: progress) }
    return cache
  }

  /// `path` made absolute against the working directory, so one folder has one cache.
  static func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// Records `payload` now, durably, as the configured staff member.
  @discardableResult
  public func record(_ payload: Payload) throws(StorageError) -> Event {
    try writer.append(payload, at: clock.now(), staff: settings.staff)
  }

  /// Repairs this device's segments (see `LogWriter.repair(progress:)`).
  public func repair(progress: ProgressHook? = nil) throws(StorageError) -> [RepairAction] {
    try writer.repair(progress: progress)
  }

  /// Today's business day.
  public var today: LocalDate { calendar.day(of: clock.now()) }

  /// The complaint `query` names.
  public func complaint(_ query: String, in ledger: Ledger) throws(InputError) -> Complaint {
    let id = try input.eventID(query, in: ledger.allIDs)
    guard let complaint = ledger.complaints[id] else { throw .notAComplaint(query) }
    return complaint
  }
}
