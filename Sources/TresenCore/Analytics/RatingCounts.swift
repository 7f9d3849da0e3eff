/// How many ratings were satisfied (4–5), neutral (3) and unhappy (1–2).
///
/// Counts add and subtract, so windows pool by summing days: CSAT of a window is the sum of
/// satisfied over the sum of ratings, never an average of daily shares.
public struct RatingCounts: Sendable, Hashable {
  /// Ratings of 4 or 5.
  public var satisfied: Int
  /// Ratings of 3.
  public var neutral: Int
  /// Ratings of 1 or 2.
  public var unhappy: Int

  /// Counts from their parts, e.g. `RatingCounts(satisfied: 4, unhappy: 1)`.
  public init(satisfied: Int = 0, neutral: Int = 0, unhappy: Int = 0) {
    self.satisfied = satisfied
    self.neutral = neutral
    self.unhappy = unhappy
  }

  /// No ratings.
  public static let zero = RatingCounts()

  /// The number of ratings.
  public var n: Int { satisfied + neutral + unhappy }

  /// Whether there are no ratings: a gap, not a zero.
  public var isEmpty: Bool { n == 0 }

  /// The share of ratings ≥ 4, 0…1; `nil` without ratings.
  public var csat: Double? { n == 0 ? nil : Double(satisfied) / Double(n) }

  /// The 95 % Wilson interval of `csat`; `nil` without ratings.
  public var interval: WilsonInterval? { WilsonInterval(self) }

  /// Counts one rating; values outside 1–5 are ignored.
  public mutating func add(rating: Int) {
    switch rating {
    case 4...5: satisfied += 1
    case 3: neutral += 1
    case 1...2: unhappy += 1
    default: break
    }
  }

  /// Both counts pooled.
  public static func + (lhs: RatingCounts, rhs: RatingCounts) -> RatingCounts {
    RatingCounts(
      satisfied: lhs.satisfied + rhs.satisfied, neutral: lhs.neutral + rhs.neutral, unhappy: lhs.unhappy + rhs.unhappy)
  }

  /// `lhs` without `rhs`, for sliding a window forward.
  public static func - (lhs: RatingCounts, rhs: RatingCounts) -> RatingCounts {
    RatingCounts(
      satisfied: lhs.satisfied - rhs.satisfied, neutral: lhs.neutral - rhs.neutral, unhappy: lhs.unhappy - rhs.unhappy)
  }

  /// Adds `rhs` to `lhs`.
  public static func += (lhs: inout RatingCounts, rhs: RatingCounts) { lhs = lhs + rhs }

  /// Removes `rhs` from `lhs`.
  public static func -= (lhs: inout RatingCounts, rhs: RatingCounts) { lhs = lhs - rhs }
}
