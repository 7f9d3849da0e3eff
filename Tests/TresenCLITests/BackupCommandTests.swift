import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// `tresen backup` and `tresen restore` through the real binary.
@Suite struct BackupCommandTests {
  /// Every file below `root` with its bytes.
  func files(_ root: String) -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let relative = enumerator?.nextObject() as? String {
      if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeRegular {
        result[relative] = FileManager.default.contents(atPath: root + "/" + relative)
      }
    }
    return result
  }

  @Test func backupThenRestoreGivesTheSameFiles() throws {
    let cli = CLITestCase()
    try cli.ok("record", "interaction", "--channel", "counter", "--customer", "Max Weber", "--rating", "5", "Prima")
    try cli.ok("--device", "kasse-2", "record", "comp", "--item", "Tee", "--price", "2,50")
    let archive = cli.temp.appending("backup.tar.gz")
    #expect(try cli.ok("backup", "--out", archive) == "Backed up 5 files to \(archive).\n")

    let elsewhere = cli.temp.appending("elsewhere")
    #expect(try cli.ok("--data-dir", elsewhere, "restore", archive).hasPrefix("Restored 5 files"))
    #expect(files(elsewhere) == files(cli.temp.appending("data")))
    #expect(files(elsewhere).count == 5)

    let refused = try cli.tresen.run(["restore", archive])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("already holds data; nothing was written — add --force"))

    try cli.ok("record", "interaction", "--channel", "phone", "Nach der Sicherung")
    let forced = try cli.ok("restore", archive, "--force")
    #expect(forced.contains("The previous data is kept in \(cli.temp.appending("data")).before-restore-"))
    #expect(files(cli.temp.appending("data")) == files(elsewhere))
  }

  @Test func aDamagedArchiveIsRefusedWithAClearMessage() throws {
    let cli = CLITestCase()
    try cli.ok("record", "interaction", "--channel", "counter", "Hallo")
    let archive = cli.temp.appending("backup.tar.gz")
    try cli.ok("backup", "--out", archive)
    var bytes = try #require(cli.temp.bytes("backup.tar.gz"))
    bytes[bytes.count / 2] ^= 0x40
    cli.temp.write(bytes, to: "broken.tar.gz")
    let target = cli.temp.appending("target")
    let result = try cli.tresen.run(["--data-dir", target, "restore", cli.temp.appending("broken.tar.gz")])
    #expect(result.status == 1)
    #expect(result.stderr.contains("is damaged"))
    #expect(result.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: target))

    let missing = try cli.tresen.run(["restore", cli.temp.appending("none.tar.gz")])
    #expect(missing.status == 3)
    #expect(missing.stderr.contains("Cannot read the backup"))

    let empty = try CLITestCase().tresen.run(["backup", "--out", cli.temp.appending("x.tar.gz")])
    #expect(empty.status == 2)
    #expect(empty.stderr.contains("There is no data in"))
  }
}
