/// CRC-32C (Castagnoli), the checksum LevelDB and Kafka put on every record.
///
/// Each stored line ends in `,"crc":"xxxxxxxx"}` where the eight lowercase hex digits are the
/// CRC-32C of every byte before `,"crc"`.
public enum CRC32C {
  private static let table: [UInt32] = (0..<256).map { index in
    var crc = UInt32(index)
    for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0x82F6_3B78 : crc >> 1 }
    return crc
  }

  /// The checksum of `bytes`.
  /// - Complexity: O(n).
  public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    table.withUnsafeBufferPointer { table in
      for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
    return crc ^ 0xFFFF_FFFF
  }

  /// The checksum as eight lowercase hex digits.
  public static func hex(_ bytes: some Sequence<UInt8>) -> String {
    let value = checksum(bytes)
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }
}
