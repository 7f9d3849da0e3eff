import ArgumentParser
import Foundation

/// `tresen-bench`: the figures of DESIGN.md §8 beside their baselines, in one run.
@main
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tresen-bench",
    abstract: "Measure the figures of DESIGN.md §8 next to their baselines (build with -c release first).",
    discussion: """
      Data sets are written with the sibling `tresen demo` (about 6 minutes for 1,000,000 events \
      on 2 cores); --keep reuses them. Each figure is the median of --runs runs.
      """)

  @Option(help: "Events in the big data set (about; tresen demo decides the exact count).")
  var events = 1_000_000
  @Option(help: "Runs per figure; each figure is their median.") var runs = 5
  @Option(help: "Keep the data sets in this folder and reuse them next time.") var keep: String?
  @Option(help: "Measure only this group of figures (repeat for more): warm, replay, record, frame.")
  var only: [Measurements.Group] = []
  @Option(help: .hidden) var replayChild: String?

  func validate() throws {
    guard (1_000...10_000_000).contains(events) else { throw ValidationError("--events must be 1000–10000000.") }
    guard (1...100).contains(runs) else { throw ValidationError("--runs must be 1–100.") }
  }

  func run() throws {
    if let replayChild {
      print(try ReplayChild.run(path: replayChild).line)
      return
    }
    let started = Stopwatch.now()
    let bench = try Self.executablePath()
    let tresen = (bench as NSString).deletingLastPathComponent + "/tresen"
    guard FileManager.default.isExecutableFile(atPath: tresen) else { throw BenchError.missingBinary(tresen) }
    let root = try keep ?? Self.temporaryFolder()
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: root) } }

    let sets = DataSets(root: root, events: events, tresen: tresen)
    let groups = only.isEmpty ? Measurements.Group.allCases : only
    try sets.prepare(for: groups, log: Self.log)
    let figures = try Measurements(sets: sets, bench: bench, runs: runs).figures(groups, log: Self.log)
    print(Measurements.machine())
    print(ResultTable(figures: figures.table).text)
    for note in figures.notes { print(note) }
    print(String(format: "Bench run: %.0f s (data sets included).", Stopwatch.now() - started))
  }

  /// Progress goes to stderr, so stdout holds only the result.
  static func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  private static func executablePath() throws -> String {
    do { return try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") } catch {
      return CommandLine.arguments[0]
    }
  }

  private static func temporaryFolder() throws -> String {
    let folder = NSTemporaryDirectory().hasSuffix("/") ? NSTemporaryDirectory() : NSTemporaryDirectory() + "/"
    var template = Array((folder + "tresen-bench.XXXXXX").utf8CString)
    let path = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap(mkdtemp).map { String(cString: $0) }
    }
    guard let path else { throw BenchError.cannotPrepare("a temporary folder") }
    return path
  }
}
