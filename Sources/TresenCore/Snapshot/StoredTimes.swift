/// Instants by customer key as a snapshot stores them — the keys in order, each with its
/// instants — read in place: a start looks up the few dozen customers with open complaints by
/// binary search over the keys, instead of building a dictionary and an array for each of
/// thousands of customers (about a twentieth of a warm start, and its memory).
final class StoredTimes: Sendable {
  /// The keys, in increasing order.
  private let keys: [String]
  /// Where each key's instants start in `bytes`, and how many there are.
  private let instants: [(start: Int, count: Int)]
  /// The snapshot's bytes.
  private let bytes: [UInt8]

  /// Writes `times` as `init(reading:)` reads them.
  static func put(_ times: [String: [Int64]], into output: inout BinaryWriter) {
    output.put(times.count)
    for (key, instants) in times.sorted(by: { $0.key < $1.key }) {
      output.put(key)
      output.put(instants.count)
      for instant in instants { output.put(instant) }
    }
  }

  /// Reads what `put(_:into:)` wrote; keys out of order are as bad as a cut file.
  init(reading input: inout BinaryReader) throws(BinaryReader.Truncated) {
    let count = try input.count()
    var keys: [String] = []
    var instants: [(start: Int, count: Int)] = []
    keys.reserveCapacity(count)
    instants.reserveCapacity(count)
    for _ in 0..<count {
      let key = try input.string()
      if let last = keys.last, !(last < key) { throw BinaryReader.Truncated() }
      let times = try input.count()
      instants.append((input.position, times))
      try input.skip(times * 8)
      keys.append(key)
    }
    self.keys = keys
    self.instants = instants
    bytes = input.data
  }

  /// How many instants of `key` lie before `millis`.
  func count(of key: String, before millis: Int64) -> Int {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    guard low < keys.count, keys[low] == key else { return 0 }
    return times(at: low).count { $0 < millis }
  }

  /// Every key with its instants.
  var all: [String: [Int64]] {
    Dictionary(uniqueKeysWithValues: keys.indices.map { (keys[$0], times(at: $0)) })
  }

  private func times(at index: Int) -> [Int64] {
    let (start, count) = instants[index]
    return bytes.withUnsafeBytes { raw in
      (0..<count).map { Int64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * $0, as: Int64.self)) }
    }
  }
}
