import Testing
import TresenTestSupport

@testable import TresenCore

/// The replay's customer numbering: equal bytes get one number, any other bytes another,
/// numbers follow first appearance, and they survive the table's growth.
@Suite struct NameTableTests {
  @Test func equalBytesShareANumberAndOthersGetTheNext() {
    var table = NameTable()
    #expect(table.index(of: "Zoë Weiß") == 0)
    #expect(table.index(of: "Anna") == 1)
    #expect(table.index(of: "Zoë Weiß") == 0)
    #expect(table.index(of: "") == 2)
    // Canonically equivalent but other bytes (e + combining acute): another entry.
    #expect(table.index(of: "Zoe\u{308} Weiß") == 3)
    // Differ only in the zero padding of the last word, or past the first eight bytes.
    #expect(table.index(of: "abc\u{0}") == 4)
    #expect(table.index(of: "abc") == 5)
    #expect(table.index(of: "Hannelore Fuß") == 6)
    #expect(table.index(of: "Hannelore Fuss") == 7)
    #expect(
      table.names == ["Zoë Weiß", "Anna", "", "Zoe\u{308} Weiß", "abc\u{0}", "abc", "Hannelore Fuß", "Hannelore Fuss"])
  }

  /// Thousands of names of every length up to 40 bytes, looked up again after the table grew
  /// many times, in another order, from raw bytes.
  @Test func numbersSurviveGrowth() {
    var random = SeededRandom(seed: 11)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzäöüß ".unicodeScalars)
    var seen: [String: Int32] = [:]
    var table = NameTable()
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...20, using: &random)
      let name = String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &random)! }))
      let expected = seen[name] ?? Int32(seen.count)
      seen[name] = expected
      #expect(table.index(of: name) == expected)
    }
    #expect(table.count == seen.count)
    for (name, number) in seen.shuffled(using: &random) {
      let bytes = Array(name.utf8)
      #expect(bytes.withUnsafeBufferPointer { table.index(of: $0) } == number)
      #expect(table.name(number) == name)
    }
    #expect(table.count == seen.count)
  }
}
