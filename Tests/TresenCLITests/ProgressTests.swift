import Foundation
import Testing
import TresenCore
import TresenTestSupport

@testable import tresen

/// The progress bar drawn against a fake terminal flag and clock.
@Suite struct ProgressTests {
  /// A bar whose clock the test moves and whose output it keeps.
  final class Harness {
    var now = 100.0
    var output: [String] = []
    lazy var progress = Progress(
      "Reading", localizer: Localizer(.en), isEnabled: isTerminal, delay: 0.3, clock: { [unowned self] in now },
      write: { [unowned self] in output.append($0) })
    let isTerminal: Bool

    init(isTerminal: Bool) { self.isTerminal = isTerminal }
  }

  @Test func onATerminalTheBarShowsElapsedTimeAndAnEstimateAndEndsItsLine() {
    let harness = Harness(isTerminal: true)
    let progress = harness.progress
    harness.now += 0.1
    progress.update(10, of: 100)
    #expect(harness.output.isEmpty, "nothing for the first \(0.3) s")
    harness.now += 4.9
    progress.update(25, of: 100)
    let bar = String(repeating: "█", count: 7) + String(repeating: "░", count: 23)
    #expect(harness.output == ["\rReading \(bar) 25% · 0:05 elapsed · 0:15 left\u{1B}[K"])
    harness.now += 0.05
    progress.update(30, of: 100)
    #expect(harness.output.count == 1, "at most ten draws a second")
    harness.now += 5
    progress.update(100, of: 100)
    #expect(
      harness.output.suffix(2) == ["\rReading \(String(repeating: "█", count: 30)) 100% · 0:10 elapsed\u{1B}[K", "\n"])
    progress.update(100, of: 100)
    #expect(harness.output.count == 3, "a finished bar stays finished")
  }

  @Test func whenPipedOrQuickNothingIsWritten() {
    let piped = Harness(isTerminal: false)
    _ = piped.progress
    piped.now += 5
    piped.progress.update(50, of: 100)
    piped.progress.update(100, of: 100)
    #expect(piped.output.isEmpty)

    let quick = Harness(isTerminal: true)
    quick.now += 0.1
    quick.progress.update(100, of: 100)
    quick.now += 5
    quick.progress.update(100, of: 100)
    #expect(quick.output.isEmpty, "work done within the delay leaves no bar behind")
  }

  @Test func aBarLeftOpenByFailedWorkEndsItsLine() {
    let harness = Harness(isTerminal: true)
    do {
      let progress = harness.progress
      harness.now += 1
      progress.update(1, of: 2)
      #expect(harness.output.count == 1)
    }
    // The work throws; the command lets go of the bar.
    harness.progress = Progress("other", localizer: Localizer(.en), isEnabled: false)
    #expect(harness.output.last == "\n")
  }

  @Test func theEstimateIsTheTimeLeftAtThePaceSoFar() {
    let l = Localizer(.de)
    #expect(Progress.line("X", done: 0, of: 10, elapsed: 3, localizer: l).hasSuffix("0:03 vergangen"))
    #expect(Progress.line("X", done: 1, of: 4, elapsed: 30, localizer: l).hasSuffix("0:30 vergangen · noch 1:30"))
    #expect(Progress.clockTime(3_599.6) == "60:00")
  }

  /// A demo history in the data dir; the terminal test asks for a longer one.
  static func history(_ cli: CLITestCase, days: Int = 200, perDay: Int = 80) throws {
    try cli.ok(
      "demo", "--out", cli.temp.appending("data"), "--days", "\(days)", "--per-day", "\(perDay)", "--seed", "3")
  }

  @Test func checkAndExportWithStderrPipedPrintNoBar() throws {
    let cli = CLITestCase()
    try Self.history(cli)
    for arguments in [
      ["check"], ["check", "--repair"], ["export", "--format", "csv"], ["export", "--format", "jsonl"],
    ] {
      let result = try cli.tresen.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(!result.stderr.contains("░") && !result.stderr.contains("\r"), "\(arguments): \(result.stderr)")
    }
  }

  @Test(.enabled(if: Tmux.isInstalled, "tmux is not installed"))
  func onATerminalCheckShowsTheBarOnStderr() throws {
    let cli = CLITestCase()
    // Long enough that the check outlasts the bar's 0.3 s delay several times over, even on a
    // fast machine (16,000 records took about 0.3 s in a debug build).
    try Self.history(cli, days: 300, perDay: 150)
    let tmux = try Tmux(
      width: 120, height: 10, command: [cli.tresen.path, "check"],
      environment: [
        "TRESEN_DATA_DIR": cli.temp.appending("data"), "TRESEN_DEVICE": "kasse-1", "TRESEN_LANG": "en",
        "TRESEN_CONFIG": cli.temp.appending("config.toml"), "TERM": "xterm-256color", "LANG": "C.UTF-8",
        "HOME": "/nonexistent",
      ])
    let exit = try tmux.waitForExit(timeout: .seconds(60))
    #expect(exit.status == 0, "\(exit.screen)")
    let bar = String(repeating: "█", count: Progress.barWidth)
    #expect(exit.screen.contains("Reading the log \(bar) 100%"), "\(exit.screen)")
    #expect(exit.screen.contains("elapsed"))
  }
}
