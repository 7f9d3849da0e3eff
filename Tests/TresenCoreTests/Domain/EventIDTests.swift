import Foundation
import Testing
import TresenTestSupport

@testable import TresenCore

@Suite struct EventIDTests {
  private let now = Timestamp(millis: 1_795_439_109_120, offsetSeconds: 3600)

  private func isCanonical(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 36 else { return false }
    for (index, byte) in bytes.enumerated() {
      let dash = [8, 13, 18, 23].contains(index)
      let hex = (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
      if dash ? byte != UInt8(ascii: "-") : !hex { return false }
    }
    return true
  }

  @Test func generatedIdsAreCanonicalVersion7Variant10() {
    let ids = Fixtures.ids(seed: 3)
    for step in 0..<1_000 {
      let id = ids.next(at: now.adding(milliseconds: Int64(step / 10)))
      #expect(isCanonical(id.text))
      #expect(Array(id.text)[14] == "7")
      #expect("89ab".contains(Array(id.text)[19]))
      #expect(EventID(id.text) == id)
    }
  }

  @Test func bitsAreLaidOutAsRFC9562Says() {
    let id = EventID(millis: 0x0193_F1E2_3456, randA: 0xFABC, randB: .max)
    #expect(id.text == "0193f1e2-3456-7abc-bfff-ffffffffffff")
    #expect(id.millis == 0x0193_F1E2_3456)
    let zero = EventID(millis: 0, randA: 0, randB: 0)
    #expect(zero.text == "00000000-0000-7000-8000-000000000000")
  }

  @Test func idsIncreaseStrictlyWithinOneMillisecond() {
    let ids = Fixtures.ids()
    // More than the 12-bit counter holds, so the counter overflows into the next millisecond.
    let made = (0..<10_000).map { _ in ids.next(at: now) }
    #expect(zip(made, made.dropFirst()).allSatisfy { $0 < $1 })
    #expect(Set(made).count == made.count)
    #expect(made[0].millis == now.millis)
    #expect(made.last.map { $0.millis - now.millis }.map { (0...3).contains($0) } == true)
  }

  @Test func idsIncreaseAfterTheClockStepsBack() {
    let ids = Fixtures.ids()
    var made = [ids.next(at: now)]
    for back in [1, 1_000, 3_600_000, 86_400_000] as [Int64] {
      made.append(ids.next(at: now.adding(milliseconds: -back)))
      made.append(ids.next(at: now.adding(milliseconds: -back)))
    }
    made.append(ids.next(at: now.adding(milliseconds: 5)))
    #expect(zip(made, made.dropFirst()).allSatisfy { $0 < $1 })
    #expect(made.last?.millis == now.millis + 5)
  }

  @Test func seededGeneratorsAreDeterministic() {
    let first = Fixtures.ids(seed: 42)
    let second = Fixtures.ids(seed: 42)
    let other = Fixtures.ids(seed: 43)
    let stamps = (0..<100).map { now.adding(milliseconds: Int64($0 / 3)) }
    let a = stamps.map(first.next(at:))
    #expect(a == stamps.map(second.next(at:)))
    #expect(a != stamps.map(other.next(at:)))
  }

  @Test func concurrentCallersGetUniqueIds() {
    let ids = UUIDv7Generator()
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      let batch = (0..<500).map { _ in ids.next(at: now) }
      results.add(batch)
    }
    #expect(Set(results.all).count == 4_000)
  }

  @Test func millisRoundTripsForEveryEra() {
    var random = SeededRandom(seed: 9)
    for _ in 0..<1_000 {
      let millis = Int64.random(in: 0..<(1 << 48), using: &random)
      let id = Fixtures.ids(seed: random.next()).next(at: Timestamp(millis: millis, offsetSeconds: 0))
      #expect(id.millis == millis)
    }
  }

  @Test func laterMillisSortLater() {
    let ids = Fixtures.ids()
    let early = ids.next(at: now)
    let late = UUIDv7Generator(random: SeededRandom(seed: 99)).next(at: now.adding(milliseconds: 1))
    #expect(early < late)
  }

