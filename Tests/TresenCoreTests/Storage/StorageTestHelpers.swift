import Foundation
import Testing
import TresenCore
import TresenTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Shared material for the storage tests: sample payloads, hand-built records and file helpers.
enum Sample {
  static let device = "kasse-1"
  static let november = Fixtures.today
  static let october = LocalDate(year: 2026, month: 10, day: 20) ?? Fixtures.today

  /// Texts with umlauts, so byte offsets differ from character offsets.
  static let texts = [
    "Käsekuchen gelobt", "Müsli zu süß, sagt Frau Özdemir", "Brötchen vom Vortag zurückgebracht",
    "Grüße an Jürgen – Kaffee war kalt", "Tür klemmt, Kundin ärgerlich", "Öffnungszeiten erfragt",
    "Quittung fehlt, Größe passt nicht", "Schöner Abend, danke!",
  ]

  /// An interaction payload with the `index`-th text.
  static func payload(_ index: Int) -> Payload {
    .interaction(Interaction(channel: .counter, text: texts[index % texts.count], rating: index % 5 + 1))
  }

  /// The segment path of `device` for `month` in the data directory under `temp`.
  static func segment(_ temp: TemporaryDirectory, device: String = device, month: String = "2026-11") -> String {
    temp.dataDirectory.segmentPath(device, month: month)
  }

  /// A record as the writer would store it, built by hand.
  static func event(
    _ index: Int, seq: Int, device: String = device, id: EventID? = nil, version: Int = 1,
    type: String = EventType.interactionRecorded.rawValue, text: String? = nil, hour: Int? = nil
  ) -> Event {
    let time = Fixtures.at(hour ?? 8 + index % 12, index / 12 % 60)
    let data = Payload.interaction(
      Interaction(channel: .counter, text: text ?? texts[index % texts.count], rating: index % 5 + 1)
    ).json
    let known = EventType(rawValue: type).flatMap { version <= $0.currentVersion ? $0 : nil }
    return Event(
      version: version, id: id ?? Fixtures.ids(seed: UInt64(1000 + index)).next(at: time), type: type, at: time,
      device: device, seq: seq, staff: nil, data: data, payload: known.flatMap { try? Payload(type: $0, data: data) })
  }

  /// `line` (with its newline) with the `,"crc":"…"}` suffix removed: the checksummed part.
  static func checksummedPart(_ line: [UInt8]) -> [UInt8] { Array(line.dropLast(19)) }

  /// Closes a checksummed part with a fresh CRC and a newline.
  static func sealed(_ part: [UInt8]) -> [UInt8] { part + Array(",\"crc\":\"\(CRC32C.hex(part))\"}\n".utf8) }
}

/// The bytes of the file at `path`, or `nil` when there is none.
func fileBytes(_ path: String) -> [UInt8]? {
  FileManager.default.contents(atPath: path).map { [UInt8]($0) }
}

/// Writes `bytes` to `path`, creating folders as needed.
func writeFile(_ bytes: [UInt8], to path: String) throws {
  try FileManager.default.createDirectory(
    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
  try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Every regular file under `root` and its bytes, keyed by relative path.
func treeSnapshot(_ root: String) -> [String: [UInt8]] {
  var result: [String: [UInt8]] = [:]
  guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
  while let relative = walker.nextObject() as? String {
    var isDirectory: ObjCBool = false
    let path = root + "/" + relative
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
      result[relative] = fileBytes(path)
    }
  }
  return result
}

/// The permission bits of `path`.
func permissions(_ path: String) -> UInt32? {
  var info = stat()
  guard stat(path, &info) == 0 else { return nil }
  return UInt32(info.st_mode) & 0o7777
}

/// Writes the `FORMAT` file a fresh data directory gets, so a test controls every other file.
func writeFormat(_ temp: TemporaryDirectory, major: Int = 1) throws {
  let text = "{\"format\":\"tresen-events\",\"major\":\(major),\"minor\":0,\"currency\":\"EUR\"}\n"
  try writeFile(Array(text.utf8), to: temp.dataDirectory.formatPath)
}

/// The byte ranges of the lines in `bytes`, each with its newline; a last piece without one is
/// not a line.
func lineRanges(_ bytes: [UInt8], from start: Int = 0) -> [Range<Int>] {
  var ranges: [Range<Int>] = []
  var begin = start
  for index in start..<bytes.count where bytes[index] == 0x0A {
    ranges.append(begin..<(index + 1))
    begin = index + 1
  }
  return ranges
}

/// Decodes one stored line (newline and CR stripped) with the public codec.
func decodeLine(_ line: some Collection<UInt8>, device: String = Sample.device) -> RecordCodec.Decoded? {
  var bytes = Array(line)
  if bytes.last == 0x0A { bytes.removeLast() }
  if bytes.last == 0x0D { bytes.removeLast() }
  return bytes.withUnsafeBufferPointer { try? RecordCodec.decode($0, device: device) }
}

/// An anomaly as a short label with its line, so expectations read like a report.
func label(_ anomaly: Anomaly) -> String {
  let kind: String
  switch anomaly.kind {
  case .unreadable(.notJSON(let failure)): kind = "unreadable(\(failure.reason.rawValue))"
  case .unreadable(let failure): kind = "unreadable(\(failure))"
  case .tornTail(let bytes): kind = "tornTail(\(bytes))"
  case .checksumMismatch: kind = "checksumMismatch"
  case .invalidData: kind = "invalidData"
  case .conflictingDuplicate(let id): kind = "conflictingDuplicate(\(id))"
  case .sequenceGap(let device, let after, let next): kind = "sequenceGap(\(device),\(after),\(next))"
  case .sequenceReused(let device, let seq): kind = "sequenceReused(\(device),\(seq))"
  case .blankLine: kind = "blankLine"
  case .byteOrderMark: kind = "byteOrderMark"
  case .carriageReturn: kind = "carriageReturn"
  case .noChecksum: kind = "noChecksum"
  case .unknownType(let type, let version): kind = "unknownType(\(type),\(version))"
  }
  return "\(kind)@\(anomaly.line)"
}

/// The `errno` a storage error carries, if any.
func errorCode(_ error: StorageError) -> Int32? {
  switch error {
  case .cannotCreate(_, let code), .cannotOpen(_, let code), .cannotRead(_, let code), .cannotLock(_, let code),
    .writeFailed(_, let code), .syncFailed(_, let code), .rollbackFailed(_, let code):
    code
  case .fileKeepsChanging, .formatTooNew, .formatUnreadable, .readOnly, .recordTooLarge:
    nil
  }
}

/// Replaces the file at `path` the way a sync tool does: a new file with the same bytes,
/// renamed over the old one, so the path names a new inode.
func replaceLikeASyncTool(_ path: String) {
  let temporary = path + ".syncthing.tmp"
  let bytes = fileBytes(path) ?? []
  precondition(FileManager.default.createFile(atPath: temporary, contents: Data(bytes)), "cannot write \(temporary)")
  precondition(rename(temporary, path) == 0, "cannot rename \(temporary)")
}

/// The inode of the file at `path`.
func inode(_ path: String) -> UInt64? {
  var info = stat()
  guard stat(path, &info) == 0 else { return nil }
  return UInt64(info.st_ino)
}
