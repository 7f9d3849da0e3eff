import TresenTestSupport

/// The app-side twin of `TresenCoreTests/Fuzz/FuzzCorpus.swift` (test targets cannot share
/// files): the input count per target and the text generator.
enum FuzzCorpus {
  /// Generated inputs per target in CI.
  static let runs = 100_000

  /// A random text made of `pieces`, with a few raw scalars mixed in.
  static func text(from pieces: [String], maxPieces: Int, using random: inout SeededRandom) -> String {
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

/// Fails a fuzz loop that runs long, so a hang shows as a failure with the count reached.
struct FuzzBudget {
  let started = ContinuousClock.now
  let limit: Duration

  init(seconds: Int = 60) { limit = .seconds(seconds) }

  var exceeded: Bool { ContinuousClock.now - started > limit }
}
