import TresenCore
import TresenTestSupport

/// Shorthand for the analytics tests: rated touchpoints and dates.
extension HistoryBuilder {
  /// Records a counter interaction rated `rating` at `time`.
  @discardableResult
  mutating func rate(_ rating: Int, at time: Timestamp) -> Event {
    add(.interaction(Interaction(channel: .counter, text: "Bewertung", rating: rating)), at: time)
  }

  /// Records `ratings` at noon (Berlin) on `date`, one minute apart.
  mutating func rate(_ ratings: [Int], on date: LocalDate) {
    for (minute, rating) in ratings.enumerated() { rate(rating, at: Fixtures.at(12, minute, on: date)) }
  }

  /// Voids `event`.
  mutating func void(_ event: Event, at time: Timestamp) {
    add(.correction(Correction(target: event.id, change: .void(reason: nil))), at: time)
  }
}

/// A date from its parts; 1970-01-01 if the parts name no day (tests use real dates).
func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
  LocalDate(year: year, month: month, day: day) ?? LocalDate(daysSinceEpoch: 0)
}

/// `value` rounded to three decimals, for comparing with hand-computed figures.
func rounded(_ value: Double?) -> Double? {
  value.map { ($0 * 1000).rounded() / 1000 }
}
