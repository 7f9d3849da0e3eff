import Foundation
import Testing
import TresenCore

/// The swift-crypto wiring of SHA-256 and HMAC-SHA-256 against the published vectors, and name normalization.
@Suite struct HashingTests {
  @Test func sha256MatchesTheNISTVectors() {
    #expect(Hashing.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      Hashing.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(Hashing.sha256(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(Hashing.sha256(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func hmacMatchesRFC4231() {
    let key = [UInt8](repeating: 0x0b, count: 20)
    #expect(
      Hashing.hmacSHA256(key: key, message: Array("Hi There".utf8))
        == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    let long = [UInt8](repeating: 0xaa, count: 131)
    #expect(
      Hashing.hmacSHA256(key: long, message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
  }

  @Test func namesMatchIgnoringCaseAccentsAndSpaces() {
    #expect(CustomerName.normalize("  Kanarienvogel   Zoë ") == CustomerName.normalize("KANARIENVOGEL ZOE"))
    #expect(CustomerName.normalize("Björn") == "bjorn")
    #expect(CustomerName.normalize(" \t ").isEmpty)
    #expect(CustomerName.text("Zoë loved it", mentions: "zoe"))
    #expect(CustomerName.text("Rückruf an Frau  MÜLLER-Lüdenscheidt", mentions: "muller-ludenscheidt"))
    #expect(CustomerName.text("bei zoe", mentions: "zoe"))
    #expect(!CustomerName.text("Zo", mentions: "zoe"))
    #expect(!CustomerName.text("Müller", mentions: "mueller"))
    #expect(!CustomerName.text("anything", mentions: ""))
    // The ASCII shortcut agrees with the folding path.
    for name in ["  Max\tWEBER\r\n", "a  b", "MiXeD cAsE 42 [x]", "\u{0B}\u{0C}", ""] {
      let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
      #expect(
        CustomerName.normalize(name) == folded.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
      )
    }
  }

  @Test func theErasureSubjectIsKeyedAndCarriesNoName() {
    let erasure = CustomerErasure(subject: CustomerErasure.subject(of: "Zoë Müller", salt: "00ff"), salt: "00ff")
    #expect(erasure.matches(" zoe MULLER "))
    #expect(!erasure.matches("Zoë Meyer"))
    #expect(CustomerErasure.subject(of: "Zoë Müller", salt: "01ff") != erasure.subject)
    #expect(!erasure.subject.contains("zo"))
  }
}
