import Foundation
import TresenCore

#if canImport(Glibc)
  import Glibc
#endif

/// The progress bar of every command whose work can take over a second (demo, export, check,
/// repair): a bar, the percentage, the time elapsed and an estimate of the time left, redrawn
/// in place on stderr when it is a terminal. Silent when stderr is piped, and for work that
/// ends within `delay`, so quick commands print nothing extra.
final class Progress {
  private let title: String
  private let localizer: Localizer
  private let isEnabled: Bool
  private let delay: Double
  private let clock: () -> Double
  private let write: (String) -> Void
  private let start: Double
  private var lastDraw: Double?
  private var isFinished = false

  /// Cells of the bar itself.
  static let barWidth = 30

  /// A bar titled `title`. The defaults draw on stderr when it is a terminal; tests pass their
  /// own terminal flag, clock (seconds) and output.
  init(
    _ title: String, localizer: Localizer, isEnabled: Bool = Console.isInteractive, delay: Double = 0.3,
    clock: @escaping () -> Double = Progress.monotonicSeconds,
    write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
  ) {
    self.title = title
    self.localizer = localizer
    self.isEnabled = isEnabled
    self.delay = delay
    self.clock = clock
    self.write = write
    start = clock()
  }

  deinit {
    // Work that failed midway leaves the cursor on a fresh line for the error.
    if lastDraw != nil, !isFinished { write("\n") }
  }

  /// The hook TresenCore's long work reports to (log reading, repair).
  var hook: ProgressHook { { [self] done, total in update(done, of: total) } }

  /// Shows `done` of `total`, at most ten times a second; the line ends once `done` reaches `total`.
  func update<Count: BinaryInteger>(_ done: Count, of total: Count) {
    guard isEnabled, total > 0, !isFinished else { return }
    let now = clock()
    let elapsed = now - start
    let isDone = done >= total
    // Nothing for quick work: the first draw waits for `delay`, and a finish before it stays silent.
    guard elapsed >= delay || lastDraw != nil else {
      isFinished = isDone
      return
    }
    if !isDone, let lastDraw, now - lastDraw < 0.1 { return }
    lastDraw = now
    // ESC [K clears what a longer earlier line left behind.
    write("\r" + Progress.line(title, done: done, of: total, elapsed: elapsed, localizer: localizer) + "\u{1B}[K")
    if isDone {
      isFinished = true
      write("\n")
    }
  }

  /// One state of the bar: title, bar, percentage, time elapsed and, from 2 % on until the end,
  /// the time left at the pace so far.
  static func line<Count: BinaryInteger>(
    _ title: String, done: Count, of total: Count, elapsed: Double, localizer l: Localizer
  ) -> String {
    let fraction = min(1, max(0, Double(done) / Double(total)))
    let filled = Int(fraction * Double(barWidth))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    var line = "\(title) \(bar) \(l.percent(fraction)) · " + l(.progressElapsed, clockTime(elapsed))
    if fraction > 0.02, fraction < 1 {
      line += " · " + l(.progressEta, clockTime(elapsed / fraction - elapsed))
    }
    return line
  }

  /// Seconds as `m:ss`.
  static func clockTime(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return "\(whole / 60):" + String(format: "%02d", whole % 60)
  }

  /// Seconds on the monotonic clock.
  static func monotonicSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
