import ArgumentParser
import TresenCore

/// `tresen trend`: daily ratings and the pooled CSAT with its 95 % Wilson interval.
struct TrendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trend",
    abstract: "Daily ratings and the CSAT pooled over 7 or 28 days, with its 95% interval, oldest day first.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "How many days up to today (1–3650).") var days = 30
  @Option(help: "Pool ratings over 7 or 28 days.") var window = 7
  @Flag(help: "Print JSON: one object per day with its counts and the pooled window.") var json = false

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    guard (1...3650).contains(days) else { throw Failure.message(l(.errorTrendDays, days), exitCode: 2) }
    guard window == 7 || window == 28 else { throw Failure.message(l(.errorTrendWindow, window), exitCode: 2) }
    let ledger = try translatingErrors(l) { try workspace.load().ledger }
    let ratings = DailyRatings(ledger, calendar: workspace.calendar)
    let trend = SatisfactionTrend(ratings, window: window, days: days, endingAt: workspace.today)
    if json {
      Console.json(TrendReport.json(trend))
    } else {
      Console.out(TrendReport(localizer: l).render(trend))
    }
  }
}
