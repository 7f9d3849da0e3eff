/// Splits one segment's bytes into records and anomalies (the tolerant reader of
/// DESIGN.md §3.3): CRLF, a BOM and blank lines are accepted and noted; a line that is not a
/// record is reported as unreadable with its exact bytes; bytes after the last newline are a
/// torn tail, never data.
///
/// The scanner is fed in pieces (see `ChunkedSegmentReader`): `scan(_:at:)` takes the complete
/// lines of a chunk and `finish(_:at:)` the bytes after the last newline, so a segment is
/// never held in memory whole.
struct SegmentScanner: Sendable {
  /// A record and where its line is.
  struct Record {
    var event: Event
    var line: Int
    var offset: Int64
    /// CRC-32C and length of the line's bytes: equal lines have equal keys, so duplicates
    /// from conflict copies merge silently and different ones are ordered deterministically.
    var contentKey: UInt64

    /// Bytes of the line without its newline and `\r` (the low half of `contentKey`).
    var length: Int { Int(truncatingIfNeeded: contentKey & 0xFFFF_FFFF) }
  }

  /// Bytes that are not a record, and where they stood.
  struct Unusable {
    var offset: Int64
    /// Where the bytes stand in the segment (absolute byte offsets).
    var range: Range<Int>
    /// A copy of the bytes (an unreadable line with its newline, or the torn tail).
    var bytes: [UInt8]
  }

  /// The line of an old event that a full replay keeps as a digest (see `HistoryReplay`).
  struct Digested {
    var digest: LineDigest
    /// The business day of the event (days since 1970-01-01), before the rule's horizon.
    var day: Int
    var line: Int
    var offset: Int64
    var contentKey: UInt64
  }

  /// Which lines become `digests` instead of `records`: those `LineDigestDecoder` reads, with a
  /// valid CRC, of a business day before `horizon` (days since 1970-01-01).
  struct DigestRule: Sendable {
    var horizon: Int
    var calendar: BusinessCalendar
  }

  let file: String
  let device: String
  /// Set for a full replay; `nil` decodes every line in full.
  var digestRule: DigestRule?
  var records: [Record] = []
  /// Lines kept as digests, in file order (only with a `digestRule`).
  var digests: [Digested] = []
  /// The customers of `digests`.
  var names = NameTable()
  var anomalies: [Anomaly] = []
  /// Unreadable lines (with their newline) and the torn tail, to quarantine.
  var unusable: [Unusable] = []
  /// The byte after the last complete line read (set by `ChunkedSegmentReader`).
  var end: Int64 = 0
  private var lineNumber = 0

  /// An empty scanner for `file` (relative path) in the folder of `device`.
  init(file: String, device: String) {
    self.file = file
    self.device = device
  }

  /// Scans `bytes`, the whole content of `file` (relative path) in the folder of `device`.
  /// - Complexity: O(n) in the number of bytes.
  init(bytes: [UInt8], file: String, device: String) {
    self.init(file: file, device: device)
    bytes.withUnsafeBufferPointer { buffer in
      let used = scan(buffer, at: 0)
      finish(UnsafeBufferPointer(rebasing: buffer[used...]), at: Int64(used))
    }
  }

