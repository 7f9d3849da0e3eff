#if canImport(Glibc)
  import Glibc
#endif

/// `tresen restore`: puts a `tresen backup` archive back as a data directory.
///
/// The whole archive is verified first — gzip and tar framing, the manifest, every file's
/// size and SHA-256, nothing missing or extra, only plain files and folders, and only paths
/// inside `FORMAT`, `devices/` and `quarantine/` (no absolute path, no `..`). Only then are
/// the files written, into a new folder beside the target, each fsynced. That folder then
/// takes the target's place by rename; an existing target (only with `force`) is swapped out
/// atomically and kept beside it, while the locks of its devices are held so that no writer
/// appends to it in between (a writer that was waiting then appends to the restored folder,
/// which is why the README says to close Tresen first). A failure before the swap leaves the
/// target as it was.
public struct Restore {
  /// Where the data directory goes.
  public let directory: DataDirectory

  public init(directory: DataDirectory) { self.directory = directory }

  /// The largest archive content accepted, against decompression bombs.
  static let sizeLimit = 1 << 32

  /// What a restore did.
  public struct Report: Equatable, Sendable {
    /// Files written.
    public var files: Int
    /// Where the data that was there before now is, if there was any.
    public var previous: String?
  }

  /// The files of `archive` after complete verification, in archive order.
  static func verify(_ archive: [UInt8]) throws(BackupError) -> [TarArchive.Entry] {
    let entries = try TarArchive.read(Gzip.decompress(archive, limit: sizeLimit))
    guard let first = entries.first, first.path == BackupManifest.name, !first.isDirectory,
      let manifest = BackupManifest(first.bytes)
    else { throw .damaged(.noManifest) }
    let rest = Array(entries.dropFirst())
    for entry in rest where !isSafe(entry.path) { throw .damaged(.unsafePath(path: entry.path)) }
    try manifest.verify(rest)
    guard manifest.files.contains(where: { $0.path == "FORMAT" }) else { throw .damaged(.missingFile(path: "FORMAT")) }
    return rest.filter { !$0.isDirectory }
  }

  /// Whether `path` stays inside the data directory's own layout.
  static func isSafe(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard let top = parts.first, !path.utf8.contains(0),
      parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." })
    else { return false }
    return path == "FORMAT" || top == "devices" || top == "quarantine"
  }

  /// Reads the archive file at `path` whole.
  public func read(_ path: String) throws(BackupError) -> [UInt8] {
    let bytes: [UInt8]?
    do { bytes = try directory.io.readFile(path) } catch { throw .cannotReadArchive(path: path, code: error.code) }
    guard let bytes else { throw .cannotReadArchive(path: path, code: ENOENT) }
    return bytes
  }

  /// Verifies `archive`, then restores it.
  /// - Parameter force: replace a target that already holds files (it is kept beside).
  /// - Parameter stamp: distinguishes the folder the old data is moved to.
  public func restore(_ archive: [UInt8], force: Bool, stamp: String) throws(BackupError) -> Report {
    let files = try Self.verify(archive)
    let io = directory.io
    let root = directory.root
    let existing: [String]
    do throws(IOFailure) {
      let status = try io.stat(root)
      if let status, !status.isDirectory { throw IOFailure(ENOTDIR) }
      existing = status == nil ? [] : try io.list(root)
    } catch {
      throw .storage(.cannotOpen(path: root, code: error.code))
    }
    guard existing.isEmpty || force else { throw .targetNotEmpty(path: root) }

    let parent = root.parentPath
    let staging: DataDirectory
    do throws(StorageError) {
      try directory.makeDirectories(parent)
      staging = DataDirectory(
        root: try unusedPath(parent + "/." + root.lastPathComponent + ".restore-" + stamp), io: io)
    } catch {
      throw .storage(error)
    }
    do throws(StorageError) {
      try write(files, into: staging)
    } catch {
      try? removeTree(staging.root)
      throw .storage(error)
    }
    // From here on a failure leaves the staging folder alone: after a half-done swap it may
    // hold the previous data.
    do throws(StorageError) {
      guard !existing.isEmpty else {
        try swap(staging.root, into: root, previous: nil)
        return Report(files: files.count, previous: nil)
      }
      let previous = try unusedPath(root + ".before-restore-" + stamp)
      try holdingLocks(try directory.devices()[...]) { () throws(StorageError) in
        try swap(staging.root, into: root, previous: previous)
      }
      return Report(files: files.count, previous: previous)
    } catch {
      throw .storage(error)
    }
  }

