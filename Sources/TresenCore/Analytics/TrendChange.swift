/// Whether satisfaction moved between two windows, called only when it clearly did.
///
/// A change is called when the 95 % Wilson intervals of the two windows do not overlap;
/// otherwise — and whenever a window has no ratings — the verdict is `.noClearChange`.
/// Both windows travel along so the screen can show the intervals it judged by.
///
///     TrendChange(ratings, window: 28, endingAt: today).verdict  // .better, .worse, .noClearChange
public struct TrendChange: Sendable, Hashable {
  /// The verdict of the comparison.
  public enum Verdict: Sendable, Hashable {
    /// The current window's interval lies wholly above the previous one's.
    case better
    /// The current window's interval lies wholly below the previous one's.
    case worse
    /// The intervals overlap, or a window holds no ratings.
    case noClearChange
  }

  /// The window being judged (usually the latest).
  public var current: PooledWindow
  /// The window it is compared with.
  public var previous: PooledWindow
  /// What the intervals say.
  public var verdict: Verdict

  /// Compares `current` with `previous`.
  public init(current: PooledWindow, previous: PooledWindow) {
    self.current = current
    self.previous = previous
    guard let now = current.interval, let before = previous.interval, !now.overlaps(before) else {
      verdict = .noClearChange
      return
    }
    verdict = now.low > before.high ? .better : .worse
  }

  /// Compares the `window` days ending on `last` with the `window` days before them.
  /// - Complexity: O(window).
  public init(_ ratings: DailyRatings, window: Int, endingAt last: LocalDate) {
    let length = max(1, window)
    self.init(
      current: PooledWindow(ratings, length: length, endingAt: last),
      previous: PooledWindow(ratings, length: length, endingAt: last.adding(days: -length)))
  }
}
