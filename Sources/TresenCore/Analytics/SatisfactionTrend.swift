/// The satisfaction trend of the dashboard: for each day of a range, that day's rating counts
/// and the CSAT pooled over the `window` days ending that day, with its Wilson interval.
///
/// Pooling sums satisfied and ratings over the window (never an average of daily shares);
/// a day without ratings adds nothing, and a window without any has no CSAT — a gap.
///
///     let trend = SatisfactionTrend(ratings, window: 7, days: 30, endingAt: today)
///     trend.points.last?.csat  // this week's CSAT, or nil
///     trend.change.verdict     // this week against the week before
public struct SatisfactionTrend: Sendable, Hashable {
  /// One day of the trend.
  public struct Point: Sendable, Hashable {
    /// The business day.
    public var date: LocalDate
    /// That day's own ratings (for the daily bars).
    public var day: RatingCounts
    /// The ratings of the window ending that day, pooled.
    public var window: RatingCounts
    /// The Wilson interval of the window's CSAT; `nil` when `windowN` is 0.
    public var interval: WilsonInterval?

    /// A point from its counts; the interval follows from `window`.
    public init(date: LocalDate, day: RatingCounts, window: RatingCounts) {
      self.date = date
      self.day = day
      self.window = window
      interval = WilsonInterval(window)
    }

    /// The number of ratings in the window.
    public var windowN: Int { window.n }
    /// The satisfied ratings (4–5) in the window.
    public var windowSatisfied: Int { window.satisfied }
    /// The pooled CSAT of the window, 0…1; `nil` when `windowN` is 0.
    public var csat: Double? { window.csat }
    /// The lower Wilson bound; `nil` when `windowN` is 0.
    public var low: Double? { interval?.low }
    /// The upper Wilson bound; `nil` when `windowN` is 0.
    public var high: Double? { interval?.high }
  }

  /// The window length in days (7 and 28 on the dashboard).
  public var window: Int
  /// One point per day, oldest first, the last on the end date.
  public var points: [Point]
  /// The window ending on the end date against the `window` days before it.
  public var change: TrendChange

  /// The trend of the `days` days ending on `end`, pooled over `window` days.
  ///
  /// `window` is at least 1 and `days` at least 0. The windows of the first points reach
  /// back before the range, so every point pools a full window.
  /// - Complexity: O(days + window): the window slides, adding the new day and dropping the
  ///   oldest, instead of summing `window` days for each point.
  public init(_ ratings: DailyRatings, window: Int, days: Int, endingAt end: LocalDate) {
    let window = max(1, window)
    let count = max(0, days)
    let last = end.daysSinceEpoch
    let first = last - count + 1
    self.window = window
    change = TrendChange(ratings, window: window, endingAt: end)
    points = []
    guard count > 0 else { return }
    points.reserveCapacity(count)
    // The window of the first point, less its own day.
    var pooled = ratings.total(fromDay: first - window + 1, throughDay: first - 1)
    for day in first...last {
      let today = ratings[day: day]
      pooled += today
      if day > first { pooled -= ratings[day: day - window] }
      points.append(Point(date: LocalDate(daysSinceEpoch: day), day: today, window: pooled))
    }
  }

  /// The point of `date`; `nil` outside the range.
  public func point(on date: LocalDate) -> Point? {
    guard let first = points.first else { return nil }
    let offset = date.daysSinceEpoch - first.date.daysSinceEpoch
    return points.indices.contains(offset) ? points[offset] : nil
  }
}
