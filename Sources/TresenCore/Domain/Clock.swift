import Foundation

/// The source of "now". Injected everywhere so "today" and "open for 3 days" are
/// deterministic in tests.
public protocol Clock: Sendable {
  /// The current instant with the local UTC offset.
  func now() -> Timestamp
}

/// The machine's clock in a time zone (the process's by default, which honours `TZ`).
public struct SystemClock: Clock {
  public var timeZone: TimeZone

  public init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

  public func now() -> Timestamp {
    let date = Date()
    let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    return Timestamp(millis: millis, offsetSeconds: timeZone.secondsFromGMT(for: date))
  }
}

/// A clock that always says the same instant; for tests and `dash --date`.
public struct FixedClock: Clock {
  public var instant: Timestamp

  public init(_ instant: Timestamp) { self.instant = instant }

  public func now() -> Timestamp { instant }
}
