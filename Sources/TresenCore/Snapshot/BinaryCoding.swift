/// Little-endian bytes for the snapshot file. Hand-written because the snapshot must load in
/// a few milliseconds at every start: Foundation's coders are many times slower on it, and no
/// listed package offers a compact binary coding without code generation.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func put(_ value: Int64) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func put(_ value: Int) { put(Int64(value)) }

  mutating func put(_ value: UInt64) { put(Int64(bitPattern: value)) }

  mutating func put(_ value: UInt32) { put(Int64(value)) }

  /// Appends what `other` wrote, as it stands.
  mutating func append(_ other: BinaryWriter) { bytes.append(contentsOf: other.bytes) }

  mutating func put(_ text: String) {
    let utf8 = Array(text.utf8)
    put(utf8.count)
    bytes.append(contentsOf: utf8)
  }
}

/// Reads what `BinaryWriter` wrote; every read checks the bounds, so a truncated or foreign
/// file is an error, never a crash.
struct BinaryReader {
  struct Truncated: Error {}

  /// The bytes read.
  let data: [UInt8]
  /// Reads stop here: the bytes after it (a trailer) are not part of what is read.
  private let end: Int
  /// Where the next read starts.
  private(set) var position = 0

  init(_ data: [UInt8], end: Int? = nil) {
    self.data = data
    self.end = min(end ?? data.count, data.count)
  }

  /// The next `count` bytes as a reader of their own; this one passes over them.
  mutating func part(_ count: Int) throws(Truncated) -> BinaryReader {
    let start = position
    try skip(count)
    var part = BinaryReader(data, end: position)
    part.position = start
    return part
  }

  var isAtEnd: Bool { position == end }

  /// The bytes not read yet.
  var remaining: Int { end - position }

  mutating func int64() throws(Truncated) -> Int64 {
    guard end - position >= 8 else { throw Truncated() }
    let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt64.self) }
    position += 8
    return Int64(bitPattern: UInt64(littleEndian: value))
  }

  mutating func int() throws(Truncated) -> Int { Int(try int64()) }

  /// A tally (of ratings, of names): 0 to `Int32.max`, far beyond any history; anything else
  /// is crafted, and would overflow sums later.
  mutating func tally() throws(Truncated) -> Int {
    let value = try int()
    guard (0...Int(Int32.max)).contains(value) else { throw Truncated() }
    return value
  }

  /// A count of following items, which cannot exceed the bytes left.
  mutating func count() throws(Truncated) -> Int {
    let value = try int()
    guard value >= 0, value <= end - position else { throw Truncated() }
    return value
  }

  mutating func uint64() throws(Truncated) -> UInt64 { UInt64(bitPattern: try int64()) }

  mutating func uint32() throws(Truncated) -> UInt32 {
    guard let value = UInt32(exactly: try int64()) else { throw Truncated() }
    return value
  }

  /// Passes over `count` bytes.
  mutating func skip(_ count: Int) throws(Truncated) {
    guard count >= 0, count <= end - position else { throw Truncated() }
    position += count
  }

  /// The bytes from `start` to where the next read starts.
  func bytes(from start: Int) -> [UInt8] { Array(data[start..<position]) }

  mutating func string() throws(Truncated) -> String {
    let length = try count()
    defer { position += length }
    return data.withUnsafeBufferPointer { all in
      String(decoding: UnsafeBufferPointer(rebasing: all[position..<position + length]), as: UTF8.self)
    }
  }
}

/// A 64-bit check over the snapshot's bytes, eight at a time in four lanes: each word is mixed
/// into its lane by bijective steps and the lanes into one value at the end the same way, so
/// changing any one word changes the result, and cutting or extending the bytes changes the
/// length mixed in first. Four lanes so the processor works on four words at once instead of
/// waiting for each multiply (a start checks the whole file). Not a CRC of the file format's
/// lines: it guards a cache that is rebuilt when in doubt.
enum SnapshotCheck {
  static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
    func word(_ offset: Int) -> UInt64 {
      UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }
    var lanes = (
      0x6A09_E667_F3BC_C909 ^ UInt64(bytes.count), UInt64(0xBB67_AE85_84CA_A73B), UInt64(0x3C6E_F372_FE94_F82B),
      UInt64(0xA54F_F53A_5F1D_36F1)
    )
    var index = 0
    while bytes.count - index >= 32 {
      lanes.0 = mix(lanes.0 ^ word(index))
      lanes.1 = mix(lanes.1 ^ word(index + 8))
      lanes.2 = mix(lanes.2 ^ word(index + 16))
      lanes.3 = mix(lanes.3 ^ word(index + 24))
      index += 32
    }
    var value = lanes.0
    while bytes.count - index >= 8 {
      value = mix(value ^ word(index))
      index += 8
    }
    var last: UInt64 = 0
    for offset in index..<bytes.count { last |= UInt64(bytes[offset]) << (8 * UInt64(offset - index)) }
    value = mix(value ^ last)
    value = mix(value ^ lanes.1)
    value = mix(value ^ lanes.2)
    return mix(mix(value ^ lanes.3))
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    let product = value &* 0x9E37_79B9_7F4A_7C15
    return product ^ product >> 31
  }
}
