import TresenCore

/// Fixed points in time for tests: 23 November 2026 in Berlin (UTC+1).
public enum Fixtures {
  public static let berlin = 3600
  public static let today = LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(daysSinceEpoch: 0)

  /// `today` at `hour:minute` Berlin time.
  public static func at(_ hour: Int, _ minute: Int = 0, on date: LocalDate = today) -> Timestamp {
    Timestamp(date: date, hour: hour, minute: minute, offsetSeconds: berlin)
  }

  /// A deterministic id generator.
  public static func ids(seed: UInt64 = 1) -> UUIDv7Generator { UUIDv7Generator(random: SeededRandom(seed: seed)) }
}

/// SplitMix64: a small deterministic generator for tests.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
