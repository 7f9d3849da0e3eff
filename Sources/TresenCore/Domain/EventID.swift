/// An event's id: a UUIDv7 (RFC 9562), time-ordered and unique across devices.
///
/// Stored as 36 lowercase characters. The UI shows `short`, the last eight hex digits,
/// which come from the random part and so rarely collide.
public struct EventID: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The canonical lowercase text, `xxxxxxxx-xxxx-7xxx-yxxx-xxxxxxxxxxxx`.
  public let text: String

  /// Accepts any well-formed UUID text (any version; hand-written files may hold others).
  public init?(_ text: String) {
    var utf8 = text
    switch utf8.withUTF8(EventID.asciiShape) {
    case .lowercase?:
      // Already canonical: share the storage instead of copying it.
      self.text = text
      return
    case .mixedCase?:
      self.text = text.lowercased()
      return
    case nil: break
    }
    let lower = text.lowercased()
    let bytes = Array(lower.utf8)
    guard bytes.count == 36 else { return nil }
    for (index, byte) in bytes.enumerated() {
      let isDash = index == 8 || index == 13 || index == 18 || index == 23
      if isDash ? byte != UInt8(ascii: "-") : !byte.isHexDigit { return nil }
    }
    self.text = lower
  }

  /// The id in `bytes` when they are ASCII in the UUID pattern, lowercased exactly as
  /// `init?(_:)` does; `nil` for anything else, which the caller then reads as a `String`
  /// (the fast record path hands such lines to the full parser).
  init?(asciiBytes bytes: UnsafeBufferPointer<UInt8>) {
    guard let shape = EventID.asciiShape(bytes) else { return nil }
    text = String(unsafeUninitializedCapacity: 36) { out in
      for index in 0..<36 {
        let byte = bytes[index]
        out[index] = shape == .mixedCase && byte &- 0x41 < 6 ? byte | 0x20 : byte
      }
      return 36
    }
  }

  /// The case of ASCII hex digits in the UUID pattern.
  private enum ASCIIShape { case lowercase, mixedCase }

  /// The case of `bytes` if they are 36 ASCII bytes in the UUID pattern, else `nil`.
  private static func asciiShape(_ bytes: UnsafeBufferPointer<UInt8>) -> ASCIIShape? {
    guard bytes.count == 36, bytes[8] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: "-"),
      bytes[18] == UInt8(ascii: "-"), bytes[23] == UInt8(ascii: "-")
    else { return nil }
    var hasUppercase = false
    var isHex = true
    for index in 0..<36 where index != 8 && index != 13 && index != 18 && index != 23 {
      let byte = bytes[index]
      let upper = byte &- 0x41 < 6
      hasUppercase = hasUppercase || upper
      isHex = isHex && (upper || byte &- 0x30 < 10 || byte &- 0x61 < 6)
    }
    guard isHex else { return nil }
    return hasUppercase ? .mixedCase : .lowercase
  }

  /// A UUIDv7 from a millisecond timestamp and 74 random bits.
  init(millis: Int64, randA: UInt16, randB: UInt64) {
    var bytes = [UInt8](repeating: 0, count: 16)
    for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millis >> (8 * (5 - index))) }
    bytes[6] = 0x70 | UInt8(truncatingIfNeeded: randA >> 8 & 0x0F)
    bytes[7] = UInt8(truncatingIfNeeded: randA)
    for index in 0..<8 { bytes[8 + index] = UInt8(truncatingIfNeeded: randB >> (8 * (7 - index))) }
    bytes[8] = 0x80 | bytes[8] & 0x3F
    var text = ""
    for (index, byte) in bytes.enumerated() {
      if index == 4 || index == 6 || index == 8 || index == 10 { text += "-" }
      text += pad(byte, 2)
    }
    self.text = text
  }

  /// The last eight hex digits, shown in lists and accepted as an `ID` argument.
  public var short: String { String(text.suffix(8)) }

  /// The millisecond timestamp of a UUIDv7 (meaningless for other versions).
  public var millis: Int64 {
    Int64(text.prefix(8) + text.dropFirst(9).prefix(4), radix: 16) ?? 0
  }

  public var description: String { text }

  public static func < (lhs: EventID, rhs: EventID) -> Bool { lhs.text < rhs.text }

  /// Whether `query` names this id: the full id, or a prefix or suffix of at least four hex
  /// digits (dashes optional).
  public func matches(_ query: String) -> Bool {
    let wanted = query.lowercased().filter { $0 != "-" }
    guard wanted.count >= 4, wanted.allSatisfy(\.isHexDigit) else { return false }
    let plain = text.filter { $0 != "-" }
    return plain.hasPrefix(wanted) || plain.hasSuffix(wanted)
  }
}

private func pad(_ byte: UInt8, _ width: Int) -> String {
  let digits = String(byte, radix: 16)
  return digits.count >= width ? digits : "0" + digits
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
