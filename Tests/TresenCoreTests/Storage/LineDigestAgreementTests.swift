import Testing
import TresenTestSupport

@testable import TresenCore

/// The digest a full replay reads straight from a line is exactly the digest of the event the
/// full decoder makes of it, and it only stands for lines that decode without any doubt.
@Suite struct LineDigestAgreementTests {
  /// Checks one line; `true` when the digest path took it.
  @discardableResult
  static func expectAgreement(_ line: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    line.withUnsafeBufferPointer { buffer in
      // One table for both: the same customer gets the same number, another one a new number.
      var names = NameTable()
      guard let digest = LineDigestDecoder.decode(buffer, names: &names) else { return false }
      let text = String(decoding: line, as: UTF8.self)
      guard let decoded = try? RecordCodec.decode(buffer, device: Sample.device) else {
        Issue.record("the digest path took a line the decoder refuses: \(text)", sourceLocation: sourceLocation)
        return true
      }
      #expect(decoded.payloadError == nil && decoded.event.payload != nil, "\(text)", sourceLocation: sourceLocation)
      let reference = LineDigest(decoded.event, names: &names)
      #expect(reference == digest, "\(text)", sourceLocation: sourceLocation)
      #expect(names.count <= 1, "\(text)", sourceLocation: sourceLocation)
      // `Timestamp` equality ignores the offset, which the digest keeps.
      #expect(reference?.at.offsetSeconds == digest.at.offsetSeconds, sourceLocation: sourceLocation)
      return true
    }
  }

  /// A line in the written shape around `data` (no CRC check here: the scanner checks it).
  static func line(type: String, data: String, seq: Int = 7) -> [UInt8] {
    let part =
      #"{"v":1,"id":"0193f1e2-3456-7abc-8def-0123456789ab","type":"\#(type)","at":"2026-11-20T09:15:00.000+01:00","#
      + #""dev":"kasse-1","seq":\#(seq),"by":"AM","data":\#(data)"#
    return Sample.sealed(Array(part.utf8)).dropLast()
  }

  @Test func demoAndWrittenLinesTakeTheDigestPathAndAgree() {
    var taken = 0
    for line in FastPathAgreementTests.demoLines + FastPathAgreementTests.writtenLines where Self.expectAgreement(line)
    {
      taken += 1
    }
    // Everything but corrections, erasures and lines with escapes.
    #expect(taken > FastPathAgreementTests.demoLines.count * 9 / 10, "took \(taken)")
  }

