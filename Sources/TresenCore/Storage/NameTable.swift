/// Distinct names by their UTF-8 bytes, numbered from 0 in the order they first came: the
/// customers of a full replay's digests (DESIGN.md §8).
///
/// Each scanning thread numbers the names of its segment from the line's bytes, without making
/// a `String` per line or hashing with SipHash (together about a twelfth of a replay), and the
/// replay maps each segment's few distinct names into its own table once. Names are compared
/// byte for byte, not by `String`'s canonical equivalence: two spellings of one name are two
/// entries here and fold into the same count later, as before. The hash mixes eight bytes at a
/// time under a per-process random key, so a file crafted to collide cannot make lookups slow.
struct NameTable {
  /// Every name's bytes, one after the other; name `i` spans `starts[i]..<starts[i + 1]`.
  private var bytes: [UInt8] = []
  private var starts: [Int] = [0]
  private var hashes: [UInt64] = []
  /// Bucket contents: an index, or -1 when empty.
  private var buckets = [Int32](repeating: -1, count: 64)
  private static let key = UInt64.random(in: 1...UInt64.max) | 1

  /// How many distinct names there are.
  var count: Int { hashes.count }

  /// The bytes of name `index`.
  func withBytes<Result>(of index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    bytes.withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[starts[Int(index)]..<starts[Int(index) + 1]]))
    }
  }

  /// Name `index` as a string.
  func name(_ index: Int32) -> String { withBytes(of: index) { String(decoding: $0, as: UTF8.self) } }

  /// Every name as a string, by index.
  var names: [String] { (0..<Int32(count)).map(name) }

  /// The index of `name`, numbering it if it is new.
  mutating func index(of name: String) -> Int32 {
    var name = name
    return name.withUTF8 { index(of: $0) }
  }

  /// The index of the name with these bytes, numbering it if it is new.
  mutating func index(of name: UnsafeBufferPointer<UInt8>) -> Int32 {
    let hash = NameTable.hash(name)
    let mask = buckets.count - 1
    var bucket = Int(truncatingIfNeeded: hash) & mask
    while true {
      let index = buckets[bucket]
      if index < 0 { break }
      if hashes[Int(index)] == hash, withBytes(of: index, { UTF8Text.same($0, name) }) { return index }
      bucket = (bucket + 1) & mask
    }
    let index = Int32(count)
    hashes.append(hash)
    bytes.append(contentsOf: name)
    starts.append(bytes.count)
    buckets[bucket] = index
    // At most half full, where linear probing takes about one and a half looks.
    if count * 2 > buckets.count { rebuild(size: buckets.count * 2) }
    return index
  }

  private mutating func rebuild(size: Int) {
    buckets = [Int32](repeating: -1, count: size)
    let mask = size - 1
    for (index, hash) in hashes.enumerated() {
      var bucket = Int(truncatingIfNeeded: hash) & mask
      while buckets[bucket] >= 0 { bucket = (bucket + 1) & mask }
      buckets[bucket] = Int32(index)
    }
  }

  /// Multiply-xorshift over eight bytes at a time (the last word zero-padded) and the length.
  private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = key ^ UInt64(name.count) &* 0x9E37_79B9_7F4A_7C15
    guard let base = UnsafeRawPointer(name.baseAddress) else { return hash }
    func mix(_ word: UInt64) {
      hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
    }
    var offset = 0
    while name.count - offset >= 8 {
      mix(base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      offset += 8
    }
    if offset < name.count {
      var last: UInt64 = 0
      withUnsafeMutableBytes(of: &last) {
        $0.copyMemory(from: UnsafeRawBufferPointer(start: base + offset, count: name.count - offset))
      }
      mix(last)
    }
    hash = (hash ^ hash >> 29) &* key
    return hash ^ hash >> 32
  }
}
