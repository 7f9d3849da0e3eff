/// Writes a finished report or export file the way the log writes its own files: a private
/// temporary file (mode 0600 — reports name customers), fsync, rename, directory fsync. A
/// reader sees the old file or the whole new one, never half of it.
public enum OutputFile {
  /// Writes `bytes` to `path` atomically.
  public static func write(_ bytes: [UInt8], to path: String, io: any LogIO = SystemIO()) throws(IOFailure) {
    try io.writeAtomically(bytes, to: path, mode: 0o600)
  }
}
