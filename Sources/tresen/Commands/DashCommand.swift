import ArgumentParser
import Foundation
import TerminalUI
import TresenApp
import TresenCore

/// `tresen dash --print`: the dashboard as plain text, through the TUI's own render path.
struct DashCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dash", abstract: "Print the dashboard as plain text (the terminal UI's first frame).")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Print instead of opening the terminal UI.") var print = false
  @Option(help: "Width in columns.") var width: Int = 100
  @Option(help: "Height in lines.") var height: Int = 30
  @Option(help: "Show this day (YYYY-MM-DD) as of the current time of day.") var date: String?

  func validate() throws {
    guard print else { throw ValidationError("dash needs --print; run `tresen` alone for the terminal UI.") }
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw ValidationError("--width and --height must be between 1 and 1000.")
    }
  }

  func run() throws {
    let settings = try global.settings()
    var clock: any Clock = SystemClock()
    let probe = Workspace(settings: settings)
    if let date {
      let day = try translatingErrors(probe.localizer) { try probe.input.date(date) }
      let now = clock.now()
      clock = FixedClock(
        Timestamp(date: day, hour: 0, minute: 0, offsetSeconds: now.offsetSeconds).adding(
          milliseconds: Int64(now.millisOfDay)))
    }
    let workspace = Workspace(settings: settings, clock: clock)
    let l = workspace.localizer
    let text = try translatingErrors(l) {
      try DashboardPrinter.text(
        workspace, size: Size(width: width, height: height), progress: Progress(l(.progressReading), localizer: l).hook)
    }
    Console.out(text)
  }
}