  @Test func corruptionAndConformanceCorporaAgree() {
    for specimen in CorruptionCorpusTests.specimens {
      for line in specimen.bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
        Self.expectAgreement(Array(line))
      }
    }
    let lines = RecordConformanceCorpus.lines(from: FastPathAgreementTests.writtenLines)
    let taken = lines.filter { Self.expectAgreement($0) }.count
    // Nearly every line of the corpus has an escape or an odd member, which the digest leaves alone.
    #expect(taken > 5 && lines.count - taken > 1_000, "digest path took \(taken) of \(lines.count)")
  }

  /// Data objects next to what the payload constructors make of them: every field with a
  /// wrong type, a value out of range, `null`, duplicates and unknown members.
  @Test(arguments: [
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":5,"customer":"Frau Öz","tags":["a","b"]}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":6}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":0}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":"5"}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":null,"customer":null,"tags":null}"#),
    ("interaction.recorded", #"{"channel":"fax","text":"ok"}"#),
    ("interaction.recorded", #"{"channel":"counter"}"#),
    ("interaction.recorded", #"{"channel":"counter","text":null}"#),
    ("interaction.recorded", #"{"channel":"counter","text":5}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","tags":["a",1]}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","tags":"a"}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","tags":[]}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","customer":"A","customer":"B"}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":4,"rating":9}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":9,"rating":4}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","mood":"good"}"#),
    ("interaction.recorded", #"{"channel":"counter","texts":"ok"}"#),
    ("interaction.recorded", #"{"channel":"counter","tex":"ok","text":"ok","rating":5}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","ratin":1,"rating":5}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","severity":"high"}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","customer":""}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","customer":"Jürgen \"JJ\""}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":4.0}"#),
    ("interaction.recorded", #"{"channel":"counter","text":"ok","rating":-0}"#),
    ("interaction.recorded", #"[]"#),
    ("interaction.recorded", #"{}"#),
    ("complaint.opened", #"{"channel":"phone","text":"cold","customer":"Herr Ng","severity":"high","category":"x"}"#),
    ("complaint.opened", #"{"channel":"phone","text":"cold","severity":"huge"}"#),
    ("complaint.opened", #"{"channel":"phone","text":"cold","category":7}"#),
    ("complaint.noted", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","text":"called back"}"#),
    ("complaint.noted", #"{"complaint":"0193F1E2-3456-7ABC-8DEF-0123456789AA","text":"called back"}"#),
    ("complaint.noted", #"{"complaint":"not-an-id","text":"called back"}"#),
    ("complaint.noted", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa"}"#),
    ("complaint.waiting", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","until":"2026-12-01"}"#),
    ("complaint.waiting", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","until":"2026-02-30"}"#),
    ("complaint.waiting", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","until":"1.12.2026"}"#),
    ("complaint.resolved", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","outcome":"refund","rating":2}"#),
    ("complaint.resolved", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","outcome":"shrug"}"#),
    ("complaint.resolved", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa"}"#),
    ("complaint.reopened", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa"}"#),
    ("complaint.severity_changed", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","severity":"low"}"#),
    ("complaint.severity_changed", #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa"}"#),
    ("comp.given", #"{"item":"Espresso","price_cents":250,"cost_cents":40,"purpose":"goodwill","customer":"Ana"}"#),
    ("comp.given", #"{"item":"Espresso","price_cents":250,"complaint":"0193f1e2-3456-7abc-8def-0123456789aa"}"#),
    ("comp.given", #"{"item":"Espresso","price_cents":250,"complaint":"nope"}"#),
    ("comp.given", #"{"item":"Espresso","price_cents":-1}"#),
    ("comp.given", #"{"item":"Espresso","price_cents":10000001}"#),
    ("comp.given", #"{"item":"Espresso","price_cents":10000000,"cost_cents":null}"#),
    ("comp.given", #"{"item":"Espresso"}"#),
    ("comp.given", #"{"item":"Espresso","price_cents":250,"purpose":"bribe"}"#),
    ("return.refused", #"{"item":"Cheesecake","price_cents":300,"reason":"used","defect":"no","customer":"Bo"}"#),
    ("return.refused", #"{"item":"Cheesecake","price_cents":300}"#),
    ("return.refused", #"{"item":"Cheesecake","price_cents":300,"reason":"whim"}"#),
    ("event.voided", #"{"target":"0193f1e2-3456-7abc-8def-0123456789aa"}"#),
    ("customer.erased", #"{"hash":"ab"}"#),
    ("mystery.type", #"{"channel":"counter","text":"ok"}"#),
  ])
  func fieldVariantsAgree(type: String, data: String) {
    Self.expectAgreement(Self.line(type: type, data: data))
  }

  @Test func validFieldsTakeTheDigestPath() {
    #expect(Self.expectAgreement(Self.line(type: "interaction.recorded", data: #"{"channel":"counter","text":"ok"}"#)))
    #expect(
      Self.expectAgreement(Self.line(type: "return.refused", data: #"{"item":"x","price_cents":1,"reason":"hygiene"}"#))
    )
    // A seq a digest cannot store and a newer version of a type are left to the full decoder.
    #expect(!Self.expectAgreement(Self.line(type: "comp.given", data: #"{"item":"x","price_cents":1}"#, seq: 1 << 40)))
    let newer = String(decoding: Self.line(type: "comp.given", data: #"{"item":"x","price_cents":1}"#), as: UTF8.self)
      .replacingOccurrences(of: #"{"v":1,"#, with: #"{"v":2,"#)
    #expect(!Self.expectAgreement(Array(newer.utf8)))
  }

  /// Fixed-width fields are read at their written width without a search for the closing
  /// quote: a quote inside that width must still keep the line off the digest path.
  @Test func fixedWidthFieldsWithAQuoteInsideAreNotTaken() {
    let line = String(decoding: Self.line(type: "complaint.noted", data: Self.noted), as: UTF8.self)
    #expect(Self.expectAgreement(Array(line.utf8)))
    let edits = [
      ("2026-11-20T09:15:00.000+01:00", #"2026-11-20T09:15","x":"+01:00"#),
      ("0193f1e2-3456-7abc-8def-0123456789aa", #"0193f1e2-3456-7abc-8d","x":"456789aa"#),
    ]
    for (written, quoted) in edits {
      #expect(written.utf8.count == quoted.utf8.count)
      #expect(!Self.expectAgreement(Array(line.replacingOccurrences(of: written, with: quoted).utf8)), "\(quoted)")
    }
    let crc = line.index(line.endIndex, offsetBy: -10)..<line.index(line.endIndex, offsetBy: -2)
    #expect(!Self.expectAgreement(Array(line.replacingCharacters(in: crc, with: #"abcd","e"#).utf8)))
  }

  private static let noted = #"{"complaint":"0193f1e2-3456-7abc-8def-0123456789aa","text":"called back"}"#

  @Test func seededRandomMutationsAgree() {
    let lines = FastPathAgreementTests.mutatedLines(seed: 20_261_124, count: 20_000, cutting: false)
    let taken = lines.filter { Self.expectAgreement($0) }.count
    #expect(taken > 1_000 && taken < 19_000, "digest path took \(taken) of 20000")
  }
}
