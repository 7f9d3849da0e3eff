/// Ratings counted per business day: the ratings of interactions and of complaint
/// resolutions, each on the business day its wall clock and the calendar give it.
///
/// Built once from `Ledger.events` (voided ratings are gone, amended ones carry their new
/// value) into one contiguous array from the first to the last rated day; every lookup after
/// that is O(1). Days without ratings read as `RatingCounts.zero` — a gap, not a zero score.
///
///     let ratings = DailyRatings(ledger, calendar: BusinessCalendar(dayStartHour: 4))
///     ratings[today].n  // ratings given today
public struct DailyRatings: Sendable, Hashable {
  /// Days since 1970-01-01 of `counts[0]`.
  private var start: Int
  /// One entry per day from `start`, none before the first or after the last rated day.
  private var counts: [RatingCounts]

  /// Counts the ratings of `events`, which should be effective events such as `Ledger.events`.
  /// - Complexity: O(n + d) for n events spanning d days.
  public init(events: [Event], calendar: BusinessCalendar) {
    start = 0
    counts = []
    for index in events.indices {
      guard let rating = events[index].rating else { continue }
      add(rating: rating, onDay: calendar.dayNumber(of: events[index].at))
    }
  }

  /// Ratings already counted per day (days since 1970-01-01), as `byDay` gives them.
  /// - Complexity: O(k + d) for k entries spanning d days.
  public init(byDay: [Int: RatingCounts]) {
    start = 0
    counts = []
    for day in byDay.keys.sorted() where byDay[day]?.isEmpty == false { add(byDay[day] ?? .zero, onDay: day) }
  }

  /// The days that hold ratings (days since 1970-01-01) and their counts.
  public var byDay: [Int: RatingCounts] {
    var result: [Int: RatingCounts] = [:]
    for offset in counts.indices where !counts[offset].isEmpty { result[start + offset] = counts[offset] }
    return result
  }

  /// Counts one rating on day `day` (days since 1970-01-01).
  mutating func add(rating: Int, onDay day: Int) {
    var one = RatingCounts.zero
    one.add(rating: rating)
    add(one, onDay: day)
  }

  /// Adds `more` to day `day` (days since 1970-01-01), growing the range as needed.
  mutating func add(_ more: RatingCounts, onDay day: Int) {
    if counts.isEmpty {
      start = day
      counts.append(.zero)
    } else if day < start {
      // History is in instant order, so only a changed UTC offset can step back a day.
      counts.insert(contentsOf: repeatElement(RatingCounts.zero, count: start - day), at: 0)
      start = day
    } else if day - start >= counts.count {
      counts.append(contentsOf: repeatElement(RatingCounts.zero, count: day - start - counts.count + 1))
    }
    counts[day - start] += more
  }

  /// Adds every day of `other`.
  /// - Complexity: O(d) for the days of `other`.
  public mutating func merge(_ other: DailyRatings) {
    for offset in other.counts.indices where !other.counts[offset].isEmpty {
      add(other.counts[offset], onDay: other.start + offset)
    }
  }

  /// Counts the ratings of the ledger's effective events.
  /// - Complexity: O(n + d) for n events spanning d days.
  public init(_ ledger: Ledger, calendar: BusinessCalendar) {
    self.init(events: ledger.events, calendar: calendar)
  }

  /// The ratings of business day `date`; `.zero` on a day without any.
  public subscript(date: LocalDate) -> RatingCounts { self[day: date.daysSinceEpoch] }

  /// The ratings of the day `day` days after 1970-01-01.
  subscript(day day: Int) -> RatingCounts {
    let offset = day - start
    return counts.indices.contains(offset) ? counts[offset] : .zero
  }

  /// The first business day with a rating; `nil` without ratings.
  public var firstDay: LocalDate? { counts.isEmpty ? nil : LocalDate(daysSinceEpoch: start) }

  /// The last business day with a rating; `nil` without ratings.
  public var lastDay: LocalDate? { counts.isEmpty ? nil : LocalDate(daysSinceEpoch: start + counts.count - 1) }

  /// All ratings pooled.
  /// - Complexity: O(d) for the d days from the first to the last rating.
  public var total: RatingCounts { counts.reduce(.zero, +) }

  /// The ratings of `first` through `last` pooled; `.zero` when `last` is before `first`.
  /// - Complexity: O(d) for the d days of the range that hold data.
  public func total(from first: LocalDate, through last: LocalDate) -> RatingCounts {
    total(fromDay: first.daysSinceEpoch, throughDay: last.daysSinceEpoch)
  }

  /// The ratings of days `first` through `last` (days since 1970-01-01) pooled.
  func total(fromDay first: Int, throughDay last: Int) -> RatingCounts {
    let lower = max(first - start, 0)
    let upper = min(last - start, counts.count - 1)
    guard lower <= upper else { return .zero }
    var sum = RatingCounts.zero
    for offset in lower...upper { sum += counts[offset] }
    return sum
  }
}

extension BusinessCalendar {
  /// `day(of:)` as days since 1970-01-01, without building a date: the hot loops of
  /// analytics call it once per event.
  func dayNumber(of timestamp: Timestamp) -> Int {
    Int(floorDiv(timestamp.localMillis - Int64(dayStartHour) * 3_600_000, 86_400_000))
  }
}

extension Array where Element == Event {
  /// The positions of the events that may lie on business days `first` through `last` (days
  /// since 1970-01-01) under any UTC offset and day start, for events in history order.
  ///
  /// An event's business day is its local date after the day start (under a day) is taken
  /// off; offsets are under a day either way, so its instant lies no more than a day before
  /// the day's UTC midnight and less than two days after the next one.
  /// - Complexity: O(log n).
  func candidates(fromDay first: Int, throughDay last: Int) -> Range<Int> {
    let low = Int64(first - 1) * 86_400_000
    let high = Int64(last + 3) * 86_400_000
    return partitionPoint { $0.at.millis >= low }..<partitionPoint { $0.at.millis >= high }
  }

  /// The first index whose event satisfies `isAfter`, for a predicate that is false and then
  /// true along the array.
  private func partitionPoint(_ isAfter: (Event) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = low + (high - low) / 2
      if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}

extension Event {
  /// `payload?.rating`, read in place: matching the two rated cases lets the optimizer read
  /// the rating without copying each payload, several times faster over a full history.
  var rating: Int? {
    switch payload {
    case .interaction(let interaction)?: interaction.rating
    case .complaintUpdate(let update)?: if case .resolved(_, _, let rating) = update.change { rating } else { nil }
    default: nil
    }
  }
}
