import ArgumentParser
import TresenCore

/// `tresen today`: the day's touchpoints and figures.
struct TodayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "today", abstract: "The day's touchpoints, newest last, with the day's figures.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Another day (YYYY-MM-DD).") var date: String?
  @Flag(help: "Print JSON: the day's events with amendments applied and voided ones left out.") var json = false

  func run() throws {
    try Self.printDay(global: global, date: date, json: json)
  }

  static func printDay(global: GlobalOptions, date: String?, json: Bool) throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    let (day, ledger) = try translatingErrors(l) {
      (try date.map(workspace.input.date) ?? workspace.today, try workspace.load().ledger)
    }
    let events = ledger.events(on: day, calendar: workspace.calendar)
    if json {
      Console.json(.array(events.map(EventJSON.envelope)))
    } else {
      Console.out(
        TodayReport(localizer: l).render(
          date: day, isToday: day == workspace.today, events: events, ledger: ledger,
          businessName: workspace.settings.businessName))
    }
  }
}
