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
  /// ledger); unreadable lines are copied to this device's
  /// quarantine when the directory exists.
  public func load() throws(StorageError) -> (log: LoadedLog, ledger: Ledger) {
    let exists = (try? directory.io.stat(directory.root)) != nil
    let reader = LogReader(directory: directory, quarantineDevice: exists ? settings.device : nil)
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
    return report.map { !$0.isEmpty } ?? false
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

  /// Records `payload` now, durably, as the configured staff member.
  @discardableResult
  public func record(_ payload: Payload) throws(StorageError) -> Event {
    try writer.append(payload, at: clock.now(), staff: settings.staff)
  }

  /// Repairs this device's segments (see `LogWriter.repair()`).
  public func repair() throws(StorageError) -> [RepairAction] { try writer.repair() }

  /// Today's business day.
  public var today: LocalDate { calendar.day(of: clock.now()) }

  /// The complaint `query` names.
  public func complaint(_ query: String, in ledger: Ledger) throws(InputError) -> Complaint {
    let id = try input.eventID(query, in: ledger.allIDs)
    guard let complaint = ledger.complaints[id] else { throw .notAComplaint(query) }
    return complaint
  }
}
