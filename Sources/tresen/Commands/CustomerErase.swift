import ArgumentParser
import Foundation
import TresenCore

/// `tresen customer erase NAME`: redacts a person from this device's files and tells the
/// other devices to do the same (DSGVO Art. 17).
struct CustomerErase: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "erase", abstract: "Erase a person: their name and free texts become [redacted].",
    discussion: """
      Rewrites this device's files that mention the person, replacing the name and the free texts of \
      their records (and of their complaints' updates) with [redacted]; ids, types, ratings and amounts \
      stay, so statistics do not change. Quarantine copies that mention the name are deleted. A \
      customer.erased record without personal data tells other devices to do the same. Old backups \
      and devices that have not synced keep the data until they catch up.
      """)

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Do not ask for confirmation on a terminal.") var yes = false
  @Argument(help: "The customer's name.") var name: String

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    let (entry, _) = try CustomerCommand.person(name, workspace)
    // On a terminal a person confirms; a script (no terminal on stdin) has already decided.
    if !yes, isatty(STDIN_FILENO) == 1 {
      FileHandle.standardError.write(
        Data(l(.customerEraseConfirm, VisibleText.sanitize(entry.name), l.number(entry.records)).utf8))
      let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
      guard answer == "yes" || answer == "ja" else { throw Failure.message(l(.customerEraseCancelled), exitCode: 2) }
    }
    let erasure = Erasure(directory: workspace.directory, device: workspace.settings.device)
    let report = try translatingErrors(l) {
      try erasure.erase(entry.name, at: workspace.clock.now(), staff: workspace.settings.staff)
    }
    // The snapshot cache holds names too; it is rebuilt from the rewritten files.
    workspace.historyCache().discard()
    Console.out(
      l(
        .customerErased, l.number(report.recordsRedacted), l.number(report.files.count),
        l.number(report.quarantineRemoved.count)))
  }
}
