import ArgumentParser
import TresenCore

/// `tresen check [--repair]`: verify every segment; exit 1 when problems remain.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Verify every segment and report anomalies (file, line, what is wrong).",
    discussion: """
      Unreadable lines are copied to quarantine/ before anything else. With --repair, this \
      device's segments are fixed without losing a byte: torn records are cut after being \
      quarantined, unreadable lines are moved to quarantine/. Other devices' files are never changed.
      """)

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Repair this device's segments.") var repair = false

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    let (repairs, log) = try translatingErrors(l) {
      let repairs = repair ? try workspace.repair(progress: Progress(l(.progressRepairing), localizer: l).hook) : []
      return (repairs, try workspace.load(progress: Progress(l(.progressReading), localizer: l).hook).log)
    }
    Console.out(CheckReport(localizer: l).render(log, repairs: repairs))
    if log.anomalies.contains(where: \.isProblem) { throw Failure.problemsFound }
  }
}
