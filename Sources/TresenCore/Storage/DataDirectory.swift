#if canImport(Glibc)
  import Glibc
#endif

/// The layout of a data directory (DESIGN.md §3.2).
///
/// ```
/// FORMAT                          {"format":"tresen-events","major":1,"minor":0,"currency":"EUR"}
/// devices/<device>/.lock          flock target for processes of that device
/// devices/<device>/YYYY-MM.jsonl  one segment per month, written only by <device>
/// quarantine/<device>/...         bytes a reader could not use, with source and offset
/// ```
public struct DataDirectory: Sendable {
  /// The major format version this build reads and writes.
  public static let formatMajor = 1
  public static let formatMinor = 0

  public let root: String
  let io: any LogIO

  public init(root: String, io: any LogIO = SystemIO()) {
    self.root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    self.io = io
  }

  public var formatPath: String { root + "/FORMAT" }
  public var devicesPath: String { root + "/devices" }
  public func devicePath(_ device: String) -> String { devicesPath + "/" + device }
  public func lockPath(_ device: String) -> String { devicePath(device) + "/.lock" }
  public func segmentPath(_ device: String, month: String) -> String { devicePath(device) + "/\(month).jsonl" }
  public func quarantinePath(_ device: String) -> String { root + "/quarantine/" + device }

  /// `path` relative to the root, for messages.
  public func relative(_ path: String) -> String {
    path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
  }

  /// What the `FORMAT` file says.
  public struct Format: Equatable, Sendable {
    public var major: Int
    public var minor: Int
    public var currency: String
  }

  /// Reads `FORMAT`; `nil` when the directory holds none yet.
  public func readFormat() throws(StorageError) -> Format? {
    let bytes: [UInt8]?
    do { bytes = try io.readFile(formatPath) } catch { throw .cannotRead(path: formatPath, code: error.code) }
    guard let bytes else { return nil }
    guard let json = try? JSONParser.parse(bytes), json["format"]?.stringValue == "tresen-events",
      let major = json["major"]?.intValue
    else { throw .formatUnreadable(path: formatPath) }
    return Format(
      major: major, minor: json["minor"]?.intValue ?? 0, currency: json["currency"]?.stringValue ?? "EUR")
  }

  /// Creates the directory tree (mode 0700) and `FORMAT` if missing, and checks that the
  /// format is one this build may write.
  /// - Returns: the format in force.
  @discardableResult
  public func prepare(currency: String = "EUR") throws(StorageError) -> Format {
    try makeDirectories(root)
    if let format = try readFormat() {
      guard format.major <= DataDirectory.formatMajor else {
        throw .formatTooNew(path: formatPath, major: format.major)
      }
      return format
    }
    let format = Format(major: DataDirectory.formatMajor, minor: DataDirectory.formatMinor, currency: currency)
    let json: JSONValue = .object([
      JSONMember("format", "tresen-events"), JSONMember("major", .int(format.major)),
      JSONMember("minor", .int(format.minor)), JSONMember("currency", .string(currency)),
    ])
    do { try io.writeAtomically(JSONWriter.bytes(json) + [0x0A], to: formatPath) } catch {
      throw .cannotCreate(path: formatPath, code: error.code)
    }
    return format
  }

  /// Creates `path` and its missing parents with mode 0700, fsyncing each new entry's parent.
  func makeDirectories(_ path: String) throws(StorageError) {
    let status: FileStatus?
    do { status = try io.stat(path) } catch { throw .cannotCreate(path: path, code: error.code) }
    if let status {
      guard status.isDirectory else { throw .cannotCreate(path: path, code: ENOTDIR) }
      return
    }
    let parent = path.parentPath
    if parent != path, !parent.isEmpty { try makeDirectories(parent) }
    do {
      try io.mkdir(path, mode: 0o700)
      try io.syncDirectory(containing: path)
    } catch {
      throw .cannotCreate(path: path, code: error.code)
    }
  }

  /// The device folders present, sorted.
  public func devices() throws(StorageError) -> [String] {
    do {
      return try io.list(devicesPath).filter { !$0.hasPrefix(".") }
    } catch {
      throw .cannotRead(path: devicesPath, code: error.code)
    }
  }

  /// Whether `name` is a file the reader loads: a month segment or a sync tool's conflict
  /// copy of one (`*.sync-conflict-*`, `*conflicted copy*`).
  /// Every segment file and conflict copy, device by device and name by name: what a full
  /// read reads.
  func segments() throws(StorageError) -> [SegmentPrefetcher.Segment] {
    var segments: [SegmentPrefetcher.Segment] = []
    for device in try devices().sorted() {
      let folder = devicePath(device)
      let names: [String]
      do { names = try io.list(folder) } catch { throw .cannotRead(path: folder, code: error.code) }
      // Joined per name rather than cut from each path: a start lists every segment.
      let relativeFolder = relative(folder) + "/"
      for name in names.sorted() where DataDirectory.isSegmentFile(name) {
        segments.append(
          SegmentPrefetcher.Segment(path: folder + "/" + name, file: relativeFolder + name, device: device))
      }
    }
    return segments
  }

  public static func isSegmentFile(_ name: String) -> Bool {
    guard !name.hasPrefix("."), !name.containsBytes(".tmp-") else { return false }
    return name.hasSuffix(".jsonl") || isConflictCopy(name)
  }

  /// Whether `name` is a sync tool's conflict copy. Compared by bytes: a start lists every
  /// segment, and Foundation's `contains` costs more than reading the snapshot.
  public static func isConflictCopy(_ name: String) -> Bool {
    name.containsBytes(".sync-conflict-") || name.lowercased().containsBytes("conflicted copy")
  }

  /// Device names become folder names: lowercase letters, digits and `-` only.
  public static func sanitizeDevice(_ name: String) -> String {
    var result = ""
    for character in name.lowercased() {
      if character.isASCII && (character.isLetter || character.isNumber) {
        result.append(character)
      } else if !result.hasSuffix("-") {
        result.append("-")
      }
    }
    let trimmed = result.trimmingCharacters(in: "-")
    return trimmed.isEmpty ? "device" : String(trimmed.prefix(40))
  }
}

extension String {
  /// Whether `part` occurs in the string, compared byte for byte.
  func containsBytes(_ part: String) -> Bool {
    var (whole, part) = (self, part)
    return whole.withUTF8 { text in
      part.withUTF8 { needle in
        guard let first = needle.first else { return true }
        guard needle.count <= text.count else { return false }
        for start in 0...(text.count - needle.count) where text[start] == first {
          if UTF8Text.same(UnsafeBufferPointer(rebasing: text[start..<start + needle.count]), needle) { return true }
        }
        return false
      }
    }
  }

  func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}
