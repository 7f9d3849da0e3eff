#if canImport(Glibc)
  import Glibc
#endif

/// Appends events for one device, durably (DESIGN.md §3.5 promises 1, 2, 4–7).
///
/// Each append: exclusive `flock` on the device's `.lock`; open the month's segment with
/// `O_APPEND`; check the inode against the path (a sync tool may have replaced the file);
/// repair a torn tail (quarantine first); number the record `seq` = last + 1; one `write` of
/// the whole line — a short or failed write is truncated back; `fdatasync` — a failure is
/// reported, never retried; for a new segment also fsync the file and its directory.
/// Only then is the event returned as saved.
public final class LogWriter {
  public let directory: DataDirectory
  public let device: String
  private let ids: any IDGenerator
  var io: any LogIO { directory.io }

  /// Largest record accepted; one `write` of more than this would not be atomic in practice.
  public static let maximumRecordBytes = 1 << 20

  public init(directory: DataDirectory, device: String, ids: any IDGenerator = UUIDv7Generator()) {
    self.directory = directory
    self.device = device
    self.ids = ids
  }

  /// A record to append: what happened, when and by whom.
  public struct Draft: Sendable {
    public var payload: Payload
    public var at: Timestamp
    public var staff: String?

    public init(_ payload: Payload, at: Timestamp, staff: String? = nil) {
      self.payload = payload
      self.at = at
      self.staff = staff
    }
  }

  /// Appends one event and returns it once it is durable.
  @discardableResult
  public func append(_ payload: Payload, at: Timestamp, staff: String? = nil) throws(StorageError) -> Event {
    try append([Draft(payload, at: at, staff: staff)])[0]
  }

  /// Appends events in order with one lock, one `write` and one `fdatasync` per segment
  /// (group commit; used by `tresen demo` and imports). All or none of a segment's batch
  /// is saved.
  @discardableResult
  public func append(_ drafts: [Draft]) throws(StorageError) -> [Event] {
    guard !drafts.isEmpty else { return [] }
    return try withDeviceLock { () throws(StorageError) -> [Event] in try appendLocked(drafts) }
  }

  /// Runs `body` holding the device's exclusive lock (promise 4: writers on one device never
  /// interleave and `seq` stays gapless). Creates the directory tree and `FORMAT` if needed.
  func withDeviceLock<T>(_ body: () throws(StorageError) -> T) throws(StorageError) -> T {
    try directory.prepare()
    try directory.makeDirectories(directory.devicePath(device))
    let lockPath = directory.lockPath(device)
    let lockFD: Int32
    do {
      lockFD = try io.open(lockPath, flags: O_RDWR | O_CREAT, mode: 0o600)
    } catch {
      throw .cannotOpen(path: lockPath, code: error.code)
    }
    defer { io.close(lockFD) }
    do { try io.lockExclusive(lockFD) } catch { throw .cannotLock(path: lockPath, code: error.code) }
    return try body()
  }

  private func appendLocked(_ drafts: [Draft]) throws(StorageError) -> [Event] {
    var saved: [Event] = []
    var lastSeq = try lastSequenceNumber()
    var index = 0
    while index < drafts.count {
      let month = drafts[index].at.localDate.monthKey
      var end = index
      while end < drafts.count, drafts[end].at.localDate.monthKey == month { end += 1 }
      var bytes: [UInt8] = []
      var events: [Event] = []
      for draft in drafts[index..<end] {
        lastSeq += 1
        let event = Event(
          id: ids.next(at: draft.at), type: draft.payload.type.rawValue, at: draft.at, device: device, seq: lastSeq,
          staff: draft.staff, data: draft.payload.json, payload: draft.payload)
        bytes += RecordCodec.encode(event)
        events.append(event)
      }
      if drafts.count == 1, bytes.count > LogWriter.maximumRecordBytes { throw .recordTooLarge(bytes: bytes.count) }
      try write(bytes, to: directory.segmentPath(device, month: month))
      saved += events
      index = end
    }
    return saved
  }

