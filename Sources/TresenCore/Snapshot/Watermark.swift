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
    let bytes = try io.read(fd, from: start, to: end)
    // The last line begins after the newline before the final one.
    var lineStart = 0
    if bytes.count > 1, let newline = bytes[..<(bytes.count - 1)].lastIndex(of: 0x0A) { lineStart = newline + 1 }
    let line = Array(bytes[lineStart...])
    return Watermark(
      file: file, inode: status.inode, end: end, lastLineStart: start + Int64(lineStart),
      lastLineCRC: line.withUnsafeBufferPointer { CRC32C.checksum($0) })
  }

  /// Whether the open segment `fd` (now `size` bytes) still begins with what this watermark saw.
  func matches(fd: Int32, size: Int64, io: any LogIO) throws(IOFailure) -> Bool {
    guard try io.fstat(fd).inode == inode, size >= end else { return false }
    return try io.read(fd, from: lastLineStart, to: end).withUnsafeBufferPointer { CRC32C.checksum($0) } == lastLineCRC
  }
}