  @Test func shortIsTheLastEightHexDigits() throws {
    let id = try #require(EventID("0193f1e2-3456-7abc-8def-0123456789ab"))
    #expect(id.short == "456789ab")
    #expect(id.description == id.text)
  }

  @Test(arguments: [
    ("0193f1e2-3456-7abc-8def-0123456789ab", true), ("0193F1E2-3456-7ABC-8DEF-0123456789AB", true),
    ("0193f1e234567abc8def0123456789ab", true), ("0193", true), ("0193f1e2", true), ("0193-f1e2", true),
    ("456789ab", true), ("89ab", true), ("6789AB", true), ("89-ab", true), ("8def-0123456789ab", true),
    ("cdef-0123456789ab", false),
    ("019", false), ("9ab", false), ("", false), ("----", false), ("3456", false), ("7abc", false),
    ("zzzz", false), ("0193g", false), ("01 93", false), ("０１９３", false),
    ("0193f1e2-3456-7abc-8def-0123456789ac", false),
    ("x0193", false), ("89ab ", false),
  ])
  func matchesPrefixesAndSuffixes(query: String, matches: Bool) throws {
    let id = try #require(EventID("0193f1e2-3456-7abc-8def-0123456789ab"))
    #expect(id.matches(query) == matches)
  }

  @Test(arguments: [
    "", "0193f1e2-3456-7abc-8def-0123456789a", "0193f1e2-3456-7abc-8def-0123456789abc",
    "0193f1e234567abc8def0123456789ab", "0193f1e2-34567abc-8def-0123456789ab-", "0193f1e2_3456_7abc_8def_0123456789ab",
    "0193f1e2-3456-7abc-8def-0123456789ag", "{0193f1e2-3456-7abc-8def-0123456789ab}",
    "urn:uuid:0193f1e2-3456-7abc-8def-0123456789ab", " 0193f1e2-3456-7abc-8def-0123456789ab",
    "0193f1e2-3456-7abc-8def-0123456789ab\n", "0193f1e-23456-7abc-8def-0123456789ab",
    "0193f1e2-3456-7abc-8def-0123456789aß", "0193f1e2-3456-7abc-8def-０123456789ab",
    "------------------------------------",
  ])
  func parsingRejectsMalformedIds(text: String) {
    #expect(EventID(text) == nil)
  }

  /// Every byte value at every position of an id: the word-wise hex reading accepts exactly
  /// the hex digits of either case and reads the value a digit-by-digit reading gives.
  @Test func everyByteAtEveryPositionParsesLikeDigitByDigit() {
    let base = Array("0193f1e2-3456-7abc-8def-0123456789ab".utf8)
    for position in base.indices {
      for value in 0...255 {
        var bytes = base
        bytes[position] = UInt8(value)
        let parsed = bytes.withUnsafeBufferPointer { EventID(asciiBytes: $0) }
        #expect(parsed == Self.digitByDigit(bytes), "byte \(value) at \(position)")
      }
    }
  }

  /// The reference reading: dashes at 8, 13, 18, 23, a hex digit everywhere else.
  private static func digitByDigit(_ bytes: [UInt8]) -> EventID? {
    var words: [UInt64] = [0, 0]
    for (index, byte) in bytes.enumerated() {
      if [8, 13, 18, 23].contains(index) {
        guard byte == UInt8(ascii: "-") else { return nil }
        continue
      }
      guard byte < 0x80, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
      words[index < 18 ? 0 : 1] = words[index < 18 ? 0 : 1] << 4 | UInt64(digit)
    }
    return EventID(high: words[0], low: words[1])
  }

  @Test func parsingLowercasesAndAcceptsOtherVersions() throws {
    let upper = try #require(EventID("0193F1E2-3456-7ABC-8DEF-0123456789AB"))
    #expect(upper.text == "0193f1e2-3456-7abc-8def-0123456789ab")
    #expect(EventID("f47ac10b-58cc-4372-a567-0e02b2c3d479")?.text == "f47ac10b-58cc-4372-a567-0e02b2c3d479")
  }
}

private final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var ids: [EventID] = []

  func add(_ batch: [EventID]) {
    lock.lock()
    ids += batch
    lock.unlock()
  }

  var all: [EventID] {
    lock.lock()
    defer { lock.unlock() }
    return ids
  }
}
