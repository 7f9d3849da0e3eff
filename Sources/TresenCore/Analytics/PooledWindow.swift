/// A run of days with its ratings pooled: the sum of satisfied over the sum of ratings, and
/// the 95 % Wilson interval of that share.
///
///     PooledWindow(ratings, days: monday...sunday).csat  // the week's CSAT, or nil
public struct PooledWindow: Sendable, Hashable {
  /// The first and last business day of the window.
  public var days: ClosedRange<LocalDate>
  /// The ratings of all its days together.
  public var counts: RatingCounts
  /// The Wilson interval of `csat`; `nil` when the window holds no ratings.
  public var interval: WilsonInterval?

  /// A window from counts already pooled.
  public init(days: ClosedRange<LocalDate>, counts: RatingCounts) {
    self.days = days
    self.counts = counts
    interval = WilsonInterval(counts)
  }

  /// The window `days` with the ratings of `ratings` pooled.
  /// - Complexity: O(d) in the number of days.
  public init(_ ratings: DailyRatings, days: ClosedRange<LocalDate>) {
    self.init(days: days, counts: ratings.total(from: days.lowerBound, through: days.upperBound))
  }

  /// The `length` days ending on `last` (at least one).
  /// - Complexity: O(length).
  public init(_ ratings: DailyRatings, length: Int, endingAt last: LocalDate) {
    self.init(ratings, days: last.adding(days: 1 - max(1, length))...last)
  }

  /// The pooled share of ratings ≥ 4; `nil` without ratings.
  public var csat: Double? { counts.csat }

  /// The number of ratings.
  public var n: Int { counts.n }
}
