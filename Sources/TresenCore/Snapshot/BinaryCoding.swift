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

  mutating func put(_ text: String) {
    let utf8 = Array(text.utf8)
    put(utf8.count)
    bytes.append(contentsOf: utf8)
  }

  mutating func put(bytes more: [UInt8]) {
    put(more.count)
    bytes.append(contentsOf: more)
  }
}

/// Reads what `BinaryWriter` wrote; every read checks the bounds, so a truncated or foreign
/// file is an error, never a crash.
struct BinaryReader {
  struct Truncated: Error {}

  private let data: [UInt8]
  private var position = 0

  init(_ data: [UInt8]) { self.data = data }

  var isAtEnd: Bool { position == data.count }

  mutating func int64() throws(Truncated) -> Int64 {
    guard data.count - position >= 8 else { throw Truncated() }
    let value = data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt64.self) }
    position += 8
    return Int64(bitPattern: UInt64(littleEndian: value))
  }

  mutating func int() throws(Truncated) -> Int { Int(try int64()) }

  /// A count of following items, which cannot exceed the bytes left.
  mutating func count() throws(Truncated) -> Int {
    let value = try int()
    guard value >= 0, value <= data.count - position else { throw Truncated() }
    return value
  }

  mutating func uint64() throws(Truncated) -> UInt64 { UInt64(bitPattern: try int64()) }

  mutating func uint32() throws(Truncated) -> UInt32 {
    guard let value = UInt32(exactly: try int64()) else { throw Truncated() }
    return value
  }

  mutating func bytes() throws(Truncated) -> ArraySlice<UInt8> {
    let length = try count()
    defer { position += length }
    return data[position..<position + length]
  }

  mutating func string() throws(Truncated) -> String { String(decoding: try bytes(), as: UTF8.self) }
}
