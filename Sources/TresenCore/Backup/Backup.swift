#if canImport(Glibc)
  import Glibc
#endif

/// `tresen backup`: a gzip-compressed ustar archive of a data directory — `FORMAT`, `devices/`
/// and `quarantine/` — with a `MANIFEST` of every file's size and SHA-256 as its first member.
///
/// Each device's files (its segments and its quarantine) are read while holding that device's
/// lock, so no append or erasure of that device is half in the copy. Devices are copied one
/// after another: the copy of each is consistent, as every reader already expects of a folder a
/// sync tool fills device by device. Anything else in the data directory (a sync tool's own
/// folders) is left out.
public struct Backup {
  public let directory: DataDirectory

  public init(directory: DataDirectory) { self.directory = directory }

  /// The archive's bytes and the number of files in it (the manifest not counted).
  public func archive(createdAt: Timestamp) throws(BackupError) -> (bytes: [UInt8], files: Int) {
    let entries = try collect()
    let manifest = BackupManifest(createdAt: createdAt.description, entries: entries)
    let tar = TarArchive.write([.file(BackupManifest.name, manifest.bytes)] + entries)
    return (Gzip.compress(tar), manifest.files.count)
  }

  /// Writes the archive to `path` atomically (temporary file, fsync, rename, directory fsync)
  /// with mode 0600: a backup holds personal data.
  /// - Returns: the number of files backed up.
  public func write(to path: String, createdAt: Timestamp) throws(BackupError) -> Int {
    let (bytes, files) = try archive(createdAt: createdAt)
    do { try directory.io.writeAtomically(bytes, to: path) } catch {
      throw .storage(.writeFailed(path: path, code: error.code))
    }
    return files
  }

  private func collect() throws(BackupError) -> [TarArchive.Entry] {
    let format: [UInt8]?
    do { format = try directory.io.readFile(directory.formatPath) } catch {
      throw .storage(.cannotRead(path: directory.formatPath, code: error.code))
    }
    guard let format else { throw .noData(path: directory.root) }
    var entries: [TarArchive.Entry] = [.file("FORMAT", format)]
    do throws(StorageError) {
      let devices = try directory.devices()
      entries.append(.folder("devices"))
      for device in devices {
        try LogWriter(directory: directory, device: device).withDeviceLock { () throws(StorageError) in
          entries += try tree(directory.devicePath(device))
          entries += try tree(directory.quarantinePath(device))
        }
      }
      // Quarantine of devices that have no segments here: nobody appends to it under a lock.
      let quarantine = directory.root + "/quarantine"
      for device in try list(quarantine) where !devices.contains(device) {
        entries += try tree(quarantine + "/" + device)
      }
    } catch {
      throw .storage(error)
    }
    return entries
  }

  /// `path` and everything below it as archive entries, relative to the data directory;
  /// nothing when it does not exist.
  private func tree(_ path: String) throws(StorageError) -> [TarArchive.Entry] {
    let status: FileStatus?
    do { status = try directory.io.stat(path) } catch { throw .cannotRead(path: path, code: error.code) }
    guard let status else { return [] }
    let relative = directory.relative(path)
    guard TarArchive.fits(relative) else { throw .cannotRead(path: path, code: ENAMETOOLONG) }
    guard status.isDirectory else {
      let bytes: [UInt8]?
      do { bytes = try directory.io.readFile(path) } catch { throw .cannotRead(path: path, code: error.code) }
      return bytes.map { [.file(relative, $0)] } ?? []
    }
    var entries: [TarArchive.Entry] = [.folder(relative)]
    for name in try list(path) { entries += try tree(path + "/" + name) }
    return entries
  }

  private func list(_ path: String) throws(StorageError) -> [String] {
    do { return try directory.io.list(path) } catch { throw .cannotRead(path: path, code: error.code) }
  }
}
