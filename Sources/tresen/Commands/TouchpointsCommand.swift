import ArgumentParser
import TresenCore

/// `tresen touchpoints`: every touchpoint is marketing — the figures per channel.
struct TouchpointsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "touchpoints",
    abstract: "Per channel: interactions, ratings, CSAT, complaints, comps and refusals; the one that hurts most first."
  )

  @OptionGroup var global: GlobalOptions
  @Option(help: "First day (YYYY-MM-DD or DD.MM.YYYY; default: 30 days before --to).") var from: String?
  @Option(help: "Last day (default: today).") var to: String?
  @Flag(help: "Print JSON: one object per channel.") var json = false

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    let (first, last) = try GoodwillCommand.range(workspace, from: from, to: to)
    let ledger = try translatingErrors(l) { try workspace.load().ledger }
    let map = TouchpointMap(ledger, from: first, through: last, calendar: workspace.calendar)
    if json {
      Console.json(TouchpointReport.json(map))
    } else {
      let figures = ComplaintFigures(ledger, from: first, through: last, calendar: workspace.calendar)
      Console.out(TouchpointReport(localizer: l).render(map, complaints: figures, from: first, through: last))
    }
  }
}
