import Testing
import TresenTestSupport

@testable import TresenCore

/// The fixed-position reading of the form Tresen writes gives exactly what the general parse
/// gives, for valid and invalid field values alike.
@Suite struct TimestampCanonicalTests {
  @Test func canonicalReadingAgreesWithTheGeneralParse() {
    var random = SeededRandom(seed: 29)
    let digits = Array("0123456789".utf8)
    var read = 0
    for _ in 0..<50_000 {
      // Fields near and beyond their limits: month 13, 30 February, hour 24, second 60 and 61.
      let year = [1969, 1970, 2000, 2024, 2026, 2100, 9999][Int.random(in: 0..<7, using: &random)]
      var text =
        "\(year)-\(two(Int.random(in: 0...13, using: &random)))-\(two(Int.random(in: 0...32, using: &random)))"
        + "T\(two(Int.random(in: 0...25, using: &random))):\(two(Int.random(in: 0...61, using: &random)))"
        + ":\(two(Int.random(in: 0...62, using: &random))).\(Int.random(in: 100...999, using: &random))"
        + "\(Bool.random(using: &random) ? "+" : "-")\(two(Int.random(in: 0...24, using: &random)))"
        + ":\(two(Int.random(in: 0...60, using: &random)))"
      var bytes = Array(text.utf8)
      if Int.random(in: 0..<4, using: &random) == 0 {
        // A separator or a digit replaced by something else.
        let pool = digits + Array("-:T t.+Z\"x".utf8)
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = pool[Int.random(in: 0..<pool.count, using: &random)]
        text = String(decoding: bytes, as: UTF8.self)
      }
      bytes.withUnsafeBufferPointer { buffer in
        let general = Timestamp.parseAnyForm(buffer)
        let canonical = Timestamp.parseCanonical(buffer)
        if let canonical {
          read += 1
          #expect(
            canonical == general && canonical.offsetSeconds == general?.offsetSeconds, "\(text)")
        }
        let parsed = Timestamp.parse(buffer)
        #expect(parsed == general && parsed?.offsetSeconds == general?.offsetSeconds, "\(text)")
      }
    }
    #expect(read > 5_000, "canonical reading took \(read)")
  }

  /// Every byte value at every position of a few written stamps: the word-wise reading takes
  /// exactly the stamps the general parse takes that keep the written shape, with the same
  /// instant and offset.
  @Test(arguments: ["2026-11-23T14:05:09.120+01:00", "2024-02-29T23:59:60.999-12:45", "1970-01-01T00:00:00.000+00:00"])
  func everyByteAtEveryPositionAgrees(stamp: String) {
    let shape = Array("dddd-dd-ddTdd:dd:dd.ddd?dd:dd".utf8)
    for position in 0..<29 {
      for value in 0...255 {
        var bytes = Array(stamp.utf8)
        bytes[position] = UInt8(value)
        let keepsShape = zip(bytes, shape).allSatisfy { byte, expected in
          switch expected {
          case UInt8(ascii: "d"): (0x30...0x39).contains(byte)
          case UInt8(ascii: "?"): byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
          default: byte == expected
          }
        }
        bytes.withUnsafeBufferPointer { buffer in
          let general = Timestamp.parseAnyForm(buffer)
          let canonical = Timestamp.parseCanonical(buffer)
          #expect(canonical == (keepsShape ? general : nil), "byte \(value) at \(position) of \(stamp)")
          #expect(canonical?.offsetSeconds == (keepsShape ? general?.offsetSeconds : nil))
        }
      }
    }
  }

  /// The constants of the word-wise reading are the lanes of the written pattern.
  @Test func laneConstantsFollowThePattern() {
    let pattern = Array("dddd-dd-ddTdd:dd:dd.ddd?dd:dd".utf8)
    func lanes(_ start: Int, _ value: (UInt8) -> UInt64) -> UInt64 {
      (0..<8).reduce(0) { $0 | value(pattern[start + $1]) << (8 * UInt64($1)) }
    }
    let starts = [0, 8, 16, 21]
    let masks = starts.map { start in lanes(start) { $0 == UInt8(ascii: "d") || $0 == UInt8(ascii: "?") ? 0 : 0xFF } }
    let separators = starts.map { start in
      lanes(start) { $0 == UInt8(ascii: "d") || $0 == UInt8(ascii: "?") ? 0 : UInt64($0) }
    }
    let digits = starts.map { start in lanes(start) { $0 == UInt8(ascii: "d") ? 0x80 : 0 } }
    let canonical = Timestamp.Canonical.self
    #expect(
      masks == [
        canonical.separatorMasks.0, canonical.separatorMasks.1, canonical.separatorMasks.2, canonical.separatorMasks.3,
      ])
    #expect(
      separators == [canonical.separators.0, canonical.separators.1, canonical.separators.2, canonical.separators.3])
    // The last word's first two digits are the second word's last two: checked there already.
    #expect(
      digits.dropLast() + [digits[3] & ~0xFFFF] == [
        canonical.digitLanes.0, canonical.digitLanes.1, canonical.digitLanes.2, canonical.digitLanes.3,
      ])
  }

  private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
