/// A small, fast, deterministic random number generator: xoshiro256** (Blackman and Vigna,
/// 2018), seeded through SplitMix64.
///
/// The same seed gives the same sequence on every platform and Swift version, so demo data
/// (`tresen demo --seed S`) is reproducible byte for byte. Not for secrets: use
/// `SystemRandomNumberGenerator` for anything an attacker must not predict.
///
/// ```swift
/// let ids = UUIDv7Generator(random: Xoshiro256StarStar(seed: 42))
/// ```
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
  private var s0: UInt64
  private var s1: UInt64
  private var s2: UInt64
  private var s3: UInt64

  /// A generator whose 256-bit state is expanded from `seed` with SplitMix64, as the
  /// authors recommend; any seed, including 0, gives a valid (non-zero) state.
  public init(seed: UInt64) {
    var mixer = seed
    s0 = Xoshiro256StarStar.splitMix(&mixer)
    s1 = Xoshiro256StarStar.splitMix(&mixer)
    s2 = Xoshiro256StarStar.splitMix(&mixer)
    s3 = Xoshiro256StarStar.splitMix(&mixer)
  }

  /// A generator for one named stream of `seed` (for example one device's ids), independent
  /// of the other streams of the same seed.
  public init(seed: UInt64, stream: String) {
    // FNV-1a over the stream's UTF-8 bytes: stable across processes, unlike `Hasher`.
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in stream.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    self.init(seed: seed ^ hash)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    let result = rotateLeft(s1 &* 5, by: 7) &* 9
    let shifted = s1 << 17
    s2 ^= s0
    s3 ^= s1
    s1 ^= s2
    s0 ^= s3
    s2 ^= shifted
    s3 = rotateLeft(s3, by: 45)
    return result
  }

  private static func splitMix(_ state: inout UInt64) -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

private func rotateLeft(_ value: UInt64, by count: UInt64) -> UInt64 {
  (value << count) | (value >> (64 - count))
}

extension Xoshiro256StarStar {
  /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject; 0 when `bound` ≤ 0).
  mutating func below(_ bound: Int) -> Int {
    guard bound > 1 else { return 0 }
    let limit = UInt64(bound)
    var product = next().multipliedFullWidth(by: limit)
    if product.low < limit {
      let threshold = (0 &- limit) % limit
      while product.low < threshold { product = next().multipliedFullWidth(by: limit) }
    }
    return Int(product.high)
  }

  /// A uniform integer in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// A uniform number in `0..<1` with 53 random bits.
  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// `true` with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  /// A uniformly chosen element; `nil` only for an empty collection.
  mutating func pick<Element>(_ elements: [Element]) -> Element? {
    elements.isEmpty ? nil : elements[below(elements.count)]
  }

  /// An approximately normal number (Irwin–Hall sum of four uniforms, scaled): cheap, smooth
  /// and bounded to ±3.5 standard deviations, which is all demo data needs.
  mutating func normal(mean: Double = 0, deviation: Double = 1) -> Double {
    let sum = unit() + unit() + unit() + unit()
    return mean + (sum - 2) * 1.732_050_8 * deviation
  }
}
