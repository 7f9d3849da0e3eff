import Testing
import TresenCore

@Suite struct WilsonIntervalTests {
  /// Known values from reference/domain.md §4.2 and the formula worked by hand.
  @Test(arguments: [
    (4, 5, 0.376, 0.964), (5, 5, 0.566, 1.0), (0, 5, 0.0, 0.434), (1, 1, 0.207, 1.0),
    (40, 50, 0.670, 0.888), (28, 35, 0.641, 0.900), (120, 150, 0.729, 0.856), (2, 10, 0.057, 0.510),
  ])
  func knownValues(k: Int, n: Int, low: Double, high: Double) throws {
    let interval = try #require(WilsonInterval(k: k, n: n))
    #expect(rounded(interval.low) == low)
    #expect(rounded(interval.high) == high)
    #expect(interval.low >= 0 && interval.high <= 1)
  }

  @Test func noRatingsOrImpossibleCountsHaveNoInterval() {
    #expect(WilsonInterval(k: 0, n: 0) == nil)
    #expect(WilsonInterval(k: 6, n: 5) == nil)
    #expect(WilsonInterval(k: -1, n: 5) == nil)
    #expect(WilsonInterval(RatingCounts.zero) == nil)
  }

  @Test func fromCountsUsesTheSatisfiedShare() {
    let counts = RatingCounts(satisfied: 4, neutral: 1)
    #expect(counts.n == 5)
    #expect(counts.csat == 0.8)
    #expect(counts.interval == WilsonInterval(k: 4, n: 5))
  }

  @Test func touchingIntervalsOverlapAndSeparateOnesDoNot() {
    let middle = WilsonInterval(low: 0.4, high: 0.6)
    #expect(middle.overlaps(WilsonInterval(low: 0.6, high: 0.9)))
    #expect(middle.overlaps(WilsonInterval(low: 0.45, high: 0.5)))
    #expect(!middle.overlaps(WilsonInterval(low: 0.61, high: 0.9)))
    #expect(!WilsonInterval(low: 0.61, high: 0.9).overlaps(middle))
  }

  @Test func ratingsOutsideOneToFiveAreNotCounted() {
    var counts = RatingCounts()
    for rating in [0, 1, 2, 3, 4, 5, 6] { counts.add(rating: rating) }
    #expect(counts == RatingCounts(satisfied: 2, neutral: 1, unhappy: 2))
    #expect(
      counts - RatingCounts(satisfied: 1) + RatingCounts(neutral: 2)
        == RatingCounts(
          satisfied: 1, neutral: 3, unhappy: 2))
  }
}
