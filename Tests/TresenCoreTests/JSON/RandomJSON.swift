import TresenCore
import TresenTestSupport

/// Seeded random JSON values for round-trip and fuzz tests.
struct RandomJSON {
  var random: SeededRandom

  init(seed: UInt64) { random = SeededRandom(seed: seed) }

  /// Text that stresses escaping: quotes, backslashes, controls, umlauts, emoji, long scalars.
  mutating func text() -> String {
    let pool: [String] = [
      "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "ä", "ß", "€",
      "😀", "👩‍👩‍👧", "\u{2028}", "\u{FFFF}", "\u{10FFFF}", "日", "e\u{0301}", "{", "}", "[", ":", ",",
    ]
    let count = Int.random(in: 0...12, using: &random)
    return (0..<count).map { _ in pool[Int.random(in: 0..<pool.count, using: &random)] }.joined()
  }

  /// A valid JSON number literal.
  mutating func number() -> String {
    var literal = Bool.random(using: &random) ? "-" : ""
    literal += Bool.random(using: &random) ? "0" : String(UInt64.random(in: 1...UInt64.max, using: &random))
    if Bool.random(using: &random) { literal += "." + String(UInt32.random(in: 0...999_999, using: &random)) }
    if Int.random(in: 0..<4, using: &random) == 0 {
      literal += ["e", "E", "e+", "E-"][Int.random(in: 0..<4, using: &random)]
      literal += String(Int.random(in: 0...400, using: &random))
    }
    return literal
  }

  mutating func value(depth: Int = 0) -> JSONValue {
    let kinds = depth >= 6 ? 4 : 6
    switch Int.random(in: 0..<kinds, using: &random) {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &random))
    case 2: return .number(number())
    case 3: return .string(text())
    case 4:
      return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in value(depth: depth + 1) })
    default:
      return .object(
        (0..<Int.random(in: 0...4, using: &random)).map { _ in JSONMember(text(), value(depth: depth + 1)) })
    }
  }
}
