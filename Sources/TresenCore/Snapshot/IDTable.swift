import CByteKernels

/// Where a full replay put each event id it has read: an open-addressing table of slot numbers
/// over the caller's own list of ids (DESIGN.md §8).
///
/// A `[EventID: Int32]` of a million ids takes about 42 MB and hashes 16 bytes with SipHash per
/// lookup; this table takes 4 bytes per bucket (the ids are stored once, by the caller) and
/// mixes the id's two words with a per-process random key, so a file crafted to collide
/// cannot make lookups slow.
///
/// Ids are random, so every lookup lands on a cold cache line: a bucket also keeps 8 bits of
/// the id's hash, so a probe passes over another id's bucket without reading that id from the
/// caller's list (a second miss), and `prefetch` lets the caller ask for a bucket ahead of its
/// lookup. Slots are therefore 24-bit numbers: `maxSlots` each way.
struct IDTable {
  /// Bucket contents: the tag in the top 8 bits, the slot plus `bias` in the low 24; `empty`
  /// (low 24 bits zero) for none.
  private var buckets: [UInt32]
  private var mask: Int
  private(set) var count = 0
  private let key = UInt64.random(in: 1...UInt64.max) | 1

  private static let empty: UInt32 = 0
  private static let bias: Int32 = 1 << 23
  private static let slotBits: UInt32 = 0xFF_FFFF

  /// Slots run from `-maxSlots` to `maxSlots - 1`.
  static let maxSlots = Int(bias) - 1

  init(expected: Int) {
    var size = 16
    while size * 3 < expected * 4 { size <<= 1 }
    buckets = [UInt32](repeating: IDTable.empty, count: size)
    mask = size - 1
  }

  /// The slot stored for `id`; `idOf` gives the id of a stored slot.
  func slot(of id: EventID, idOf: (Int32) -> EventID) -> Int32? {
    let (start, tag) = place(of: id)
    var index = start
    while true {
      let bucket = buckets[index]
      if bucket & IDTable.slotBits == 0 { return nil }
      if bucket >> 24 == tag {
        let slot = Int32(bitPattern: bucket & IDTable.slotBits) - IDTable.bias
        if idOf(slot) == id { return slot }
      }
      index = (index + 1) & mask
    }
  }

  /// Asks for the cache line of `id`'s bucket ahead of a lookup.
  func prefetch(_ id: EventID) {
    buckets.withUnsafeBufferPointer { tresen_prefetch($0.baseAddress.map { $0 + place(of: id).index }) }
  }

  /// Whether the next `insert` needs a `grow` first (the table stays at most 3/4 full, where
  /// linear probing still takes about two looks for a miss).
  var isFull: Bool { (count + 1) * 4 > buckets.count * 3 }

  /// Stores `slot` (within `maxSlots` each way) for an id not in the table yet; the table must
  /// not be full.
  mutating func insert(_ slot: Int32, for id: EventID) {
    store(slot, at: place(of: id))
    count += 1
  }

  private mutating func store(_ slot: Int32, at place: (index: Int, tag: UInt32)) {
    var index = place.index
    while buckets[index] & IDTable.slotBits != 0 { index = (index + 1) & mask }
    buckets[index] = place.tag << 24 | UInt32(bitPattern: slot + IDTable.bias)
  }

  /// The first bucket to look in, and the tag, from a multiply-xorshift of both words under
  /// the key.
  private func place(of id: EventID) -> (index: Int, tag: UInt32) {
    var mixed = (id.high ^ key) &* 0x9E37_79B9_7F4A_7C15 ^ id.low
    mixed = (mixed ^ mixed >> 29) &* key
    mixed ^= mixed >> 32
    return (Int(truncatingIfNeeded: mixed) & mask, UInt32(truncatingIfNeeded: mixed >> 56))
  }

  /// Doubles the buckets; `idOf` gives the id of each stored slot.
  mutating func grow(idOf: (Int32) -> EventID) {
    let old = buckets
    buckets = [UInt32](repeating: IDTable.empty, count: old.count * 2)
    mask = buckets.count - 1
    for bucket in old where bucket & IDTable.slotBits != 0 {
      let slot = Int32(bitPattern: bucket & IDTable.slotBits) - IDTable.bias
      store(slot, at: place(of: idOf(slot)))
    }
  }
}
