#if canImport(Glibc)
  import Glibc
#endif

/// Where a merged record's line is stored: enough to read its exact bytes again without
/// keeping every line in memory (see `LogReader.loadWithSources()` and `RawLineReader`).
public struct RecordSource: Sendable, Hashable {
  /// The segment file, relative to the data directory (`devices/kasse-1/2026-11.jsonl`).
  public var file: String
  /// Byte offset of the line's first byte in the file (after a BOM, if any).
  public var offset: Int64
  /// Bytes of the line without its newline and a `\r` before it.
  public var length: Int
  /// CRC-32C and length of the line when it was loaded, to notice a file changed since.
  let contentKey: UInt64
}

/// Reads stored lines again by their `RecordSource`, for exports that must reproduce them
/// byte for byte. Keeps a few files open; call `close()` when done.
///
/// Each line is checked against what the reader loaded: a file replaced or edited since (a
/// sync tool, an editor) is an error, never a silently different export.
public final class RawLineReader {
  private let directory: DataDirectory
  private var open: [(file: String, fd: Int32)] = []
  /// Months are read one after another, so a handful of open files is enough.
  private let maximumOpen = 16

  /// A reader for lines of `directory`.
  public init(directory: DataDirectory) {
    self.directory = directory
  }

  deinit { close() }

  /// The exact bytes of the line at `source`, without its newline.
  public func line(_ source: RecordSource) throws(StorageError) -> [UInt8] {
    let path = directory.root + "/" + source.file
    let fd = try descriptor(for: source.file, path: path)
    let bytes: [UInt8]
    do {
      bytes = try directory.io.read(fd, from: source.offset, to: source.offset + Int64(source.length))
    } catch {
      throw .cannotRead(path: path, code: error.code)
    }
    guard bytes.count == source.length else { throw .fileKeepsChanging(path: path) }
    let key = bytes.withUnsafeBufferPointer { UInt64(CRC32C.checksum($0)) << 32 | UInt64($0.count) }
    guard key == source.contentKey else { throw .fileKeepsChanging(path: path) }
    return bytes
  }

  /// Closes the files still open.
  public func close() {
    for entry in open { directory.io.close(entry.fd) }
    open.removeAll()
  }

  private func descriptor(for file: String, path: String) throws(StorageError) -> Int32 {
    if let entry = open.first(where: { $0.file == file }) { return entry.fd }
    if open.count >= maximumOpen { directory.io.close(open.removeFirst().fd) }
    let fd: Int32
    do { fd = try directory.io.open(path, flags: O_RDONLY, mode: 0) } catch {
      throw .cannotOpen(path: path, code: error.code)
    }
    open.append((file, fd))
    return fd
  }
}
