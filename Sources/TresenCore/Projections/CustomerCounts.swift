import Foundation

/// How often each customer is named, possibly still in the snapshot bytes it was read from.
///
/// Only ranking customer names for a form's autocomplete needs the counts, so a snapshot's
/// thousands of names (each a string and a hashed insert, about a tenth of a warm start) are
/// decoded when first asked for, once, and never by a start that only shows the dashboard.
struct CustomerCounts: Sendable, Hashable {
  private var storage: Storage

  private enum Storage {
    case counts([String: Int])
    case encoded(Encoded)
  }

  /// Counts of no one.
  init() { storage = .counts([:]) }

  /// Counts written as `put(into:)` writes them, checked and decoded later.
  init(reading input: inout BinaryReader) throws(BinaryReader.Truncated) {
    let start = input.position
    let names = try input.count()
    for _ in 0..<names {
      try input.skip(try input.count())
      _ = try input.tally()
    }
    storage = .encoded(Encoded(input.bytes(from: start)))
  }

  /// The counts by name.
  var byName: [String: Int] {
    get {
      switch storage {
      case .counts(let counts): counts
      case .encoded(let encoded): encoded.counts
      }
    }
    _modify {
      var counts = byName
      // Dropped first, so `counts` is the only reference and changes in place.
      storage = .counts([:])
      defer { storage = .counts(counts) }
      yield &counts
    }
  }

  /// Writes the counts, names in order.
  func put(into output: inout BinaryWriter) {
    let counts = byName
    output.put(counts.count)
    for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
      output.put(name)
      output.put(count)
    }
  }

  static func == (lhs: CustomerCounts, rhs: CustomerCounts) -> Bool { lhs.byName == rhs.byName }

  func hash(into hasher: inout Hasher) { hasher.combine(byName) }

  /// Encoded counts, whose layout was checked when they were read, and their decoding, made once.
  private final class Encoded: @unchecked Sendable {
    private let bytes: [UInt8]
    private let lock = NSLock()
    private var decoded: [String: Int]?

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var counts: [String: Int] {
      lock.lock()
      defer { lock.unlock() }
      if let decoded { return decoded }
      var input = BinaryReader(bytes)
      var counts: [String: Int] = [:]
      // The layout was walked when read: these reads cannot run out.
      if let names = try? input.count() {
        counts.reserveCapacity(names)
        for _ in 0..<names {
          guard let name = try? input.string(), let count = try? input.int() else { break }
          counts[name] = count
        }
      }
      decoded = counts
      return counts
    }
  }
}