  /// `base`, or `base-2`, `base-3` … whichever does not exist yet.
  private func unusedPath(_ base: String) throws(StorageError) -> String {
    var candidate = base
    var number = 1
    while true {
      let status: FileStatus?
      do { status = try directory.io.stat(candidate) } catch { throw .cannotRead(path: candidate, code: error.code) }
      guard status != nil else { return candidate }
      number += 1
      candidate = base + "-\(number)"
    }
  }

  /// Writes every file with mode 0600 (folders 0700) and fsyncs files and folders.
  private func write(_ files: [TarArchive.Entry], into staging: DataDirectory) throws(StorageError) {
    let io = directory.io
    try staging.makeDirectories(staging.root)
    var folders: Set<String> = [staging.root]
    for file in files {
      let path = staging.root + "/" + file.path
      try staging.makeDirectories(path.parentPath)
      folders.insert(path.parentPath)
      do throws(IOFailure) {
        let fd = try io.open(path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: 0o600)
        defer { io.close(fd) }
        var offset = 0
        while offset < file.bytes.count {
          let written = try io.write(fd, file.bytes, from: offset)
          guard written > 0 else { throw IOFailure(EIO) }
          offset += written
        }
        try io.fsync(fd)
      } catch {
        throw .writeFailed(path: path, code: error.code)
      }
    }
    for folder in folders.sorted() {
      do { try io.syncDirectory(containing: folder + "/x") } catch { throw .syncFailed(path: folder, code: error.code) }
    }
  }

  /// Puts `staging` at `root` and fsyncs the parent. With `previous`, the existing `root` is
  /// exchanged with `staging` in one `renameat2(RENAME_EXCHANGE)` — there is no moment without
  /// a data directory — and then moved to `previous`; where the file system cannot exchange,
  /// two renames do it. Without, `root` is missing or empty and a rename replaces it.
  private func swap(_ staging: String, into root: String, previous: String?) throws(StorageError) {
    let io = directory.io
    do {
      if let previous {
        if Self.exchange(staging, root) {
          try io.rename(staging, to: previous)
        } else {
          try io.rename(root, to: previous)
          try io.rename(staging, to: root)
        }
      } else {
        try io.rename(staging, to: root)
      }
      try io.syncDirectory(containing: root)
    } catch {
      throw .cannotCreate(path: root, code: error.code)
    }
  }

  /// `renameat2(2)` with `RENAME_EXCHANGE`, looked up at run time because Swift's Glibc module
  /// does not declare it (glibc ≥ 2.28); `false` when it is missing or the file system refuses.
  private static func exchange(_ first: String, _ second: String) -> Bool {
    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
    guard let symbol = dlsym(nil, "renameat2") else { return false }
    let renameExchange: UInt32 = 2
    return unsafeBitCast(symbol, to: RenameAt2.self)(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
  }

  /// Runs `body` holding the locks of `devices` in the current target.
  private func holdingLocks(
    _ devices: ArraySlice<String>, _ body: () throws(StorageError) -> Void
  ) throws(StorageError) {
    guard let device = devices.first else { return try body() }
    try LogWriter(directory: directory, device: device).withDeviceLock { () throws(StorageError) in
      try holdingLocks(devices.dropFirst(), body)
    }
  }

  /// Deletes `path` and everything below it; nothing when it does not exist.
  private func removeTree(_ path: String) throws(StorageError) {
    let io = directory.io
    let status: FileStatus?
    do { status = try io.stat(path) } catch { throw .writeFailed(path: path, code: error.code) }
    guard let status else { return }
    guard status.isDirectory else {
      do { try io.unlink(path) } catch { throw .writeFailed(path: path, code: error.code) }
      return
    }
    let names: [String]
    do { names = try io.list(path) } catch { throw .cannotRead(path: path, code: error.code) }
    for name in names { try removeTree(path + "/" + name) }
    guard rmdir(path) == 0 else { throw .writeFailed(path: path, code: errno) }
  }
}
