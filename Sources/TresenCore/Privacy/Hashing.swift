import Crypto

/// SHA-256 and HMAC-SHA-256 as lowercase hex, from swift-crypto: the digests of backup
/// manifests and the keyed hash of `customer.erased`.
public enum Hashing {
  /// SHA-256 of `bytes`, 64 lowercase hex digits.
  public static func sha256(_ bytes: [UInt8]) -> String {
    hex(Array(SHA256.hash(data: bytes)))
  }

  /// HMAC-SHA-256 of `message` under `key` (RFC 2104), 64 lowercase hex digits.
  public static func hmacSHA256(key: [UInt8], message: [UInt8]) -> String {
    hex(Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))))
  }

  /// Lowercase hex of `bytes`.
  public static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef")
    var text = ""
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 0x0f)])
    }
    return text
  }
}
