#if canImport(Glibc)
  import Glibc
#endif

/// Monotonic time and the statistics the bench reports.
enum Stopwatch {
  /// Seconds on the monotonic clock (`clock_gettime(CLOCK_MONOTONIC)`).
  static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Seconds of CPU time this thread has used (`CLOCK_THREAD_CPUTIME_ID`): what a frame costs
  /// when other processes share the cores.
  static func cpuNow() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }

  /// Seconds `body` takes.
  static func time<Failure: Error>(_ body: () throws(Failure) -> Void) throws(Failure) -> Double {
    let start = now()
    try body()
    return now() - start
  }

  /// The median of `values` (the mean of the middle two for an even count); 0 when empty.
  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
  }

  /// The nearest-rank percentile `p` (0–100) of `values`; 0 when empty.
  static func percentile(_ p: Double, of values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[min(max(rank, 1), sorted.count) - 1]
  }
}
