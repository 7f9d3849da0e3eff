/// The 95 % Wilson score interval of a share: where the true share of satisfied customers
/// plausibly lies after `k` of `n` ratings were satisfied (reference/domain.md §4.2).
///
/// Unlike `p̂ ± 1.96·SE`, it stays inside 0…1 and is honest at tiny `n`: 5 of 5 gives
/// 57 %…100 %, not 100 %…100 %.
public struct WilsonInterval: Sendable, Hashable {
  /// The z value for a 95 % interval.
  public static let z95 = 1.96

  /// Lower bound, 0…1.
  public var low: Double
  /// Upper bound, 0…1.
  public var high: Double

  /// An interval from its bounds, as read back or compared.
  public init(low: Double, high: Double) {
    self.low = low
    self.high = high
  }

  /// The interval for `k` successes in `n` trials, e.g. `WilsonInterval(k: 4, n: 5)` → 0.376…0.964.
  ///
  /// `nil` when there is nothing to estimate (`n` ≤ 0) or the counts are impossible
  /// (`k` < 0 or `k` > `n`).
  public init?(k: Int, n: Int, z: Double = WilsonInterval.z95) {
    guard n > 0, (0...n).contains(k) else { return nil }
    let count = Double(n)
    let share = Double(k) / count
    let zSquared = z * z
    let centre = share + zSquared / (2 * count)
    let margin = z * (share * (1 - share) / count + zSquared / (4 * count * count)).squareRoot()
    let scale = 1 + zSquared / count
    // Rounding can step a hair outside 0…1 at k = 0 or k = n.
    low = max(0, (centre - margin) / scale)
    high = min(1, (centre + margin) / scale)
  }

  /// The interval of `counts`' satisfied share; `nil` without ratings.
  public init?(_ counts: RatingCounts) {
    self.init(k: counts.satisfied, n: counts.n)
  }

  /// Whether the two intervals share at least one point (touching bounds overlap).
  public func overlaps(_ other: WilsonInterval) -> Bool {
    low <= other.high && other.low <= high
  }
}
