#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a segment through the `LogIO` seam in fixed-size chunks and feeds its lines to a
/// `SegmentScanner`, so a full replay holds one chunk of file bytes at a time, never a whole
/// file (DESIGN.md §8).
///
/// A line cut by a chunk boundary is carried to the front of the buffer and completed by the
/// next read; a line longer than the buffer doubles it.
struct ChunkedSegmentReader: Sendable {
  /// Bytes read per `pread`.
  static let defaultChunkSize = 1 << 21

  let io: any LogIO
  var chunkSize = defaultChunkSize
  /// Handed to each scanner: set, old events become digests (see `SegmentScanner`).
  var digestRule: SegmentScanner.DigestRule?

  /// Scans the segment at `path` (`file` is its path relative to the data directory); `nil`
  /// when the file does not exist.
  /// - Complexity: O(n) in the size of the file; memory O(chunk size + longest line).
  func scan(path: String, file: String, device: String) throws(IOFailure) -> SegmentScanner? {
    let fd: Int32
    do {
      fd = try io.open(path, flags: O_RDONLY, mode: 0)
    } catch {
      if error.code == ENOENT { return nil }
      throw error
    }
    defer { io.close(fd) }
    return try scan(fd: fd, file: file, device: device)
  }

  /// Scans the open segment `fd` from byte `start` on, which must be the start of a line.
  /// - Complexity: O(n) in the bytes after `start`; memory O(chunk size + longest line).
  func scan(fd: Int32, file: String, device: String, from start: Int64 = 0) throws(IOFailure) -> SegmentScanner {
    var scanner = SegmentScanner(file: file, device: device)
    scanner.digestRule = digestRule
    // Left uninitialized: only bytes `pread` filled are ever read, and zeroing megabytes per
    // file shows in a full replay.
    let capacity = max(chunkSize, 1)
    var buffer = [UInt8](unsafeUninitializedCapacity: capacity) { _, count in count = capacity }
    // `buffer[0..<carried]` holds the start of a line not yet complete; it begins at `base`.
    var carried = 0
    var base = start
    while true {
      if carried == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
      let count = try io.pread(fd, into: &buffer, from: carried, at: base + Int64(carried))
      if count == 0 { break }
      let filled = carried + count
      let used = buffer.withUnsafeBufferPointer { all in
        scanner.scan(UnsafeBufferPointer(rebasing: all[0..<filled]), at: base)
      }
      carried = filled - used
      if used > 0, carried > 0 {
        buffer.withUnsafeMutableBufferPointer { all in
          guard let start = all.baseAddress else { return }
          // Overlapping move of the unfinished line to the front.
          memmove(start, start + used, carried)
        }
      }
      base += Int64(used)
    }
    buffer.withUnsafeBufferPointer { all in
      scanner.finish(UnsafeBufferPointer(rebasing: all[0..<carried]), at: base)
    }
    scanner.end = base
    return scanner
  }
}
