/// Something a reader noticed in a segment, with where it is.
public struct Anomaly: Sendable, Hashable {
  /// What was noticed.
  public enum Kind: Sendable, Hashable {
    /// A line that is not a usable record; its bytes were copied to quarantine.
    case unreadable(RecordCodec.LineFailure)
    /// Bytes after the last newline: a record torn by a crash, or one being written.
    case tornTail(bytes: Int)
    /// The stored checksum does not match: edited outside Tresen. The record is loaded.
    case checksumMismatch
    /// A known type whose data does not fit it; kept and shown, but not counted.
    case invalidData(PayloadError)
    /// The same id twice with different content; the smaller line wins, deterministically.
    case conflictingDuplicate(id: String)
    /// Sequence numbers of a device skip: records are missing.
    case sequenceGap(device: String, after: Int, next: Int)
    /// Two different records of one device share a sequence number.
    case sequenceReused(device: String, seq: Int)
    /// Tolerated and harmless: a blank line.
    case blankLine
    /// Tolerated: a byte order mark at the start of the file.
    case byteOrderMark
    /// Tolerated: a line ending in CRLF.
    case carriageReturn
    /// Tolerated: a line without checksum, written by hand.
    case noChecksum
    /// Preserved but not interpreted: a type or version this build does not know.
    case unknownType(type: String, version: Int)
  }

  public var kind: Kind
  /// The file, relative to the data directory.
  public var file: String
  /// 1-based line number; 0 when the anomaly concerns no single line.
  public var line: Int
  /// Byte offset of the line in the file.
  public var offset: Int64
  /// Where the bytes were copied, for unreadable lines and torn tails.
  public var quarantinedAs: String?

  public init(kind: Kind, file: String, line: Int, offset: Int64, quarantinedAs: String? = nil) {
    self.kind = kind
    self.file = file
    self.line = line
    self.offset = offset
    self.quarantinedAs = quarantinedAs
  }

  /// Whether `tresen check` counts this as a problem (exit code 1) rather than a note.
  public var isProblem: Bool {
    switch kind {
    case .unreadable, .tornTail, .checksumMismatch, .invalidData, .conflictingDuplicate, .sequenceGap,
      .sequenceReused:
      true
    case .blankLine, .byteOrderMark, .carriageReturn, .noChecksum, .unknownType:
      false
    }
  }
}
