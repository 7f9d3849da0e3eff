import Testing

@testable import TresenCore

/// Customer counts read from a snapshot are decoded on first use and behave as if read at once.
@Suite struct CustomerCountsTests {
  static let counts = ["Zoë Weiß": 3, "Herr Maier": 12, "Anna": 1, String(repeating: "x", count: 40): 7]

  static func encoded(_ byName: [String: Int]) -> [UInt8] {
    var counts = CustomerCounts()
    counts.byName = byName
    var output = BinaryWriter()
    counts.put(into: &output)
    output.put("after")
    return output.bytes
  }

  @Test func readCountsEqualTheWrittenOnesAndTheReaderStopsAfterThem() throws {
    var input = BinaryReader(Self.encoded(Self.counts))
    let read = try CustomerCounts(reading: &input)
    #expect(try input.string() == "after")
    #expect(read.byName == Self.counts)
    var direct = CustomerCounts()
    direct.byName = Self.counts
    #expect(read == direct)
    #expect(read.hashValue == direct.hashValue)
  }

  @Test func changesToReadCountsKeepTheRest() throws {
    var input = BinaryReader(Self.encoded(Self.counts))
    var read = try CustomerCounts(reading: &input)
    let copy = read
    read.byName["Anna", default: 0] += 1
    read.byName["Neu"] = 2
    var expected = Self.counts
    expected["Anna"] = 2
    expected["Neu"] = 2
    #expect(read.byName == expected)
    #expect(copy.byName == Self.counts, "a copy keeps its own counts")
  }

  @Test func aCutOrOverlongSectionIsRejectedWhenRead() {
    let bytes = Self.encoded(Self.counts)
    for cut in [1, 8, 9, 20, bytes.count - 30] {
      var input = BinaryReader(Array(bytes.prefix(cut)))
      #expect(throws: BinaryReader.Truncated.self) { try CustomerCounts(reading: &input) }
    }
    var overlong = BinaryWriter()
    overlong.put(1)
    overlong.put(Int.max)
    var input = BinaryReader(overlong.bytes)
    #expect(throws: BinaryReader.Truncated.self) { try CustomerCounts(reading: &input) }
  }
}
