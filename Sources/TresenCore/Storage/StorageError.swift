/// Everything that can go wrong in the data directory, with what a user needs to act on it.
/// The executable turns these into localized one-sentence messages.
public enum StorageError: Error, Equatable, Sendable {
  /// A directory or file could not be created (permissions, read-only disk).
  case cannotCreate(path: String, code: Int32)
  case cannotOpen(path: String, code: Int32)
  case cannotRead(path: String, code: Int32)
  case cannotLock(path: String, code: Int32)
  /// `write` failed or was short (`ENOSPC`, `EIO`, `EFBIG`); the file was truncated back.
  case writeFailed(path: String, code: Int32)
  /// `fdatasync`/`fsync` failed; nothing was acknowledged and nothing is retried.
  case syncFailed(path: String, code: Int32)
  /// Truncating back after a failed write failed too: the tail needs `tresen check --repair`.
  case rollbackFailed(path: String, code: Int32)
  /// Something kept replacing the segment while Tresen tried to append.
  case fileKeepsChanging(path: String)
  /// The `FORMAT` file names a newer major version: read-only.
  case formatTooNew(path: String, major: Int)
  /// The `FORMAT` file exists but cannot be understood.
  case formatUnreadable(path: String)
  /// The data directory was opened read-only (newer format or `--read-only`).
  case readOnly(path: String)
  /// The record would not fit in one write.
  case recordTooLarge(bytes: Int)
}
