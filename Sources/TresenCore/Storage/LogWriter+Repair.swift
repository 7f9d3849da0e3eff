#if canImport(Glibc)
  import Glibc
#endif

/// What `tresen check --repair` did to one segment.
public struct RepairAction: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// A torn record was cut off after its bytes were quarantined.
    case cutTornTail(bytes: Int, quarantinedAs: String)
    /// A complete record lacked only its newline; the newline was added.
    case addedNewline
    /// Unreadable lines were quarantined and the segment rewritten without them.
    case removedUnreadable(lines: Int)
  }

  public var file: String
  public var kind: Kind
}

extension LogWriter {
  /// Repairs this device's segments under its lock, losing no byte: torn tails and
  /// unreadable lines are copied to quarantine first; then a torn tail is cut (or completed
  /// with its newline) and unreadable lines are removed by an atomic rewrite (temp file,
  /// fsync, rename, directory fsync). Other devices' files are never touched.
  /// `progress` is told the bytes of the segments checked so far.
  public func repair(progress: ProgressHook? = nil) throws(StorageError) -> [RepairAction] {
    try withDeviceLock { () throws(StorageError) -> [RepairAction] in
      let folder = directory.devicePath(device)
      let names: [String]
      do throws(IOFailure) { names = try io.list(folder) } catch { throw .cannotRead(path: folder, code: error.code) }
      let paths = names.filter { $0.hasSuffix(".jsonl") && !DataDirectory.isConflictCopy($0) }.map { folder + "/" + $0 }
      var counter = ProgressCounter(total: progress == nil ? 0 : directory.totalBytes(of: paths), hook: progress)
      var actions: [RepairAction] = []
      for path in paths {
        actions += try repairSegment(path)
        counter.advance(byBytesOf: path, in: directory)
      }
      counter.finish()
      return actions
    }
  }

  private func repairSegment(_ path: String) throws(StorageError) -> [RepairAction] {
    let relative = directory.relative(path)
    var actions: [RepairAction] = []
    let fd: Int32
    do { fd = try io.open(path, flags: O_RDWR | O_APPEND, mode: 0) } catch {
      throw .cannotOpen(path: path, code: error.code)
    }
    defer { io.close(fd) }
    let size: Int64
    do { size = try io.fstat(fd).size } catch { throw .cannotRead(path: path, code: error.code) }
    if size > 0 {
      let tail = try TailReader(io: io, fd: fd, path: path).tail(size: size)
      let repaired = try repairTail(fd: fd, path: path, size: size)
      if repaired > size {
        actions.append(RepairAction(file: relative, kind: .addedNewline))
      } else if repaired < size {
        let copy =
          directory.relative(directory.quarantinePath(device)) + "/"
          + relative.replacingSlashes() + "@\(tail.offset).bin"
        actions.append(RepairAction(file: relative, kind: .cutTornTail(bytes: tail.bytes.count, quarantinedAs: copy)))
      }
    }
    let bytes: [UInt8]
    do { bytes = try io.readFile(path) ?? [] } catch { throw .cannotRead(path: path, code: error.code) }
    let scan = SegmentScanner(bytes: bytes, file: relative, device: device)
    guard !scan.unusable.isEmpty else { return actions }
    let quarantine = Quarantine(directory: directory, device: device)
    var kept: [UInt8] = []
    kept.reserveCapacity(bytes.count)
    var position = 0
    for bad in scan.unusable {
      try quarantine.keep(bytes[bad.range], from: path, at: bad.offset)
      kept += bytes[position..<bad.range.lowerBound]
      position = bad.range.upperBound
    }
    kept += bytes[position...]
    do { try io.writeAtomically(kept, to: path) } catch { throw .writeFailed(path: path, code: error.code) }
    actions.append(RepairAction(file: relative, kind: .removedUnreadable(lines: scan.unusable.count)))
    return actions
  }
}
