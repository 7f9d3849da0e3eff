import ArgumentParser
import TresenCore

/// `tresen goodwill`: comps and refused returns per day, week, month, purpose or reason.
struct GoodwillCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "goodwill",
    abstract: "Comps and refused returns at price and at cost, per day, week, month, purpose or reason.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "First day (YYYY-MM-DD or DD.MM.YYYY; default: 30 days before --to).") var from: String?
  @Option(help: "Last day (default: today).") var to: String?
  @Option(help: "Group by day, week, month, purpose or reason.") var by = "day"
  @Flag(help: "Print JSON: one object per group with its comps and refusals.") var json = false

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    guard let grouping = GoodwillReport.Grouping(rawValue: by.lowercased()) else {
      throw Failure.message(l(.errorGoodwillBy, by), exitCode: 2)
    }
    let (first, last) = try Self.range(workspace, from: from, to: to)
    let ledger = try translatingErrors(l) { try workspace.load().ledger }
    let groups = GoodwillReport.groups(ledger, by: grouping, from: first, through: last, calendar: workspace.calendar)
    if json {
      Console.json(GoodwillReport.json(groups))
    } else {
      Console.out(GoodwillReport(localizer: l).render(groups, by: grouping, from: first, through: last))
    }
  }

  /// The business days `--from` through `--to` name: `--to` defaults to today and `--from`
  /// to 30 days before `--to`; a reversed range is bad input (exit 2).
  static func range(_ workspace: Workspace, from: String?, to: String?) throws -> (LocalDate, LocalDate) {
    let l = workspace.localizer
    let (first, last) = try translatingErrors(l) {
      let last = try to.map(workspace.input.date) ?? workspace.today
      return (try from.map(workspace.input.date) ?? last.adding(days: -30), last)
    }
    guard first <= last else {
      throw Failure.message(l(.errorRangeReversed, l.date(first), l.date(last)), exitCode: 2)
    }
    return (first, last)
  }
}
