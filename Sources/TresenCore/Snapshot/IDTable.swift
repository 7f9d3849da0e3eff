/// Where a full replay put each event id it has read: an open-addressing table of slot numbers
/// over the caller's own list of ids (DESIGN.md §8).
///
/// A `[EventID: Int32]` of a million ids takes about 42 MB and hashes 16 bytes with SipHash per
/// lookup; this table takes 4 bytes per bucket (the ids are stored once, by the caller) and
/// mixes the id's two words with a per-process random key, so a file crafted to collide
/// cannot make lookups slow.
struct IDTable {
  /// Bucket contents: a slot, or `empty`.
  private var buckets: [Int32]
  private var mask: Int
  private(set) var count = 0
  private let key = UInt64.random(in: 1...UInt64.max) | 1

  private static let empty = Int32.min

  init(expected: Int) {
    var size = 16
    while size * 3 < expected * 4 { size <<= 1 }
    buckets = [Int32](repeating: IDTable.empty, count: size)
    mask = size - 1
  }

  /// The slot stored for `id`; `idOf` gives the id of a stored slot.
  func slot(of id: EventID, idOf: (Int32) -> EventID) -> Int32? {
    var index = bucket(of: id)
    while true {
      let slot = buckets[index]
      if slot == IDTable.empty { return nil }
      if idOf(slot) == id { return slot }
      index = (index + 1) & mask
    }
  }

  /// Whether the next `insert` needs a `grow` first (the table stays at most 3/4 full, where
  /// linear probing still takes about two looks for a miss).
  var isFull: Bool { (count + 1) * 4 > buckets.count * 3 }

  /// Stores `slot` for an id not in the table yet; the table must not be full.
  mutating func insert(_ slot: Int32, for id: EventID) {
    var index = bucket(of: id)
    while buckets[index] != IDTable.empty { index = (index + 1) & mask }
    buckets[index] = slot
    count += 1
  }

  private func bucket(of id: EventID) -> Int {
    // Multiply-xorshift of both words under the key.
    var mixed = (id.high ^ key) &* 0x9E37_79B9_7F4A_7C15 ^ id.low
    mixed = (mixed ^ mixed >> 29) &* key
    mixed ^= mixed >> 32
    return Int(truncatingIfNeeded: mixed) & mask
  }

  /// Doubles the buckets; `idOf` gives the id of each stored slot.
  mutating func grow(idOf: (Int32) -> EventID) {
    let old = buckets
    buckets = [Int32](repeating: IDTable.empty, count: old.count * 2)
    mask = buckets.count - 1
    for slot in old where slot != IDTable.empty {
      var index = bucket(of: idOf(slot))
      while buckets[index] != IDTable.empty { index = (index + 1) & mask }
      buckets[index] = slot
    }
  }
}
