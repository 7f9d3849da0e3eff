/// The `MANIFEST` member of a backup: every other file with its size and SHA-256, so a
/// restore can prove the archive complete and intact before it writes anything.
///
/// ```json
/// {"format":"tresen-backup","version":1,"created_at":"2026-11-23T12:00:00+01:00",
///  "files":[{"path":"FORMAT","size":58,"sha256":"…"},…]}
/// ```
struct BackupManifest: Equatable, Sendable {
  /// The member's name in the archive.
  static let name = "MANIFEST"

  struct File: Equatable, Sendable {
    var path: String
    var size: Int
    var sha256: String
  }

  var createdAt: String
  var files: [File]

  init(createdAt: String, files: [File]) {
    self.createdAt = createdAt
    self.files = files
  }

  /// The manifest for `entries` (files only).
  init(createdAt: String, entries: [TarArchive.Entry]) {
    self.init(
      createdAt: createdAt,
      files: entries.filter { !$0.isDirectory }.map {
        File(path: $0.path, size: $0.bytes.count, sha256: Hashing.sha256($0.bytes))
      })
  }

  /// Reads a manifest; `nil` when `bytes` is not one.
  init?(_ bytes: [UInt8]) {
    guard let json = try? JSONParser.parse(bytes), json["format"]?.stringValue == "tresen-backup",
      json["version"]?.intValue == 1, let createdAt = json["created_at"]?.stringValue,
      let elements = json["files"]?.elements
    else { return nil }
    var files: [File] = []
    for element in elements {
      guard let path = element["path"]?.stringValue, let size = element["size"]?.intValue,
        let sha256 = element["sha256"]?.stringValue
      else { return nil }
      files.append(File(path: path, size: size, sha256: sha256))
    }
    self.init(createdAt: createdAt, files: files)
  }

  /// The manifest as a JSON document with a final newline.
  var bytes: [UInt8] {
    let json: JSONValue = .object([
      JSONMember("format", "tresen-backup"), JSONMember("version", 1), JSONMember("created_at", .string(createdAt)),
      JSONMember(
        "files",
        .array(
          files.map { file in
            .object([
              JSONMember("path", .string(file.path)), JSONMember("size", .int(file.size)),
              JSONMember("sha256", .string(file.sha256)),
            ])
          })),
    ])
    return JSONWriter.bytes(json) + [0x0A]
  }

  /// Checks `entries` (the archive without the manifest) against the manifest: every listed
  /// file present once with its size and digest, nothing unlisted.
  func verify(_ entries: [TarArchive.Entry]) throws(BackupError) {
    var listed: [String: File] = [:]
    for file in files {
      guard listed.updateValue(file, forKey: file.path) == nil else { throw .damaged(.extraFile(path: file.path)) }
    }
    var seen = Set<String>()
    for entry in entries where !entry.isDirectory {
      guard let file = listed[entry.path], seen.insert(entry.path).inserted else {
        throw .damaged(.extraFile(path: entry.path))
      }
      guard file.size == entry.bytes.count, file.sha256 == Hashing.sha256(entry.bytes) else {
        throw .damaged(.checksum(path: entry.path))
      }
    }
    if let missing = files.first(where: { !seen.contains($0.path) }) {
      throw .damaged(.missingFile(path: missing.path))
    }
  }
}
