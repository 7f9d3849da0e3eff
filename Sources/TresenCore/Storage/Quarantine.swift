#if canImport(Glibc)
  import Glibc
#endif

/// Keeps copies of bytes the reader could not use, so no byte is ever silently dropped
/// (storage promise 3). Each copy is named after its source file and byte offset:
/// `quarantine/<device>/devices__kasse-1__2026-11.jsonl@4711.bin`.
///
/// Only the device that quarantines writes into its own folder, so the folder is as safe to
/// sync as the segments.
struct Quarantine {
  let directory: DataDirectory
  let device: String

  /// Copies `bytes`, which stood at `offset` in `source`, durably into quarantine.
  /// Copying the same bytes from the same place again changes nothing.
  /// - Returns: the copy's path relative to the data directory.
  @discardableResult
  func keep(_ bytes: ArraySlice<UInt8>, from source: String, at offset: Int64) throws(StorageError) -> String {
    let folder = directory.quarantinePath(device)
    try directory.makeDirectories(folder)
    let stem = folder + "/" + directory.relative(source).replacingSlashes() + "@\(offset)"
    let io = directory.io
    let content = Array(bytes)
    // A tail repaired at one offset can tear again at the same offset with other bytes; such a
    // copy gets a numbered name (`@4711.2.bin`) instead of replacing, or being taken for, the
    // first. Only identical bytes count as already kept.
    var attempt = 1
    while true {
      let path = stem + (attempt == 1 ? "" : ".\(attempt)") + ".bin"
      do {
        if let existing = try io.readFile(path) {
          if existing == content { return directory.relative(path) }
          attempt += 1
          continue
        }
        try io.writeAtomically(content, to: path)
      } catch {
        throw .cannotCreate(path: path, code: error.code)
      }
      return directory.relative(path)
    }
  }
}

extension String {
  func replacingSlashes() -> String {
    var result = ""
    for character in self { if character == "/" { result += "__" } else { result.append(character) } }
    return result
  }
}