  /// Writes `bytes` to the end of the segment at `path` as one `write` and makes it durable.
  private func write(_ bytes: [UInt8], to path: String) throws(StorageError) {
    var attempts = 0
    while true {
      attempts += 1
      let existed: Bool
      do { existed = try io.stat(path) != nil } catch { throw .cannotOpen(path: path, code: error.code) }
      let fd: Int32
      do {
        fd = try io.open(path, flags: O_RDWR | O_APPEND | O_CREAT, mode: 0o600)
      } catch {
        throw existed ? .cannotOpen(path: path, code: error.code) : .cannotCreate(path: path, code: error.code)
      }
      defer { io.close(fd) }
      let opened: FileStatus
      let current: FileStatus?
      do {
        opened = try io.fstat(fd)
        current = try io.stat(path)
      } catch {
        throw .cannotRead(path: path, code: error.code)
      }
      // Promise 7: a sync tool or editor may have replaced the file; never append to a
      // deleted inode.
      guard let current, current.inode == opened.inode, current.device == opened.device, opened.links > 0 else {
        if attempts < 5 { continue }
        throw .fileKeepsChanging(path: path)
      }
      var size = opened.size
      if size > 0 { size = try repairTail(fd: fd, path: path, size: size) }

      let written: Int
      do {
        written = try io.write(fd, bytes)
      } catch {
        try rollBack(fd: fd, path: path, to: size, failure: .writeFailed(path: path, code: error.code))
      }
      if written != bytes.count {
        try rollBack(fd: fd, path: path, to: size, failure: .writeFailed(path: path, code: ENOSPC))
      }
      do {
        try io.fdatasync(fd)
      } catch {
        // Promise 6: never retry into a false success. Take the record back out so the file
        // matches what the user is told ("not saved").
        try rollBack(fd: fd, path: path, to: size, failure: .syncFailed(path: path, code: error.code))
      }
      // An empty segment counts as new: an earlier attempt may have created it and then failed
      // before its directory entry was made durable.
      if !existed || opened.size == 0 {
        do {
          try io.fsync(fd)
          try io.syncDirectory(containing: path)
        } catch {
          // Promise 5: the user is told "not saved", so the record must not stay in the file.
          try rollBack(fd: fd, path: path, to: size, failure: .syncFailed(path: path, code: error.code))
        }
      }
      return
    }
  }

  /// Truncates back to `size` after a failed write or sync and throws `failure`.
  private func rollBack(fd: Int32, path: String, to size: Int64, failure: StorageError) throws(StorageError) -> Never {
    do {
      try io.ftruncate(fd, to: size)
    } catch {
      throw .rollbackFailed(path: path, code: error.code)
    }
    throw failure
  }

  /// Promise 6 of DESIGN.md §3.5: a file whose last byte is not `\n` is repaired before
  /// anything is appended. The torn bytes are quarantined first; a complete, valid record
  /// gets its missing newline, anything else is cut off.
  /// - Returns: the file's size after the repair.
  func repairTail(fd: Int32, path: String, size: Int64) throws(StorageError) -> Int64 {
    var last: [UInt8] = [0]
    do { _ = try io.pread(fd, into: &last, at: size - 1) } catch { throw .cannotRead(path: path, code: error.code) }
    guard last[0] != 0x0A else { return size }
    let tail = try TailReader(io: io, fd: fd, path: path).tail(size: size)
    try Quarantine(directory: directory, device: device).keep(tail.bytes[...], from: path, at: tail.offset)
    let complete = tail.bytes.withUnsafeBufferPointer { line in
      (try? RecordCodec.decode(line, device: device)) != nil && RecordCodec.checksum(of: line) != .mismatch
    }
    do throws(IOFailure) {
      if complete {
        let written = try io.write(fd, [0x0A])
        guard written == 1 else { throw IOFailure(ENOSPC) }
        try io.fdatasync(fd)
        return size + 1
      }
      try io.ftruncate(fd, to: tail.offset)
      try io.fdatasync(fd)
      return tail.offset
    } catch {
      throw .writeFailed(path: path, code: error.code)
    }
  }

  /// The highest `seq` this device has written, from the last records of its newest segments.
  private func lastSequenceNumber() throws(StorageError) -> Int {
    let folder = directory.devicePath(device)
    let names: [String]
    do { names = try io.list(folder) } catch { throw .cannotRead(path: folder, code: error.code) }
    // Months sort by name; the newest two cover a clock that stepped back across a month end.
    let segments = names.filter { $0.hasSuffix(".jsonl") && !DataDirectory.isConflictCopy($0) }.suffix(2)
    var highest = 0
    for name in segments {
      let path = folder + "/" + name
      let fd: Int32
      do { fd = try io.open(path, flags: O_RDONLY, mode: 0) } catch { throw .cannotOpen(path: path, code: error.code) }
      defer { io.close(fd) }
      highest = max(highest, try TailReader(io: io, fd: fd, path: path).lastSequenceNumber(device: device))
    }
    return highest
  }
}
