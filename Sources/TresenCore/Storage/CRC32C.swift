import CByteKernels

/// CRC-32C (Castagnoli), the checksum LevelDB and Kafka put on every record.
///
/// Each stored line ends in `,"crc":"xxxxxxxx"}` where the eight lowercase hex digits are the
/// CRC-32C of every byte before `,"crc"`. A full replay checksums every byte of the log, so
/// contiguous bytes go through the processor's CRC-32C instruction where there is one
/// (`CByteKernels`), and through slicing-by-8 (eight tables, eight bytes per step) elsewhere.
public enum CRC32C {
  /// Whether `update` uses the processor's instruction.
  static let usesHardware = tresen_crc32c_available() != 0

  /// `tables[k][b]` is the CRC of byte `b` followed by `k` zero bytes (slicing-by-8).
  private static let tables: [UInt32] = {
    var tables = [UInt32](repeating: 0, count: 8 * 256)
    for index in 0..<256 {
      var crc = UInt32(index)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
      tables[index] = crc
    }
    for slice in 1..<8 {
      for index in 0..<256 {
        let previous = tables[(slice - 1) * 256 + index]
        tables[slice * 256 + index] = tables[Int(previous & 0xFF)] ^ (previous >> 8)
      }
    }
    return tables
  }()

  /// The checksum of `bytes`.
  /// - Complexity: O(n).
  public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
    if let crc = bytes.withContiguousStorageIfAvailable({ checksum($0) }) { return crc }
    return checksum(Array(bytes))
  }

  /// The checksum of contiguous bytes.
  /// - Complexity: O(n).
  public static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    finish(update(start, with: bytes))
  }

  /// The register before any byte; feed it to `update(_:with:)`, then `finish(_:)`.
  static let start: UInt32 = 0xFFFF_FFFF

  /// The checksum from a register fed with every byte.
  static func finish(_ register: UInt32) -> UInt32 { register ^ 0xFFFF_FFFF }

  /// The register after `bytes`, so one pass can yield the checksums of a prefix and of the
  /// whole.
  /// - Complexity: O(n).
  static func update(_ register: UInt32, with bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    guard let base = bytes.baseAddress else { return register }
    if usesHardware { return tresen_crc32c_update(register, base, bytes.count) }
    return softwareUpdate(register, with: bytes)
  }

  /// `update` through the tables, whatever the processor has.
  static func softwareUpdate(_ register: UInt32, with bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return register }
    var crc = register
    var index = 0
    let count = bytes.count
    tables.withUnsafeBufferPointer { table in
      while count - index >= 8 {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let low = UInt32(truncatingIfNeeded: word) ^ crc
        let high = UInt32(truncatingIfNeeded: word >> 32)
        crc =
          table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int(low >> 8 & 0xFF)]
          ^ table[5 * 256 + Int(low >> 16 & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
          ^ table[3 * 256 + Int(high & 0xFF)] ^ table[2 * 256 + Int(high >> 8 & 0xFF)]
          ^ table[256 + Int(high >> 16 & 0xFF)] ^ table[Int(high >> 24)]
        index += 8
      }
      while index < count {
        crc = table[Int((crc ^ UInt32(bytes[index])) & 0xFF)] ^ (crc >> 8)
        index += 1
      }
    }
    return crc
  }

  /// The checksum as eight lowercase hex digits.
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let value = checksum(bytes)
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }
}
