/// What the seeded fuzz suites of every test target share (`docs/FUZZING.md`): the input count
/// per target and a text generator. Each suite draws from its own fixed seed, so a failure
/// reproduces exactly.
public enum Fuzz {
  /// Generated inputs per target in CI.
  public static let runs = 100_000

  /// A random text made of `pieces`, with a few raw scalars from U+0000–U+2FFF mixed in (C0
  /// and C1 controls, bidi overrides and line separators among them).
  public static func text(from pieces: [String], maxPieces: Int, using random: inout SeededRandom) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 0...maxPieces, using: &random) {
      if Int.random(in: 0..<8, using: &random) == 0 {
        text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &random)) ?? "?")
      } else {
        text += pieces[Int.random(in: 0..<pieces.count, using: &random)]
      }
    }
    return text
  }
}

/// Watches a fuzz loop for hangs: an input that takes longer than `limit` — far more than any
/// input needs, even on a busy machine — is a failure named by its run. All inputs still run; a
/// loop that never comes back is caught by the suite's `.timeLimit`.
public struct FuzzBudget {
  /// The longest one input may take.
  public let limit: Duration
  private var lap = ContinuousClock.now

  public init(secondsPerInput: Int = 2) { limit = .seconds(secondsPerInput) }

  /// Call after each input: nil, or what took too long.
  public mutating func slowInput(_ run: Int) -> String? {
    let now = ContinuousClock.now
    defer { lap = now }
    return now - lap > limit ? "input \(run) took \(now - lap)" : nil
  }
}
