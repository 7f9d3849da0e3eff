/// `tresen dash --print` as a fresh process on the big and on the empty data directory.
struct WarmStartBench {
  var sets: DataSets

  /// Starts of each directory per `--runs` run.
  static let runsPerRun = 4

  /// Start-to-exit seconds per run for each directory. One untimed run of each first, so the
  /// page cache and the binary are warm; then big and empty alternate.
  func run(runs: Int) throws(BenchError) -> (big: [Double], empty: [Double]) {
    _ = try dash(sets.big)
    _ = try dash(sets.empty)
    var big: [Double] = []
    var empty: [Double] = []
    for _ in 0..<runs {
      big.append(try dash(sets.big))
      empty.append(try dash(sets.empty))
    }
    return (big, empty)
  }

  private func dash(_ directory: String) throws(BenchError) -> Double {
    try Subprocess(
      executable: sets.tresen,
      arguments: [
        "dash", "--print", "--width", "120", "--height", "40", "--data-dir", directory, "--config", sets.noConfig,
        "--device", "bench", "--lang", "en",
      ], scratch: sets.scratch
    ).runChecked().seconds
  }
}
