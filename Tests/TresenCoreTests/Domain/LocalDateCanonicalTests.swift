import Testing

@testable import TresenCore

/// The byte reader of the written date form (`until` on the replay's digest path, the date of
/// every timestamp) agrees with `LocalDate(parsing:)` on that form and takes nothing else.
@Suite struct LocalDateCanonicalTests {
  /// Every byte value at every position of a few dates near the edges of the calendar.
  @Test(arguments: ["2026-11-23", "2024-02-29", "2026-02-28", "0001-01-01", "9999-12-31", "2026-12-01"])
  func everyByteAtEveryPositionAgrees(base: String) {
    for position in 0..<10 {
      for value in 0...255 {
        var bytes = Array(base.utf8)
        bytes[position] = UInt8(value)
        let canonical = bytes.withUnsafeBufferPointer { LocalDate(canonical: $0) }
        #expect(canonical == Self.reference(bytes), "byte \(value) at \(position) of \(base)")
      }
    }
  }

  @Test(arguments: [
    "2026-1-05", "2026-01-5", " 2026-11-23", "2026-11-23 ", "23.11.2026", "2026-02-30", "", "2026/11/23",
  ])
  func otherFormsAreLeftToTheFullDecoder(text: String) {
    #expect(Array(text.utf8).withUnsafeBufferPointer { LocalDate(canonical: $0) } == nil)
  }

  /// `LocalDate(parsing:)` for ten bytes in the pattern `dddd-dd-dd`, else `nil`.
  private static func reference(_ bytes: [UInt8]) -> LocalDate? {
    let pattern = Array("dddd-dd-dd".utf8)
    guard bytes.count == 10 else { return nil }
    for (byte, expected) in zip(bytes, pattern) {
      let matches = expected == UInt8(ascii: "d") ? (0x30...0x39).contains(byte) : byte == expected
      guard matches else { return nil }
    }
    return LocalDate(parsing: String(decoding: bytes, as: UTF8.self))
  }
}
