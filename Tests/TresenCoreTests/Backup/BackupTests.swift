import Foundation
import Testing
import TresenTestSupport

@testable import TresenCore

/// Backup and restore: a round trip gives the same bytes, and a damaged or hostile archive is
/// refused before anything is written.
@Suite struct BackupTests {
  /// A data directory with two devices, a quarantine copy and a conflict copy.
  func seed(_ temp: TemporaryDirectory) throws {
    let directory = temp.dataDirectory
    for (device, seed) in [("kasse-1", UInt64(1)), ("kasse-2", 2)] {
      let writer = LogWriter(directory: directory, device: device, ids: Fixtures.ids(seed: seed))
      for hour in 9..<12 {
        try writer.append(
          .interaction(Interaction(channel: .counter, text: "Kuchen \(hour)", customer: "Max Weber", rating: 4)),
          at: Fixtures.at(hour))
      }
    }
    temp.write(Array("{\"torn\":".utf8), to: "data/quarantine/kasse-1/devices__kasse-1__2026-11.jsonl@9.bin")
    temp.write(Array("{}\n".utf8), to: "data/devices/kasse-2/2026-11.sync-conflict-20261123-101010-ABCDEFG.jsonl")
  }

  /// Every file below `root` with its bytes, by relative path.
  func files(_ root: String) -> [String: [UInt8]] {
    var result: [String: [UInt8]] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[relative] = FileManager.default.contents(atPath: root + "/" + relative).map { [UInt8]($0) }
      }
    }
    return result
  }

  /// The archive's members after the manifest, and the manifest.
  func unpack(_ archive: [UInt8]) throws -> (BackupManifest, [TarArchive.Entry]) {
    let entries = try TarArchive.read(Gzip.decompress(archive, limit: 1 << 30))
    return (try #require(BackupManifest(entries[0].bytes)), Array(entries.dropFirst()))
  }

  /// `entries` packed again with `manifest`.
  func pack(_ manifest: BackupManifest, _ entries: [TarArchive.Entry]) -> [UInt8] {
    Gzip.compress(TarArchive.write([.file(BackupManifest.name, manifest.bytes)] + entries))
  }

  @Test func aRoundTripGivesIdenticalBytes() throws {
    let temp = TemporaryDirectory("tresen-backup")
    try seed(temp)
    let out = temp.appending("backup.tar.gz")
    let count = try Backup(directory: temp.dataDirectory).write(to: out, createdAt: Fixtures.at(12))
    let original = files(temp.appending("data"))
    #expect(count == original.count)
    #expect(original.keys.contains("quarantine/kasse-1/devices__kasse-1__2026-11.jsonl@9.bin"))
    let mode = (try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int) ?? 0
    #expect(mode == 0o600)

    let target = DataDirectory(root: temp.appending("restored"))
    let restore = Restore(directory: target)
    let report = try restore.restore(restore.read(out), force: false, stamp: "1")
    #expect(report == Restore.Report(files: count, previous: nil))
    #expect(files(target.root) == original)
    #expect(try LogReader(directory: target).load().events.count == 6)
  }

  @Test func theManifestListsEveryFileWithSizeAndDigest() throws {
    let temp = TemporaryDirectory("tresen-backup")
    try seed(temp)
    let (manifest, entries) = try unpack(
      Backup(directory: temp.dataDirectory).archive(createdAt: Fixtures.at(12)).bytes)
    let original = files(temp.appending("data"))
    #expect(Set(manifest.files.map(\.path)) == Set(original.keys))
    for file in manifest.files {
      #expect(file.size == original[file.path]?.count)
      #expect(file.sha256 == Hashing.sha256(original[file.path] ?? []))
    }
    #expect(entries.first?.path == "FORMAT")
  }

  @Test func aDamagedArchiveIsRefusedAndNothingIsWritten() throws {
    let temp = TemporaryDirectory("tresen-backup")
    try seed(temp)
    let archive = try Backup(directory: temp.dataDirectory).archive(createdAt: Fixtures.at(12)).bytes
    let (manifest, entries) = try unpack(archive)
    let segment = try #require(entries.firstIndex { $0.path == "devices/kasse-1/2026-11.jsonl" })

    var flippedCompressed = archive
    flippedCompressed[archive.count / 2] ^= 0x01
    var flippedFile = entries
    flippedFile[segment].bytes[10] ^= 0x20
    var missing = entries
    missing.remove(at: segment)
    let extra = entries + [.file("devices/kasse-1/2026-12.jsonl", Array("{}\n".utf8))]
    var traversal = entries
    traversal.append(.file("devices/../../escaped", Array("x".utf8)))
    var traversalManifest = manifest
    traversalManifest.files.append(
      .init(path: "devices/../../escaped", size: 1, sha256: Hashing.sha256(Array("x".utf8))))
    var absolute = manifest
    absolute.files.append(.init(path: "/tmp/escaped", size: 1, sha256: Hashing.sha256(Array("x".utf8))))
    var symlink = TarArchive.write([.file(BackupManifest.name, manifest.bytes)] + entries)
    // The first member after the manifest (FORMAT) becomes a symlink: typeflag '2', new checksum.
    let header = 512 * (1 + (manifest.bytes.count + 511) / 512)
    symlink[header + 156] = UInt8(ascii: "2")
    let sum = (0..<512).reduce(0) { $0 + ((148..<156).contains($1) ? 0x20 : Int(symlink[header + $1])) }
    let digits = String(sum, radix: 8)
    let field = Array((String(repeating: "0", count: 6 - digits.count) + digits).utf8) + [0, 0x20]
    for (index, byte) in field.enumerated() { symlink[header + 148 + index] = byte }

    let cases: [(String, [UInt8], BackupError.Damage)] = [
      ("flipped compressed byte", flippedCompressed, .notGzip),
      ("flipped file byte", pack(manifest, flippedFile), .checksum(path: "devices/kasse-1/2026-11.jsonl")),
      ("missing file", pack(manifest, missing), .missingFile(path: "devices/kasse-1/2026-11.jsonl")),
      ("extra file", pack(manifest, extra), .extraFile(path: "devices/kasse-1/2026-12.jsonl")),
      ("path traversal", pack(traversalManifest, traversal), .unsafePath(path: "devices/../../escaped")),
      (
        "absolute path", pack(absolute, entries + [.file("/tmp/escaped", Array("x".utf8))]),
        .unsafePath(path: "/tmp/escaped")
      ),
      ("symlink", Gzip.compress(symlink), .unsupportedEntry(path: "FORMAT")),
      ("no manifest", Gzip.compress(TarArchive.write(entries)), .noManifest),
      (
        "member after the end", Gzip.compress(TarArchive.write(entries) + TarArchive.write([.file("FORMAT", [])])),
        .badTar(offset: TarArchive.write(entries).count - 1024)
      ),
      ("truncated", Array(archive.prefix(archive.count - 9)), .notGzip),
    ]
    for (label, bytes, damage) in cases {
      let target = DataDirectory(root: temp.appending("restored"))
      #expect(throws: BackupError.damaged(damage), "\(label)") {
        try Restore(directory: target).restore(bytes, force: true, stamp: "1")
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path) == ["data"], "\(label)")
    }
  }

  @Test func aNonEmptyTargetNeedsForceAndIsKept() throws {
    let temp = TemporaryDirectory("tresen-backup")
    try seed(temp)
    let archive = try Backup(directory: temp.dataDirectory).archive(createdAt: Fixtures.at(12)).bytes
    let target = DataDirectory(root: temp.appending("target"))
    temp.write(Array("mine".utf8), to: "target/notes.txt")
    #expect(throws: BackupError.targetNotEmpty(path: target.root)) {
      try Restore(directory: target).restore(archive, force: false, stamp: "1")
    }
    #expect(files(target.root) == ["notes.txt": Array("mine".utf8)])

    let report = try Restore(directory: target).restore(archive, force: true, stamp: "20261123120000")
    #expect(report.previous == target.root + ".before-restore-20261123120000")
    #expect(files(target.root) == files(temp.appending("data")))
    #expect(files(report.previous ?? "") == ["notes.txt": Array("mine".utf8)])

    // The same stamp again: the earlier copy is not overwritten.
    let again = try Restore(directory: target).restore(archive, force: true, stamp: "20261123120000")
    #expect(again.previous == target.root + ".before-restore-20261123120000-2")
    #expect(files(report.previous ?? "") == ["notes.txt": Array("mine".utf8)])
    #expect(files(again.previous ?? "") == files(target.root))
    try FileManager.default.removeItem(atPath: again.previous ?? "")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted() == [
        "data", "target", "target.before-restore-20261123120000",
      ])
  }

  @Test func tarNamesLongerThanAHundredBytesUseThePrefix() throws {
    let long = "quarantine/kasse-1/" + String(repeating: "x", count: 90) + "/" + String(repeating: "y", count: 60)
    let entries: [TarArchive.Entry] = [.folder("devices"), .file(long, Array("data".utf8)), .file("FORMAT", [])]
    #expect(try TarArchive.read(TarArchive.write(entries)) == entries)
    #expect(!TarArchive.fits(String(repeating: "z", count: 300)))
  }

  @Test func gzipRoundTripsAndRefusesGarbage() throws {
    let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 * 7 % 251) }
    let packed = Gzip.compress(bytes)
    #expect(packed.starts(with: [0x1f, 0x8b]))
    #expect(try Gzip.decompress(packed, limit: 1 << 20) == bytes)
    #expect(throws: BackupError.damaged(.notGzip)) { try Gzip.decompress(packed, limit: 1000) }
    #expect(throws: BackupError.damaged(.notGzip)) { try Gzip.decompress(Array("plain".utf8), limit: 1000) }
    #expect(throws: BackupError.damaged(.notGzip)) { try Gzip.decompress(packed + [0], limit: 1 << 20) }
  }
}
