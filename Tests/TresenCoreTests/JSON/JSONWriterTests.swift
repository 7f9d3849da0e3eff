import Testing
import TresenCore

@Suite struct JSONWriterTests {
  @Test func writesCompactlyInStoredOrder() {
    let value: JSONValue = .object([
      JSONMember("z", 1), JSONMember("a", .array([true, false, nil])), JSONMember("m", "text"),
      JSONMember("n", .number("1.50")), JSONMember("e", .number("1E+2")), JSONMember("o", .object([])),
      JSONMember("l", .array([])),
    ])
    #expect(JSONWriter.string(value) == #"{"z":1,"a":[true,false,null],"m":"text","n":1.50,"e":1E+2,"o":{},"l":[]}"#)
  }

  @Test func parsedTextIsWrittenBackByteForByte() throws {
    for text in [
      #"{"v":1,"b":-0,"a":1.5e-3,"c":1E+2,"d":0.10,"e":"Käse \"kuchen\"","f":[{},[],null]}"#,
      #"{"a":1,"a":2}"#, #"[1,2,3]"#, #""\\\"\n\r\t\u0000\u001f""#, #"{"":""}"#,
    ] {
      #expect(JSONWriter.string(try JSONParser.parse(Array(text.utf8))) == text)
    }
  }

  @Test func escapesEveryControlCharacter() throws {
    let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init) + ["\u{7F}"]))
    let bytes = JSONWriter.bytes(.string(controls))
    #expect(!bytes.contains { $0 < 0x20 || $0 == 0x7F })
    #expect(try JSONParser.parse(bytes) == .string(controls))
    #expect(JSONWriter.string("\n\r\t\u{8}\u{1F}") == #""\n\r\t\u0008\u001f""#)
    #expect(JSONWriter.string("\"\\/") == #""\"\\/""#)
    #expect(JSONWriter.string(.object([JSONMember("a\nb", "c")])) == #"{"a\nb":"c"}"#)
  }

  @Test func randomValuesRoundTripAndNeverContainARawNewline() throws {
    var generator = RandomJSON(seed: 2026)
    for _ in 0..<3_000 {
      let value = generator.value()
      let bytes = JSONWriter.bytes(value)
      #expect(!bytes.contains { $0 < 0x20 })
      let parsed = try JSONParser.parse(bytes)
      #expect(parsed == value)
      #expect(JSONWriter.bytes(parsed) == bytes)
    }
  }

  @Test func accessorsAndSetting() {
    let value: JSONValue = .object([JSONMember("a", 1), JSONMember("b", "x"), JSONMember("a", 2)])
    #expect(value["a"]?.intValue == 2)
    #expect(value["b"]?.stringValue == "x")
    #expect(value["b"]?.intValue == nil)
    #expect(JSONValue.number("1.0").intValue == nil)
    #expect(JSONValue.number("99999999999999999999").intValue == nil)
    #expect(JSONValue.int(-42) == .number("-42"))
    #expect(JSONValue.array([1]).elements == [1])
    #expect(JSONValue.string("a")["a"] == nil)
    #expect(JSONWriter.string(value.setting("a", to: 3)) == #"{"a":3,"b":"x"}"#)
    #expect(JSONWriter.string(value.setting("b", to: nil)) == #"{"a":1,"a":2}"#)
    #expect(JSONWriter.string(value.setting("c", to: true)) == #"{"a":1,"b":"x","a":2,"c":true}"#)
    #expect(JSONWriter.string(value.setting("a", to: nil)) == #"{"b":"x"}"#)
    #expect(JSONValue.null.setting("a", to: 1) == .null)
  }
}
