/// Erases a person from this device's files (DSGVO Art. 17) and carries the erasure to other
/// devices through a `customer.erased` event with no personal data (see `CustomerErasure`).
///
/// Order matters for crashes: the event is appended first, durably; then this device's
/// segments are rewritten under its lock. A crash in between leaves a pending erasure that
/// `applyPending()` finishes on the next run, as every other device does when it reads the
/// event.
public struct Erasure {
  public let directory: DataDirectory
  public let device: String
  private let writer: LogWriter

  public init(directory: DataDirectory, device: String, ids: any IDGenerator = UUIDv7Generator()) {
    self.directory = directory
    self.device = device
    self.writer = LogWriter(directory: directory, device: device, ids: ids)
  }

  /// What an erasure or a pending pass changed on this device.
  public struct Report: Sendable, Equatable {
    /// Records rewritten with redactions.
    public var recordsRedacted = 0
    /// Unreadable lines that mentioned the person and were removed.
    public var unreadableRemoved = 0
    /// Segment files rewritten, relative to the data directory.
    public var files: [String] = []
    /// Quarantine copies removed, relative to the data directory.
    public var quarantineRemoved: [String] = []
    /// The `customer.erased` event appended, if any.
    public var event: Event?

    /// Whether the pass changed nothing.
    public var isEmpty: Bool { recordsRedacted == 0 && unreadableRemoved == 0 && quarantineRemoved.isEmpty }
  }

  /// Erases `name`: appends `customer.erased` at `at`, then redacts this device's records.
  public func erase(_ name: String, at: Timestamp, staff: String?) throws(StorageError) -> Report {
    var salt = SystemRandomNumberGenerator()
    let saltHex = Hashing.hex((0..<16).map { _ in UInt8.random(in: 0...255, using: &salt) })
    let events = try LogReader(directory: directory).load().events
    let records = CustomerRecords.ids(of: CustomerName.normalize(name), in: events).sorted()
    let erasure = CustomerErasure(
      subject: CustomerErasure.subject(of: name, salt: saltHex), salt: saltHex, records: records)
    let event = try writer.append(.erasure(erasure), at: at, staff: staff)
    var report = try applyPending()
    report.event = event
    return report
  }

  /// Applies every erasure recorded by any device (and the retention cutoff, if given) to this
  /// device's own segments and quarantine. Does nothing when nothing is pending; running it
  /// again changes nothing.
  public func applyPending(retentionCutoff: Timestamp? = nil) throws(StorageError) -> Report {
    try writer.withDeviceLock { () throws(StorageError) -> Report in
      let events = try LogReader(directory: directory).load().events
      let set = ErasureSet(events, retentionCutoff: retentionCutoff)
      guard !set.isEmpty else { return Report() }
      let keys = set.erased.keys.sorted()
      let rewriter = SegmentRewriter(directory: directory, device: device)
      var report = Report()
      // Quarantine first: once the segments are clean, the name is gone and could no longer be
      // recognised in a quarantined copy after a crash.
      report.quarantineRemoved = try rewriter.removeQuarantined(mentioning: keys)
      let whole = set.wholeIDs(in: events)
      let outcome = try rewriter.rewrite(
        { event in
          let redacted = set.redact(event, whole: whole)
          return redacted.data == event.data ? nil : redacted
        },
        dropUnreadable: { line in keys.contains { CustomerName.text(line, mentions: $0) } })
      report.recordsRedacted = outcome.linesChanged
      report.unreadableRemoved = outcome.linesDropped
      report.files = outcome.files
      return report
    }
  }
}
