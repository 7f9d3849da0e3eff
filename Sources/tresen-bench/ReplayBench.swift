/// The full replay of the big set in a child process, beside Python + orjson and `wc -l`
/// reading the same segment files. Page cache warm, no snapshot cache: "cold" means the
/// log is replayed from its first line, as the reference measurements do.
struct ReplayBench {
  var sets: DataSets
  /// This executable, started again with `--replay-child`.
  var bench: String

  struct Result {
    var swift: [ReplayChild.Report] = []
    /// Empty when Python with orjson is not available.
    var python: [(seconds: Double, lines: Int, peakBytes: Int)] = []
    var wc: [Double] = []
  }

  func run(runs: Int, log: (String) -> Void) throws(BenchError) -> Result {
    let files = DataSets.segments(of: sets.big)
    var result = Result()
    let child = Subprocess(executable: bench, arguments: ["--replay-child", sets.big], scratch: sets.scratch)
    _ = try child.runChecked()
    for _ in 0..<runs {
      let outcome = try child.runChecked()
      guard let report = ReplayChild.Report(line: outcome.output) else {
        throw .unexpectedOutput("the replay child", output: outcome.output)
      }
      result.swift.append(report)
    }

    let baseline = PythonBaseline(scratch: sets.scratch)
    if let python = baseline.interpreter(log: log) {
      for _ in 0..<runs { result.python.append(try baseline.run(python: python, files: files)) }
    } else {
      log("python3 with orjson: not available")
    }

    if let wc = PythonBaseline.find("wc") {
      let count = Subprocess(executable: wc, arguments: ["-l"] + files, scratch: sets.scratch)
      _ = try count.runChecked()
      for _ in 0..<runs { result.wc.append(try count.runChecked().seconds) }
    }
    return result
  }
}
