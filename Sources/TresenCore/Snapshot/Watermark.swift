#if canImport(Glibc)
  import Glibc
#endif

/// Where a segment ended when a snapshot was made: its inode, the end of its last complete
/// line, and a checksum of that line. A segment that still has them has only grown since,
/// and only its bytes after `end` are new.
struct Watermark: Sendable, Hashable {
  /// The segment, relative to the data directory.
  var file: String
  var inode: UInt64
  /// The byte after the last complete line (a torn tail after it is not part of it).
  var end: Int64
  /// Where the last complete line starts (at most `checkedBytes` before `end`).
  var lastLineStart: Int64
  /// CRC-32C of the bytes `lastLineStart..<end`.
  var lastLineCRC: UInt32

  /// The longest stretch before `end` that is checked.
  static let checkedBytes = 4096

  /// The watermark of the open segment `fd` whose complete lines end at `end`.
  static func make(file: String, fd: Int32, end: Int64, io: any LogIO) throws(IOFailure) -> Watermark {
    let status = try io.fstat(fd)
    let start = max(0, end - Int64(checkedBytes))
    let bytes = try read(fd, from: start, to: end, io: io)
    // The last line begins after the newline before the final one.
    var lineStart = 0
    if bytes.count > 1, let newline = bytes[..<(bytes.count - 1)].lastIndex(of: 0x0A) { lineStart = newline + 1 }
    let line = Array(bytes[lineStart...])
    return Watermark(
      file: file, inode: status.inode, end: end, lastLineStart: start + Int64(lineStart),
      lastLineCRC: line.withUnsafeBufferPointer { CRC32C.checksum($0) })
  }

  /// Whether the segment at `path` still begins with what this watermark saw.
  func matches(path: String, io: any LogIO) -> Bool {
    guard let fd = try? io.open(path, flags: O_RDONLY, mode: 0) else { return false }
    defer { io.close(fd) }
    guard let status = try? io.fstat(fd), status.inode == inode, status.size >= end,
      let line = try? Watermark.read(fd, from: lastLineStart, to: end, io: io)
    else { return false }
    return line.withUnsafeBufferPointer { CRC32C.checksum($0) } == lastLineCRC
  }

  /// The bytes `start..<end` of `fd`; fewer when the file is shorter.
  private static func read(
    _ fd: Int32, from start: Int64, to end: Int64, io: any LogIO
  ) throws(IOFailure)
    -> [UInt8]
  {
    var bytes = [UInt8](repeating: 0, count: Int(end - start))
    var done = 0
    while done < bytes.count {
      let count = try io.pread(fd, into: &bytes, from: done, at: start + Int64(done))
      if count == 0 { break }
      done += count
    }
    return Array(bytes[..<done])
  }
}
