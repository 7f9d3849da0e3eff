/// Writes a finished report or export file the way the log writes its own files: a private
/// temporary file (mode 0600 — reports name customers), fsync, rename, directory fsync. A
/// reader sees the old file or the whole new one, never half of it.
public enum OutputFile {
  /// Writes `bytes` to `path` atomically, exactly as given (exports keep every byte of the data).
  public static func write(_ bytes: [UInt8], to path: String, io: any LogIO = SystemIO()) throws(IOFailure) {
    try io.writeAtomically(bytes, to: path, mode: 0o600)
  }

  /// Writes a report meant to be read by people (text, Markdown, HTML) to `path` atomically,
  /// through ``VisibleText/printable(_:)``: the file holds no raw control character a terminal
  /// (`cat`, `less -r`) or a viewer could act on.
  public static func write(report: String, to path: String, io: any LogIO = SystemIO()) throws(IOFailure) {
    try write(Array(VisibleText.printable(report).utf8), to: path, io: io)
  }
}
