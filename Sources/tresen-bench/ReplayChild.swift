import TresenCore

/// The replay, run in a child process of the bench so that only its own memory counts.
enum ReplayChild {
  /// What the child prints on one line: seconds, stored events, effective events, peak bytes.
  struct Report {
    var seconds: Double
    var storedEvents: Int
    var effectiveEvents: Int
    var peakBytes: Int

    var line: String { "\(seconds) \(storedEvents) \(effectiveEvents) \(peakBytes)" }

    init(seconds: Double, storedEvents: Int, effectiveEvents: Int, peakBytes: Int) {
      self.seconds = seconds
      self.storedEvents = storedEvents
      self.effectiveEvents = effectiveEvents
      self.peakBytes = peakBytes
    }

    init?(line: String) {
      let fields = line.split(whereSeparator: \.isWhitespace)
      guard fields.count == 4, let seconds = Double(fields[0]), let stored = Int(fields[1]),
        let effective = Int(fields[2]), let peak = Int(fields[3])
      else { return nil }
      self.init(seconds: seconds, storedEvents: stored, effectiveEvents: effective, peakBytes: peak)
    }
  }

  /// Loads every segment of `path` and builds the ledger, as `tresen check` and the app do
  /// (no snapshot cache exists, so every start is a full replay).
  static func run(path: String) throws -> Report {
    let start = Stopwatch.now()
    let log = try LogReader(directory: DataDirectory(root: path)).load()
    let ledger = Ledger(log.events)
    let seconds = Stopwatch.now() - start
    return withExtendedLifetime(ledger) {
      Report(
        seconds: seconds, storedEvents: log.events.count, effectiveEvents: ledger.events.count,
        peakBytes: PeakMemory.current() ?? 0)
    }
  }
}
