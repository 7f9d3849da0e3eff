import ArgumentParser
import Foundation
import TresenCore

/// `tresen demo --out DIR`: realistic demo data, written through the same log code.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo", abstract: "Write realistic demo data (a café-bakery) into an empty folder.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The folder to fill; must be empty or new.") var out: String
  @Option(help: "How many days up to today (1–3650).") var days: Int = 90
  @Option(help: "Touchpoints on an average day (0–1000).") var perDay: Int = 40
  @Option(help: "The same seed gives the same data.") var seed: UInt64 = 1

  func run() throws {
    let settings = try global.settings(dataDirectory: out)
    let workspace = Workspace(settings: settings)
    let l = workspace.localizer
    try Self.check(days: days, perDay: perDay, localizer: l)
    let summary = try Self.write(
      into: workspace, days: days, perDay: perDay, seed: seed, progress: Progress(l(.demoProgress), localizer: l))
    Console.out(l(.demoDone, l.number(summary.total), l.number(days), out))
  }

  static func check(days: Int, perDay: Int, localizer l: Localizer) throws {
    guard (1...3650).contains(days) else {
      throw Failure.message(l(.errorDemoRange, "--days", 1, 3650), exitCode: 2)
    }
    guard (0...1000).contains(perDay) else {
      throw Failure.message(l(.errorDemoRange, "--per-day", 0, 1000), exitCode: 2)
    }
  }

  /// Fills `workspace`'s empty data folder and returns what was written.
  static func write(
    into workspace: Workspace, days: Int, perDay: Int, seed: UInt64, progress: Progress?
  ) throws
    -> DemoSummary
  {
    let l = workspace.localizer
    let directory = workspace.directory
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: directory.root)) ?? []
    guard existing.isEmpty else { throw Failure.message(l(.errorDemoNotEmpty, directory.root), exitCode: 2) }
    let generator = DemoGenerator(
      seed: seed, days: days, perDay: perDay, now: workspace.clock.now(), timeZone: .current,
      calendar: workspace.calendar)
    return try translatingErrors(l) {
      try generator.write(to: directory) { done, total in progress?.update(done, of: total) }
    }
  }
}
