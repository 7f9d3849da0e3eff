/// `tresen dash --print` as a fresh process on the big and on the empty data directory.
struct WarmStartBench {
  var sets: DataSets

  /// Starts of each directory per `--runs` run.
  static let runsPerRun = 4
  /// The frame's height: `dash --print` writes exactly this many lines.
  static let frameLines = 40

  /// Seconds of one start: from spawn to the frame's last line, and to the child's exit.
  struct Start {
    var frame: Double
    var exit: Double
  }

  /// Each start of each directory. One untimed run of each first, so the page cache and the
  /// binary are warm; then big and empty alternate.
  func run(runs: Int) throws(BenchError) -> (big: [Start], empty: [Start]) {
    _ = try dash(sets.big)
    _ = try dash(sets.empty)
    var big: [Start] = []
    var empty: [Start] = []
    for _ in 0..<runs {
      big.append(try dash(sets.big))
      empty.append(try dash(sets.empty))
    }
    return (big, empty)
  }

  private func dash(_ directory: String) throws(BenchError) -> Start {
    let outcome = try Subprocess(
      executable: sets.tresen,
      arguments: [
        "dash", "--print", "--width", "120", "--height", String(WarmStartBench.frameLines), "--data-dir", directory,
        "--config", sets.noConfig, "--device", "bench", "--lang", "en",
      ], scratch: sets.scratch, frameLines: WarmStartBench.frameLines
    ).runChecked()
    return Start(frame: outcome.frameSeconds ?? outcome.seconds, exit: outcome.seconds)
  }
}
