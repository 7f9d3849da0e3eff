import ArgumentParser
import Foundation
import TresenCore

/// `tresen report`: the day close (Tagesabschluss), or a week's or month's report, as text,
/// Markdown or a printable HTML file.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "The day close: touchpoints, complaints, comps and refusals, ratings and the trend of a day, week or month."
  )

  @OptionGroup var global: GlobalOptions
  @Option(help: "A business day (YYYY-MM-DD; default: today).") var date: String?
  @Option(help: "An ISO week (YYYY-Www, for example 2026-W48).") var week: String?
  @Option(help: "A month (YYYY-MM, for example 2026-11).") var month: String?
  @Option(help: "text, markdown or html.") var format = "text"
  @Option(help: "Write the report to FILE (atomically) and print its path, instead of printing the report.")
  var out: String?

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    guard [date, week, month].compactMap({ $0 }).count <= 1 else {
      throw Failure.message(l(.reportOnePeriod), exitCode: 2)
    }
    guard let format = DayReport.Format(rawValue: format.lowercased()) else {
      let allowed = DayReport.Format.allCases.map(\.rawValue).joined(separator: ", ")
      throw Failure.message(l(.errorChoiceInvalid, format, "--format", allowed), exitCode: 2)
    }
    let period = try period(workspace)
    let ledger = try translatingErrors(l) { try workspace.load().ledger }
    let report = DayReport(
      ledger, period: period, calendar: workspace.calendar, now: workspace.clock.now(),
      businessName: workspace.settings.businessName)
    let rendered = report.render(format, l)
    guard let out else {
      Console.out(rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered)
      return
    }
    let path = URL(fileURLWithPath: out).standardizedFileURL.path
    do {
      try OutputFile.write(report: rendered, to: path)
    } catch {
      throw Failure.message(l(.reportCannotWrite, path, String(cString: strerror(error.code))), exitCode: 3)
    }
    Console.out(path)
  }

  /// The period the options name; today's business day when none is given.
  private func period(_ workspace: Workspace) throws -> Period {
    let l = workspace.localizer
    if let week {
      guard let period = DayReport.period(week: week) else {
        throw Failure.message(l(.reportBadWeek, week), exitCode: 2)
      }
      return period
    }
    if let month {
      guard let period = DayReport.period(month: month) else {
        throw Failure.message(l(.reportBadMonth, month), exitCode: 2)
      }
      return period
    }
    let day = try translatingErrors(l) { try date.map(workspace.input.date) ?? workspace.today }
    return Period(containing: day, kind: .day)
  }
}
