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

  /// Reads and merges the data directory; unreadable lines are copied to this device's
  /// quarantine when the directory exists. `progress` is told the bytes read so far.
  public func load(progress: ProgressHook? = nil) throws(StorageError) -> (log: LoadedLog, ledger: Ledger) {
    let exists = (try? directory.io.stat(directory.root)) != nil
    var reader = LogReader(directory: directory, quarantineDevice: exists ? settings.device : nil)
    reader.progress = progress
    let log = try reader.load()
    return (log, Ledger(log.events))
  }

  /// The dashboard's view of the history: from the snapshot cache and the bytes appended since
  /// when it fits, else by a full replay that writes a new snapshot (see `HistoryCache`).
  public func overview(progress: ((_ done: Int64, _ total: Int64) -> Void)? = nil) throws(StorageError) -> Overview {
    try historyCache(progress: progress).overview(today: today).overview
  }

  /// The snapshot cache of this data directory (no file when no cache folder is configured).
  public func historyCache(progress: ((_ done: Int64, _ total: Int64) -> Void)? = nil) -> HistoryCache {
    let exists = (try? directory.io.stat(directory.root)) != nil
    let path = settings.cacheDirectory.map {
      HistoryCache.path(cacheRoot: $0, dataDirectory: Workspace.absolute(settings.dataDirectory))
    }
    var cache = HistoryCache(
      directory: directory, calendar: calendar, path: exists ? path : nil,
      quarantineDevice: exists ? settings.device : nil)
    cache.progress = progress
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
