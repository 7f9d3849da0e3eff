#if canImport(Glibc)
  import Glibc
#endif

/// Rewrites one device's segment files in place, atomically (temp file, fsync, rename,
/// directory fsync): the only sanctioned rewrite besides repair (storage.md §10.5). Lines the
/// transform leaves alone keep their exact bytes; changed lines are encoded again with a new
/// CRC. The caller holds the device's lock.
struct SegmentRewriter {
  let directory: DataDirectory
  let device: String

  /// What a rewrite changed.
  struct Outcome: Sendable, Equatable {
    var linesChanged = 0
    var linesDropped = 0
    var files: [String] = []
  }

  /// Applies `transform` to every record of the device's segments (conflict copies included);
  /// `nil` keeps the line. Unreadable lines for which `dropUnreadable` holds are removed.
  func rewrite(
    _ transform: (Event) -> Event?, dropUnreadable: (String) -> Bool
  ) throws(StorageError) -> Outcome {
    let io = directory.io
    let folder = directory.devicePath(device)
    let names: [String]
    do { names = try io.list(folder) } catch { throw .cannotRead(path: folder, code: error.code) }
    var outcome = Outcome()
    for name in names where DataDirectory.isSegmentFile(name) {
      let path = folder + "/" + name
      let bytes: [UInt8]
      do { bytes = try io.readFile(path) ?? [] } catch { throw .cannotRead(path: path, code: error.code) }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var changed = false
      var start = 0
      while start < bytes.count {
        let newline = bytes[start...].firstIndex(of: 0x0A)
        let end = newline ?? bytes.count
        let line = rewriteLine(bytes[start..<end], isFirst: start == 0, transform, dropUnreadable: dropUnreadable)
        switch line {
        case .keep: output += bytes[start..<(newline.map { $0 + 1 } ?? end)]
        case .replace(let encoded):
          output += encoded
          outcome.linesChanged += 1
          changed = true
        case .drop:
          outcome.linesDropped += 1
          changed = true
        }
        start = end + 1
      }
      guard changed else { continue }
      do { try io.writeAtomically(output, to: path) } catch { throw .writeFailed(path: path, code: error.code) }
      outcome.files.append(directory.relative(path))
    }
    return outcome
  }

  private enum Line {
    case keep
    case replace([UInt8])
    case drop
  }

  private func rewriteLine(
    _ raw: ArraySlice<UInt8>, isFirst: Bool, _ transform: (Event) -> Event?, dropUnreadable: (String) -> Bool
  ) -> Line {
    var line = raw
    if isFirst, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
    if line.last == 0x0D { line = line.dropLast() }
    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return .keep }
    let decoded = Array(line).withUnsafeBufferPointer { try? RecordCodec.decode($0, device: device) }
    guard let decoded else {
      return dropUnreadable(String(decoding: line, as: UTF8.self)) ? .drop : .keep
    }
    guard let changed = transform(decoded.event) else { return .keep }
    return .replace(RecordCodec.encode(changed))
  }

  /// Deletes this device's quarantine copies whose bytes mention one of `keys` (normalized
  /// names): quarantine holds personal data too, and erasure outranks keeping corrupt bytes.
  /// - Returns: the removed copies, relative to the data directory.
  func removeQuarantined(mentioning keys: [String]) throws(StorageError) -> [String] {
    let io = directory.io
    let folder = directory.quarantinePath(device)
    let names: [String]
    do { names = try io.list(folder) } catch { throw .cannotRead(path: folder, code: error.code) }
    var removed: [String] = []
    for name in names {
      let path = folder + "/" + name
      let bytes: [UInt8]
      do { bytes = try io.readFile(path) ?? [] } catch { throw .cannotRead(path: path, code: error.code) }
      let text = String(decoding: bytes, as: UTF8.self)
      guard keys.contains(where: { CustomerName.text(text, mentions: $0) }) else { continue }
      do { try io.unlink(path) } catch { throw .writeFailed(path: path, code: error.code) }
      removed.append(directory.relative(path))
    }
    if !removed.isEmpty {
      do { try io.syncDirectory(containing: folder + "/x") } catch {
        throw .writeFailed(path: folder, code: error.code)
      }
    }
    return removed
  }
}
