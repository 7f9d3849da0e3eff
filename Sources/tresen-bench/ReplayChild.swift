import TresenCore

/// The replay, run in a child process of the bench so that only its own memory counts.
enum ReplayChild {
  /// What the child prints on one line: seconds and peak bytes.
  struct Report {
    var seconds: Double
    var peakBytes: Int

    var line: String { "\(seconds) \(peakBytes)" }

    init(seconds: Double, peakBytes: Int) {
      self.seconds = seconds
      self.peakBytes = peakBytes
    }

    init?(line: String) {
      let fields = line.split(whereSeparator: \.isWhitespace)
      guard fields.count == 2, let seconds = Double(fields[0]), let peak = Int(fields[1]) else { return nil }
      self.init(seconds: seconds, peakBytes: peak)
    }
  }

  /// What the app does at a start without a snapshot: the full replay of every segment of
  /// `path` into the dashboard's overview (`HistoryCache` with no cache file).
  static func run(path: String) throws -> Report {
    let start = Stopwatch.now()
    let calendar = BusinessCalendar()
    let cache = HistoryCache(directory: DataDirectory(root: path), calendar: calendar, path: nil)
    let overview = try cache.overview(today: calendar.day(of: SystemClock().now())).overview
    let seconds = Stopwatch.now() - start
    return withExtendedLifetime(overview) { Report(seconds: seconds, peakBytes: PeakMemory.current() ?? 0) }
  }
}
