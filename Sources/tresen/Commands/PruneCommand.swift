import ArgumentParser
import TresenCore

/// `tresen prune [--dry-run]`: anonymises records older than `retention_years` on this device
/// the way erasure does (DSGVO Art. 5(1)(e)).
struct PruneCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "prune", abstract: "Anonymise records older than retention_years on this device.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Only list what would be anonymised.") var dryRun = false
  @Flag(help: "Print the dry run as JSON.") var json = false

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    guard let retention = workspace.retention else {
      throw Failure.message(l(.pruneNoRetention, workspace.settings.configPath), exitCode: 2)
    }
    let cutoff = l.date(retention.cutoff.localDate)
    if dryRun {
      let events = try translatingErrors(l) { try workspace.load().log.events }
      let own = ErasureSet(events).apply(to: events).filter { $0.device == workspace.settings.device }
      let plan = retention.plan(own)
      if json { return Console.json(plan.json(cutoff: retention.cutoff)) }
      guard plan.total > 0 else { return Console.out(l(.pruneNothing, cutoff)) }
      Console.out(l(.pruneDryRunHead, l.number(plan.total), cutoff))
      for row in plan.byCustomer {
        Console.out("  \(row.name.map { VisibleText.sanitize($0) } ?? l(.pruneNoName))  \(l.number(row.records))")
      }
      return
    }
    let erasure = Erasure(directory: workspace.directory, device: workspace.settings.device)
    let report = try translatingErrors(l) { try erasure.applyPending(retentionCutoff: retention.cutoff) }
    // The snapshot cache holds names too; it is rebuilt from the rewritten files.
    workspace.historyCache().discard()
    Console.out(l(.pruneDone, l.number(report.recordsRedacted), l.number(report.files.count)))
  }
}
