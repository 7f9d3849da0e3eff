/// Why a backup could not be made or an archive cannot be restored. A damaged archive is
/// always reported before anything is written.
public enum BackupError: Error, Equatable, Sendable {
  /// The data directory holds no `FORMAT`: nothing to back up.
  case noData(path: String)
  /// Reading the data directory, or writing the archive or the restored files, failed.
  case storage(StorageError)
  /// The archive is damaged or was not made by `tresen backup`; nothing was written.
  case damaged(Damage)
  /// The target data directory is not empty and `--force` was not given.
  case targetNotEmpty(path: String)
  /// The archive file cannot be read.
  case cannotReadArchive(path: String, code: Int32)

  /// What is wrong with an archive.
  public enum Damage: Equatable, Sendable {
    /// Not a gzip stream, or a truncated or corrupted one.
    case notGzip
    /// A tar header is malformed or its checksum is wrong.
    case badTar(offset: Int)
    /// A symlink, hard link, device or other entry that is not a file or folder.
    case unsupportedEntry(path: String)
    /// An absolute path, a `..` component or a path outside FORMAT, devices/ and quarantine/.
    case unsafePath(path: String)
    /// The archive holds no MANIFEST, or one that cannot be read.
    case noManifest
    /// A file the manifest lists is missing.
    case missingFile(path: String)
    /// A file is in the archive but not in the manifest, or twice.
    case extraFile(path: String)
    /// A file's size or SHA-256 differs from the manifest.
    case checksum(path: String)
  }
}
