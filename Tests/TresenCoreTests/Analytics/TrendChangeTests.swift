import Testing
import TresenCore
import TresenTestSupport

@Suite struct TrendChangeTests {
  private let end = Fixtures.today

  /// Ratings `previous` spread over the week before last and `current` over the last week.
  private func ratings(previous: [Int], current: [Int]) -> DailyRatings {
    var history = HistoryBuilder()
    history.rate(previous, on: end.adding(days: -10))
    history.rate(current, on: end.adding(days: -3))
    return DailyRatings(history.ledger, calendar: BusinessCalendar())
  }

  @Test func betterWhenTheIntervalsDoNotOverlap() throws {
    // 2 of 10 (6 %…51 %) before, 10 of 10 (72 %…100 %) now.
    let change = TrendChange(
      ratings(previous: [5, 4] + Array(repeating: 1, count: 8), current: Array(repeating: 5, count: 10)),
      window: 7, endingAt: end)
    #expect(change.verdict == .better)
    #expect(change.current.days == end.adding(days: -6)...end)
    #expect(change.previous.days == end.adding(days: -13)...end.adding(days: -7))
    #expect(change.current.counts == RatingCounts(satisfied: 10))
    #expect(change.previous.counts == RatingCounts(satisfied: 2, unhappy: 8))
    let now = try #require(change.current.interval)
    let before = try #require(change.previous.interval)
    #expect(rounded(now.low) == 0.722 && now.high == 1)
    #expect(rounded(before.low) == 0.057 && rounded(before.high) == 0.510)
  }

  @Test func worseWhenTheIntervalsDoNotOverlap() {
    let change = TrendChange(
      ratings(previous: Array(repeating: 5, count: 10), current: [5, 4] + Array(repeating: 2, count: 8)),
      window: 7, endingAt: end)
    #expect(change.verdict == .worse)
  }

  @Test func noClearChangeWhenTheIntervalsOverlap() {
    // 4 of 5 (38 %…96 %) against 5 of 5 (57 %…100 %): looks better, is not clearly so.
    let change = TrendChange(ratings(previous: [5, 5, 4, 4, 1], current: [5, 5, 5, 4, 4]), window: 7, endingAt: end)
    #expect(change.verdict == .noClearChange)
    #expect(change.previous.csat == 0.8 && change.current.csat == 1)
    #expect(change.current.interval != nil && change.previous.interval != nil)
  }

  @Test func noClearChangeWithoutRatingsInAWindow() {
    let change = TrendChange(ratings(previous: [], current: Array(repeating: 5, count: 20)), window: 7, endingAt: end)
    #expect(change.verdict == .noClearChange)
    #expect(change.previous.interval == nil && change.previous.n == 0)
    #expect(change.current.n == 20)
  }

  @Test func comparesAnyTwoPooledWindows() {
    let january = PooledWindow(
      days: date(2026, 1, 1)...date(2026, 1, 31), counts: RatingCounts(satisfied: 120, unhappy: 30))
    let february = PooledWindow(
      days: date(2026, 2, 1)...date(2026, 2, 28), counts: RatingCounts(satisfied: 60, unhappy: 90))
    #expect(TrendChange(current: february, previous: january).verdict == .worse)
    #expect(TrendChange(current: january, previous: february).verdict == .better)
    #expect(TrendChange(current: january, previous: january).verdict == .noClearChange)
  }
}
