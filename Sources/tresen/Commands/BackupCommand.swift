import ArgumentParser
import TresenCore

/// `tresen backup --out FILE.tar.gz`: a consistent copy of the data folder with a manifest of
/// checksums (README "Backup and restore").
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup", abstract: "Copy the data folder into a .tar.gz with a MANIFEST of checksums.",
    discussion: """
      Takes each device's lock while copying its files, so no half-written record is copied. The \
      archive (mode 0600) holds FORMAT, devices/ and quarantine/ and opens with any tar.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: "The archive to write, for example tresen-2026-11-23.tar.gz.") var out: String

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    do throws(BackupError) {
      let files = try Backup(directory: workspace.directory).write(to: out, createdAt: workspace.clock.now())
      Console.out(l(.backupDone, l.number(files), out))
    } catch {
      throw Failure.message(ErrorText(localizer: l).backup(error, archive: out), exitCode: error.exitCode)
    }
  }
}

/// `tresen restore FILE [--force]`: verifies an archive completely, then puts it back.
struct RestoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore", abstract: "Verify a backup completely, then restore it as the data folder.",
    discussion: """
      Nothing is written unless every file matches the MANIFEST. A data folder that already holds \
      files is replaced only with --force; it is then kept beside the restored one.
      """)

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Replace a data folder that already holds files (it is kept, renamed).") var force = false
  @Argument(help: "The archive made by tresen backup.") var file: String

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    let restore = Restore(directory: workspace.directory)
    do throws(BackupError) {
      let stamp = String(workspace.clock.now().description.filter(\.isNumber).prefix(14))
      let report = try restore.restore(restore.read(file), force: force, stamp: stamp)
      Console.out(l(.restoreDone, l.number(report.files), workspace.directory.root))
      if let previous = report.previous { Console.out(l(.restoreKeptOld, previous)) }
    } catch {
      throw Failure.message(ErrorText(localizer: l).backup(error, archive: file), exitCode: error.exitCode)
    }
  }
}

extension BackupError {
  /// DESIGN.md §4: a damaged archive is a problem found in data (1), a refused overwrite is
  /// usage (2), the rest is I/O (3).
  var exitCode: Int32 {
    switch self {
    case .damaged: 1
    case .targetNotEmpty, .noData: 2
    case .storage, .cannotReadArchive: 3
    }
  }
}