  /// Scans the complete lines of `buffer`, which starts at byte `base` of the segment, and
  /// returns how many bytes they take (everything up to and including the last newline).
  /// - Complexity: O(n) in the number of bytes.
  mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, at base: Int64) -> Int {
    // Room for lines of typical length, so a segment's records are not moved again and again.
    if records.isEmpty, digests.isEmpty {
      if digestRule == nil {
        records.reserveCapacity(buffer.count / 256)
      } else {
        digests.reserveCapacity(buffer.count / 256)
      }
    }
    var start = 0
    while start < buffer.count, let newline = nextNewline(buffer, from: start) {
      var lineStart = start
      if base + Int64(start) == 0, hasByteOrderMark(buffer, from: 0, to: newline) { lineStart = 3 }
      lineNumber += 1
      take(UnsafeBufferPointer(rebasing: buffer[lineStart..<newline]), at: base + Int64(lineStart))
      start = newline + 1
    }
    return start
  }

  /// Notes `tail`, the bytes after the segment's last newline starting at byte `base`, as a
  /// torn tail (nothing when empty).
  mutating func finish(_ tail: UnsafeBufferPointer<UInt8>, at base: Int64) {
    var start = 0
    if base == 0, hasByteOrderMark(tail, from: 0, to: tail.count) { start = 3 }
    guard start < tail.count else { return }
    let offset = base + Int64(start)
    anomalies.append(
      Anomaly(kind: .tornTail(bytes: tail.count - start), file: file, line: lineNumber + 1, offset: offset))
    let range = Int(offset)..<Int(base) + tail.count
    unusable.append(Unusable(offset: offset, range: range, bytes: Array(tail[start...])))
  }

  /// Notes a BOM at the very start of the segment; `true` when there is one.
  private mutating func hasByteOrderMark(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
    guard end - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF else {
      return false
    }
    anomalies.append(Anomaly(kind: .byteOrderMark, file: file, line: 1, offset: 0))
    return true
  }

  /// Decodes one line (`raw` without its newline, starting at byte `offset`).
  private mutating func take(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int64) {
    let here = (file: file, line: lineNumber, offset: offset)
    var line = raw
    if let last = line.last, last == 0x0D {
      line = UnsafeBufferPointer(rebasing: raw.dropLast())
      anomalies.append(Anomaly(kind: .carriageReturn, file: here.file, line: here.line, offset: here.offset))
    }
    if isBlank(line) {
      anomalies.append(Anomaly(kind: .blankLine, file: here.file, line: here.line, offset: here.offset))
      return
    }
    do {
      let checksums = RecordCodec.checksums(of: line)
      let key = UInt64(checksums.whole) << 32 | UInt64(line.count)
      if let rule = digestRule, checksums.verdict == .valid,
        let digest = LineDigestDecoder.decode(line, knownDevice: device, names: &names),
        case let day = rule.calendar.dayNumber(of: digest.at), day < rule.horizon
      {
        digests.append(Digested(digest: digest, day: day, line: here.line, offset: offset, contentKey: key))
        return
      }
      let decoded = try RecordCodec.decode(line, device: device, checksum: checksums.verdict)
      noteFindings(decoded, at: here)
      // Moved, not copied: an event holds many references.
      records.append(Record(event: (consume decoded).event, line: here.line, offset: offset, contentKey: key))
    } catch {
      anomalies.append(Anomaly(kind: .unreadable(error), file: here.file, line: here.line, offset: here.offset))
      // The unreadable line is copied with its newline, which follows `raw` in the buffer.
      let withNewline = UnsafeBufferPointer(start: raw.baseAddress, count: raw.count + 1)
      let range = Int(offset)..<Int(offset) + withNewline.count
      unusable.append(Unusable(offset: offset, range: range, bytes: Array(withNewline)))
    }
  }

  private mutating func noteFindings(_ decoded: RecordCodec.Decoded, at here: (file: String, line: Int, offset: Int64))
  {
    switch decoded.checksum {
    case .valid: break
    case .mismatch:
      anomalies.append(Anomaly(kind: .checksumMismatch, file: here.file, line: here.line, offset: here.offset))
    case .absent:
      anomalies.append(Anomaly(kind: .noChecksum, file: here.file, line: here.line, offset: here.offset))
    }
    if let error = decoded.payloadError {
      anomalies.append(Anomaly(kind: .invalidData(error), file: here.file, line: here.line, offset: here.offset))
    } else if decoded.event.payload == nil {
      // Neither a payload nor a payload error: the type is unknown (cheaper than `knownType`).
      anomalies.append(
        Anomaly(
          kind: .unknownType(type: decoded.event.type, version: decoded.event.version), file: here.file,
          line: here.line, offset: here.offset))
    }
  }

  private func nextNewline(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    guard let found = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for byte in line where byte != 0x20 && byte != 0x09 { return false }
    return true
  }
}

#if canImport(Glibc)
  import Glibc
#endif
