import Foundation

/// Python with orjson parsing the same segment files line by line: the replay's yardstick.
struct PythonBaseline {
  var scratch: String

  /// Reads every file named on the command line, `orjson.loads` on each line; prints its own
  /// time (interpreter start excluded, like the Swift replay's), the line count and peak RSS.
  static let script = """
    import resource, sys, time, orjson
    start = time.perf_counter()
    count = 0
    for path in sys.argv[1:]:
        with open(path, 'rb') as handle:
            for line in handle:
                orjson.loads(line)
                count += 1
    seconds = time.perf_counter() - start
    print(seconds, count, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
    """

  /// The `python3` to use, with orjson installed through pip if it is missing; `nil` when
  /// that is not possible.
  func interpreter(log: (String) -> Void) -> String? {
    guard let python = Self.find("python3") else { return nil }
    let check = Subprocess(executable: python, arguments: ["-c", "import orjson"], scratch: scratch)
    if let outcome = try? check.run(), outcome.status == 0 { return python }
    log("orjson is missing; installing it with pip…")
    let install = Subprocess(
      executable: python, arguments: ["-m", "pip", "install", "--quiet", "orjson"], scratch: scratch)
    guard let installed = try? install.run(), installed.status == 0, let outcome = try? check.run(),
      outcome.status == 0
    else { return nil }
    return python
  }

  /// One parse of `files`: seconds, lines, peak RSS in bytes.
  func run(python: String, files: [String]) throws(BenchError) -> (seconds: Double, lines: Int, peakBytes: Int) {
    let outcome = try Subprocess(executable: python, arguments: ["-c", Self.script] + files, scratch: scratch)
      .runChecked()
    let fields = outcome.output.split(whereSeparator: \.isWhitespace)
    guard fields.count == 3, let seconds = Double(fields[0]), let lines = Int(fields[1]), let peak = Int(fields[2])
    else { throw .unexpectedOutput("python3", output: outcome.output) }
    return (seconds, lines, peak)
  }

  /// `name` in one of the `PATH` folders.
  static func find(_ name: String) -> String? {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    return path.map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
  }
}
