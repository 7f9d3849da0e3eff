import TresenTestSupport

@testable import TresenCore

/// Byte-level inputs of the storage and JSON fuzz suites; the input count and the text
/// generator every suite uses are `Fuzz` in TresenTestSupport.
///
/// Longer campaigns with libFuzzer are described in `docs/FUZZING.md`.
enum FuzzCorpus {
  /// Stored lines of every sample payload (without their newline), from a fixed seed.
  static let records: [[UInt8]] = {
    let ids = Fixtures.ids(seed: 5)
    return SamplePayloads.all.enumerated().map { index, payload in
      Array(
        RecordCodec.encode(
          Event(
            id: ids.next(at: Fixtures.at(9)), type: payload.type.rawValue, at: Fixtures.at(9 + index % 10),
            device: "kasse-1", seq: index + 1, staff: index % 2 == 0 ? "anna" : nil, data: payload.json,
            payload: payload)
        ).dropLast())
    }
  }()

  /// Byte strings a hostile or damaged file is made of.
  static let tokens: [[UInt8]] =
    [
      "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\uD83D", "\\uDE00", "\\u0000", "0", "-", "1.5e3", "1e999",
      "-0", "true", "null", " ", "\n", "\r\n", "\r", "\t", "\"crc\"", ",\"crc\":\"", "\"id\"", "\"at\"", "\"data\"",
      "\"v\"", "\"seq\"", "99999999999999999999", "\u{202E}", "\u{1B}[31m",
    ].map { Array($0.utf8) } + [
      [0x00], [0x1F], [0x7F], [0x80], [0x9B], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90], [0xFF],
      [0xEF, 0xBB, 0xBF],
    ]

  /// One random mutation of `bytes`: bit flips, random bytes, inserted tokens, deletions,
  /// truncation and duplicated slices.
  static func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
    guard !bytes.isEmpty else {
      bytes.append(UInt8.random(in: 0...255, using: &random))
      return
    }
    let index = Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0..<7, using: &random) {
    case 0: bytes[index] ^= 1 << UInt8.random(in: 0...7, using: &random)
    case 1: bytes[index] = UInt8.random(in: 0...255, using: &random)
    case 2: bytes.insert(contentsOf: tokens[Int.random(in: 0..<tokens.count, using: &random)], at: index)
    case 3: bytes.remove(at: index)
    case 4: bytes.removeSubrange(index...)
    case 5:
      let end = min(bytes.count, index + Int.random(in: 1...16, using: &random))
      bytes.insert(contentsOf: bytes[index..<end], at: Int.random(in: 0...bytes.count, using: &random))
    default:
      if (0x61...0x7A).contains(bytes[index]) { bytes[index] = UInt8.random(in: 0x61...0x7A, using: &random) }
    }
  }

  /// Random bytes, half of them tokens.
  static func noise(maxLength: Int, using random: inout SeededRandom) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<Int.random(in: 0...maxLength, using: &random) {
      if Bool.random(using: &random) {
        bytes.append(UInt8.random(in: 0...255, using: &random))
      } else {
        bytes += tokens[Int.random(in: 0..<tokens.count, using: &random)]
      }
    }
    return bytes
  }
}
