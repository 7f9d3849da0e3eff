import Testing

@testable import TresenCore

/// A snapshot's customer histories, looked up in place, answer as the dictionaries they were.
@Suite struct StoredTimesTests {
  static func read(_ bytes: [UInt8]) throws -> StoredTimes {
    var input = BinaryReader(bytes)
    return try StoredTimes(reading: &input)
  }

  static func written(_ times: [String: [Int64]]) -> [UInt8] {
    var output = BinaryWriter()
    StoredTimes.put(times, into: &output)
    return output.bytes
  }

  @Test func lookupsGiveWhatTheDictionaryGives() throws {
    var generator = SystemRandomNumberGenerator()
    let names = ["anna", "zoë weiß", "herr maier", "e\u{0301}mile", "ümit", "", "a", "ab", "b"]
    var times: [String: [Int64]] = [:]
    for name in names where Bool.random(using: &generator) || name == "ümit" {
      times[name] = (0..<Int.random(in: 0...20, using: &generator)).map { _ in
        Int64.random(in: 0...1_000, using: &generator)
      }
    }
    let stored = try Self.read(Self.written(times))
    #expect(stored.all == times)
    for name in names + ["\u{00E9}mile", "zz", "ümi"] {
      for millis in [Int64(-1), 0, 500, 1_001] {
        // Keys match as Swift strings do: canonically equivalent spellings are one key.
        let expected = times[name]?.count { $0 < millis } ?? 0
        #expect(stored.count(of: name, before: millis) == expected, "\(name) \(millis)")
      }
    }
  }

  @Test func cutFilesAndKeysOutOfOrderAreRejected() {
    let bytes = Self.written(["anna": [1, 2, 3], "bert": [4]])
    for cut in [0, 7, 8, 20, bytes.count - 1] {
      #expect(throws: BinaryReader.Truncated.self) { try Self.read(Array(bytes.prefix(cut))) }
    }
    var swapped = BinaryWriter()
    swapped.put(2)
    for key in ["bert", "anna"] {
      swapped.put(key)
      swapped.put(1)
      swapped.put(Int64(5))
    }
    #expect(throws: BinaryReader.Truncated.self) { try Self.read(swapped.bytes) }
  }

  @Test func aHistoryFromASnapshotMergesAndComparesAsTheWholeOne() throws {
    let old: [String: [Int64]] = ["anna": [10, 20], "bert": [5]]
    var input = BinaryReader(Self.written(old) + Self.written(["anna": [7]]))
    var history = CustomerHistory(
      storedComplaints: try StoredTimes(reading: &input), storedRefusals: try StoredTimes(reading: &input))
    var recent = CustomerHistory()
    recent.addComplaint(of: " Anna", at: 30)
    recent.addRefusal(of: "Carl", at: 40)
    history.merge(recent)
    var whole = CustomerHistory()
    for (key, instants) in old { for instant in instants { whole.addComplaint(key: key, at: instant) } }
    whole.addComplaint(key: "anna", at: 30)
    whole.addRefusal(key: "anna", at: 7)
    whole.addRefusal(key: "carl", at: 40)
    #expect(history == whole)
    #expect(history.complaints(of: "ANNA", before: Timestamp(millis: 25, offsetSeconds: 0)) == 2)
    #expect(history.complaints(of: "anna", before: Timestamp(millis: 31, offsetSeconds: 0)) == 3)
    #expect(history.refusals(of: "anna", before: Timestamp(millis: 31, offsetSeconds: 0)) == 1)
    #expect(history.refusals(of: "carl", before: Timestamp(millis: 41, offsetSeconds: 0)) == 1)
  }
}
