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
      CheckCommand.self, DemoCommand.self, ThemesCommand.self, TrendCommand.self, GoodwillCommand.self,
      TouchpointsCommand.self, ReportCommand.self, ExportCommand.self, CustomerCommand.self, PruneCommand.self,
      BackupCommand.self, RestoreCommand.self,
    ])

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Open Tresen on 90 days of demo data in a temporary folder; the real data is not touched.")
  var demo = false
  @Flag(help: "Do not capture the mouse (keeps the terminal's own text selection).") var noMouse = false

  /// `tresen` alone opens the terminal UI.
  func run() throws {
    guard demo else {
      try TerminalApp.run(try global.workspace(), mouse: !noMouse)
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tresen-demo-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var settings = try global.settings(dataDirectory: folder)
    // The demo folder is gone when the app ends: a snapshot of it would only litter the cache.
    settings.cacheDirectory = nil
    let workspace = Workspace(settings: settings)
    let l = workspace.localizer
    _ = try DemoCommand.write(
      into: workspace, days: 90, perDay: 40, seed: 1, progress: Progress(l(.demoProgress), localizer: l))
    try TerminalApp.run(workspace, mouse: !noMouse)
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
      Console.err(usageSentence(for: error))
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }

  /// ArgumentParser's message as one sentence: what is wrong and where the usage is
  /// (`Missing expected argument '--channel <channel>'; see 'tresen record interaction --help'.`).
  static func usageSentence(for error: Error) -> String {
    let lines = fullMessage(for: error).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let problem = (lines.first ?? "").replacingOccurrences(of: "Error: ", with: "")
    guard let see = lines.last(where: { $0.hasPrefix("See '") }),
      let start = see.firstIndex(of: "'"), let end = see.lastIndex(of: "'"), start < end
    else { return problem }
    return "\(problem); see \(see[start...end])."
  }
}
