import ArgumentParser
import Foundation
import TresenCore

/// `tresen`: the counter app's command line (DESIGN.md §4).
@main
struct TresenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tresen",
    abstract: "Record and triage customer touchpoints at the counter.",
    subcommands: [
      RecordCommand.self, ComplaintCommand.self, VoidCommand.self, TodayCommand.self, DashCommand.self,
      CheckCommand.self,
    ])

  @OptionGroup var global: GlobalOptions

  /// Until the terminal UI exists, `tresen` alone prints today's summary.
  func run() throws {
    try TodayCommand.printDay(global: global, date: nil, json: false)
  }

  /// Parses, runs, and maps every error to a message and exit code after the terminal is
  /// back to normal.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let failure as Failure {
      if let message = failure.message { Console.err(message) }
      Foundation.exit(failure.exitCode)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        Console.out(fullMessage(for: error))
        Foundation.exit(0)
      }
      Console.err(fullMessage(for: error))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}
