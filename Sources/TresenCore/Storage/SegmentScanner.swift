/// Splits one segment's bytes into records and anomalies (the tolerant reader of
/// DESIGN.md §3.3): CRLF, a BOM and blank lines are accepted and noted; a line that is not a
/// record is reported as unreadable with its exact bytes; bytes after the last newline are a
/// torn tail, never data.
struct SegmentScanner {
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
    var range: Range<Int>
  }

  var records: [Record] = []
  var anomalies: [Anomaly] = []
  /// Unreadable lines (with their newline) and the torn tail, to quarantine.
  var unusable: [Unusable] = []

  /// Scans `bytes`, the content of `file` (relative path) in the folder of `device`.
  /// - Complexity: O(n) in the number of bytes.
  init(bytes: [UInt8], file: String, device: String) {
    bytes.withUnsafeBufferPointer { buffer in
      scan(buffer, file: file, device: device)
    }
  }

  private mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>, file: String, device: String) {
    var start = 0
    var lineNumber = 0
    if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
      anomalies.append(Anomaly(kind: .byteOrderMark, file: file, line: 1, offset: 0))
      start = 3
    }
    while start < buffer.count {
      guard let newline = nextNewline(buffer, from: start) else {
        anomalies.append(
          Anomaly(kind: .tornTail(bytes: buffer.count - start), file: file, line: lineNumber + 1, offset: Int64(start)))
        unusable.append(Unusable(offset: Int64(start), range: start..<buffer.count))
        return
      }
      lineNumber += 1
      defer { start = newline + 1 }
      var end = newline
      if end > start, buffer[end - 1] == 0x0D {
        end -= 1
        anomalies.append(Anomaly(kind: .carriageReturn, file: file, line: lineNumber, offset: Int64(start)))
      }
      if isBlank(buffer, start..<end) {
        anomalies.append(Anomaly(kind: .blankLine, file: file, line: lineNumber, offset: Int64(start)))
        continue
      }
      let line = UnsafeBufferPointer(rebasing: buffer[start..<end])
      do {
        let decoded = try RecordCodec.decode(line, device: device)
        let key = UInt64(CRC32C.checksum(line)) << 32 | UInt64(line.count)
        records.append(Record(event: decoded.event, line: lineNumber, offset: Int64(start), contentKey: key))
        let here = (file: file, line: lineNumber, offset: Int64(start))
        switch decoded.checksum {
        case .valid: break
        case .mismatch:
          anomalies.append(Anomaly(kind: .checksumMismatch, file: here.file, line: here.line, offset: here.offset))
        case .absent:
          anomalies.append(Anomaly(kind: .noChecksum, file: here.file, line: here.line, offset: here.offset))
        }
        if let error = decoded.payloadError {
          anomalies.append(
            Anomaly(kind: .invalidData(error), file: here.file, line: here.line, offset: here.offset))
        } else if decoded.event.knownType == nil {
          anomalies.append(
            Anomaly(
              kind: .unknownType(type: decoded.event.type, version: decoded.event.version), file: here.file,
              line: here.line, offset: here.offset))
        }
      } catch {
        anomalies.append(
          Anomaly(kind: .unreadable(error), file: file, line: lineNumber, offset: Int64(start)))
        unusable.append(Unusable(offset: Int64(start), range: start..<(newline + 1)))
      }
    }
  }

  private func nextNewline(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    guard let found = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }

  private func isBlank(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    for index in range where buffer[index] != 0x20 && buffer[index] != 0x09 { return false }
    return true
  }
}

#if canImport(Glibc)
  import Glibc
#endif
