#if canImport(Glibc)
  import Glibc
#endif

/// The bytes appended to the segments since a snapshot, read and checked against it.
struct SnapshotTail {
  /// New records with their content keys, in file order.
  private(set) var records: [(event: Event, contentKey: UInt64)] = []
  /// Where each segment ends now.
  private(set) var watermarks: [Watermark] = []
  /// Segments that end in a torn tail now (a problem the status line reports).
  private(set) var tornTails = 0

  /// Reads `file` after `previous`, its watermark in the snapshot (from the start for a new
  /// file); `false` when the file no longer begins with what the watermark saw, or a new line
  /// has a problem only a full replay reports and quarantines.
  mutating func read(
    _ file: SegmentPrefetcher.Segment, after previous: Watermark?, io: any LogIO
  )
    throws(StorageError) -> Bool
  {
    if let previous {
      let status: FileStatus?
      do { status = try io.stat(file.path) } catch { throw .cannotRead(path: file.path, code: error.code) }
      if let status, previous.isUntouched(status) {
        watermarks.append(previous)
        return true
      }
    }
    let fd: Int32
    do { fd = try io.open(file.path, flags: O_RDONLY, mode: 0) } catch {
      throw .cannotRead(path: file.path, code: error.code)
    }
    defer { io.close(fd) }
    do {
      if let previous {
        let status = try io.fstat(fd)
        guard try previous.matches(fd: fd, status: status, io: io) else { return false }
        if status.size == previous.end {
          watermarks.append(previous.vouched(by: status))
          return true
        }
      }
      let start = previous?.end ?? 0
      let scan = try ChunkedSegmentReader(io: io).scan(fd: fd, file: file.file, device: file.device, from: start)
      for anomaly in scan.anomalies where anomaly.isProblem {
        guard anomaly.isTornTail else { return false }
        tornTails += 1
      }
      records += scan.records.map { ($0.event, $0.contentKey) }
      if let previous, scan.end == previous.end {
        watermarks.append(previous)
      } else {
        watermarks.append(try Watermark.make(file: file.file, fd: fd, end: scan.end, io: io))
      }
      return true
    } catch {
      throw .cannotRead(path: file.path, code: error.code)
    }
  }

  /// The new events, without copies of events already held, when they fit onto `recent`
  /// (the snapshot's stored events); `nil` for an erasure, or when one needs what the snapshot
  /// folded away:
  /// another version of a held event, a correction of an event not held (or of a correction
  /// whose target is not held), or an update of a complaint not held.
  func events(fittingOnto recent: [Event]) -> [Event]? {
    guard !records.isEmpty else { return [] }
    var held: [EventID: Event] = [:]
    for event in recent { held[event.id] = event }
    var keys: [EventID: UInt64] = [:]
    var fresh: [Event] = []
    for (event, key) in records {
      guard !event.isErasure else { return nil }
      if let known = held[event.id] {
        guard known == event else { return nil }
        continue
      }
      if let seen = keys[event.id] {
        guard seen == key else { return nil }
        continue
      }
      keys[event.id] = key
      fresh.append(event)
    }
    for event in fresh { held[event.id] = event }
    for event in fresh {
      switch event.payload {
      case .correction(let correction):
        var target = correction.target
        // Follow corrections of corrections down to the event they finally correct.
        while true {
          guard let next = held[target] else { return nil }
          guard case .correction(let inner) = next.payload else { break }
          target = inner.target
        }
      case .complaintUpdate(let update):
        guard case .complaintOpened = held[update.complaint]?.payload else { return nil }
      default: break
      }
    }
    return fresh
  }
}
