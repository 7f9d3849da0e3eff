/// An event's id: a UUIDv7 (RFC 9562), time-ordered and unique across devices.
///
/// Held as its 128 bits, not as text: a million ids in a replay's tables take 16 bytes each
/// instead of a 36-character heap string, and hash and compare as two words (DESIGN.md §8).
/// `text` gives the canonical lowercase form, which is what every file stores; its order is
/// the order of the bits. The UI shows `short`, the last eight hex digits, which come from the
/// random part and so rarely collide.
public struct EventID: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The first 64 bits (time stamp, version, `rand_a`).
  let high: UInt64
  /// The last 64 bits (variant and `rand_b`).
  let low: UInt64

  /// Accepts any well-formed UUID text of either case (any version; hand-written files may
  /// hold others).
  public init?(_ text: String) {
    var text = text
    guard let id = text.withUTF8({ EventID(asciiBytes: $0) }) else { return nil }
    self = id
  }

  /// The id in `bytes` when they are 36 ASCII bytes in the UUID pattern (hex digits of
  /// either case); `nil` for anything else.
  init?(asciiBytes bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count == 36, bytes[8] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: "-"),
      bytes[18] == UInt8(ascii: "-"), bytes[23] == UInt8(ascii: "-")
    else { return nil }
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return nil }
    // The 32 digits as four words of eight, the first digit in the lowest byte:
    // 0-7, 9-12 + 14-17, 19-22 + 24-27, 28-35.
    func half(_ offset: Int) -> UInt64 {
      UInt64(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }
    func pair(_ first: Int, _ second: Int) -> UInt64 { half(first) | half(second) << 32 }
    guard let a = HexDigits.value(UTF8Text.word(base, at: 0)), let b = HexDigits.value(pair(9, 14)),
      let c = HexDigits.value(pair(19, 24)), let d = HexDigits.value(UTF8Text.word(base, at: 28))
    else { return nil }
    (high, low) = (a << 32 | b, c << 32 | d)
  }

  init(high: UInt64, low: UInt64) {
    self.high = high
    self.low = low
  }

  /// A UUIDv7 from a millisecond timestamp and 74 random bits.
  init(millis: Int64, randA: UInt16, randB: UInt64) {
    high = UInt64(truncatingIfNeeded: millis) << 16 | 0x7000 | UInt64(randA & 0x0FFF)
    low = 0x8000_0000_0000_0000 | randB & 0x3FFF_FFFF_FFFF_FFFF
  }

  /// The canonical lowercase text, `xxxxxxxx-xxxx-7xxx-yxxx-xxxxxxxxxxxx`.
  public var text: String {
    String(unsafeUninitializedCapacity: 36) { out in
      let hex: StaticString = "0123456789abcdef"
      var position = 0
      for digit in 0..<32 {
        if digit == 8 || digit == 12 || digit == 16 || digit == 20 {
          out[position] = UInt8(ascii: "-")
          position += 1
        }
        let word = digit < 16 ? high : low
        let nibble = Int(truncatingIfNeeded: word >> UInt64(60 - 4 * (digit % 16)) & 0xF)
        out[position] = hex.utf8Start[nibble]
        position += 1
      }
      return 36
    }
  }

  /// The last eight hex digits, shown in lists and accepted as an `ID` argument.
  public var short: String { String(text.suffix(8)) }

  /// The millisecond timestamp of a UUIDv7 (meaningless for other versions).
  public var millis: Int64 { Int64(truncatingIfNeeded: high >> 16) }

  public var description: String { text }

  public static func < (lhs: EventID, rhs: EventID) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }

  /// Whether `query` names this id: the full id, or a prefix or suffix of at least four hex
  /// digits (dashes optional).
  public func matches(_ query: String) -> Bool {
    let wanted = query.lowercased().filter { $0 != "-" }
    guard wanted.count >= 4, wanted.allSatisfy(\.isHexDigit) else { return false }
    let plain = text.filter { $0 != "-" }
    return plain.hasPrefix(wanted) || plain.hasSuffix(wanted)
  }
}

extension UInt8 {
  var isHexDigit: Bool {
    (0x30...0x39).contains(self) || (0x61...0x66).contains(self) || (0x41...0x46).contains(self)
  }

  /// The value of an ASCII hex digit of either case, else `nil`.
  var hexDigitValue: UInt8? {
    switch self {
    case 0x30...0x39: self - 0x30
    case 0x41...0x46: self - 0x41 + 10
    case 0x61...0x66: self - 0x61 + 10
    default: nil
    }
  }
}

/// Makes event ids. Injected so tests and `tresen demo --seed` are deterministic.
public protocol IDGenerator: Sendable {
  /// A new id for an event recorded at `timestamp`; strictly greater than the previous one
  /// from this generator.
  func next(at timestamp: Timestamp) -> EventID
}

/// UUIDv7 with a 12-bit counter in `rand_a` (RFC 9562 §6.2 method 1) so ids made in the same
/// millisecond still sort in creation order.
public final class UUIDv7Generator: IDGenerator, @unchecked Sendable {
  private var random: any RandomNumberGenerator
  private var lastMillis: Int64 = -1
  private var counter: UInt16 = 0
  private let lock = ThreadLock()

  /// A generator drawing from the system's CSPRNG.
  public convenience init() { self.init(random: SystemRandomNumberGenerator()) }

  /// A generator drawing from `random` (seeded for deterministic demo data).
  public init(random: some RandomNumberGenerator) { self.random = random }

  public func next(at timestamp: Timestamp) -> EventID {
    lock.withLock {
      var millis = timestamp.millis
      if millis <= lastMillis {
        // Same millisecond or a clock step back: keep ids increasing (RFC 9562 §6.2).
        millis = lastMillis
        counter += 1
        if counter > 0x0FFF {
          millis += 1
          counter = UInt16.random(in: 0...0x01FF, using: &random)
        }
      } else {
        counter = UInt16.random(in: 0...0x01FF, using: &random)
      }
      lastMillis = millis
      return EventID(millis: millis, randA: counter, randB: random.next())
    }
  }
}
