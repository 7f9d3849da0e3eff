import Testing
import TresenCore

@Suite struct JSONParserTests {
  typealias Reason = JSONParser.Failure.Reason

  private func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue { try JSONParser.parse(Array(text.utf8)) }

  private func reason(_ bytes: [UInt8]) -> Reason? {
    do {
      _ = try JSONParser.parse(bytes)
      return nil
    } catch {
      return error.reason
    }
  }

  private func reason(_ text: String) -> Reason? { reason(Array(text.utf8)) }

  @Test func literals() throws {
    #expect(try parse("true") == .bool(true))
    #expect(try parse("false") == .bool(false))
    #expect(try parse("null") == .null)
    #expect(try parse(" \t\r\n[true,false,null] \n") == .array([true, false, nil]))
  }

  @Test(arguments: [
    ("tru", Reason.unexpectedEnd), ("nul", .unexpectedEnd), ("True", .unexpectedByte), ("NULL", .unexpectedByte),
    ("[t]", .unexpectedByte), ("fals e", .unexpectedByte), ("nullx", .trailingData), ("truefalse", .trailingData),
    ("undefined", .unexpectedByte), ("None", .unexpectedByte),
  ])
  func badLiterals(text: String, expected: Reason) {
    #expect(reason(text) == expected)
  }

  @Test(arguments: [
    (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{08}\u{0C}\n\r\t"), (#""\u0041\u00e4\u20AC""#, "Aä€"),
    (#""\ud83d\ude00""#, "😀"), (#""\uD834\uDD1E""#, "𝄞"), (#""\u0000""#, "\u{0}"), (#""\u001f\u007F""#, "\u{1F}\u{7F}"),
    (#""a\nb""#, "a\nb"), (#""Käse\tkuchen""#, "Käse\tkuchen"), (#""\uFFFF""#, "\u{FFFF}"),
    (#""\uDBFF\uDFFF""#, "\u{10FFFF}"), ("\"\u{7F}\"", "\u{7F}"), (#""""#, ""), ("\"😀 ü\"", "😀 ü"),
  ])
  func stringEscapes(json: String, expected: String) throws {
    #expect(try parse(json) == .string(expected))
  }

  @Test(arguments: [
    #""\x""#, #""\'""#, #""\U0041""#, #""\u12""#, #""\u12G4""#, #""\uDE00""#, #""\uD83D""#, #""\uD83Dx""#,
    #""\uD83D\u0041""#, #""\uD83D\uD83D""#, #""\uD83D\n""#, #""\uDFFF\uD800""#, #""\a""#, #""\0""#,
  ])
  func invalidEscapes(json: String) {
    #expect(reason(json) == .invalidEscape)
  }

  @Test(arguments: [#""abc"#, #""abc\"#, #""\u00"#, #""\uD83D\u"#, "\"", #"["a""#])
  func unterminatedStrings(json: String) {
    #expect(reason(json) == .unexpectedEnd)
  }

  @Test(arguments: [
    "0", "-0", "1.5e-3", "1E+2", "123", "-1.0", "1e10", "0.0", "1E-0", "-0.0e0", "9007199254740993",
    "1.50", "100000000000000000000000000000",
  ])
  func validNumbersKeepTheirLiteral(literal: String) throws {
    #expect(try parse(literal) == .number(literal))
    #expect(try parse("[\(literal)]") == .array([.number(literal)]))
  }

  @Test(arguments: [
    ("01", Reason.invalidNumber), ("-01", .invalidNumber), ("00", .invalidNumber), ("1.", .invalidNumber),
    ("-", .invalidNumber), ("1e", .invalidNumber), ("1e+", .invalidNumber), ("1.e5", .invalidNumber),
    ("--1", .invalidNumber), ("-a", .invalidNumber), ("[1.]", .invalidNumber), (".5", .unexpectedByte),
    ("+1", .unexpectedByte), ("NaN", .unexpectedByte), ("Infinity", .unexpectedByte), ("-Infinity", .invalidNumber),
    ("0x10", .trailingData), ("1 2", .trailingData), ("1.5.5", .trailingData), ("1e5e5", .trailingData),
  ])
  func invalidNumbers(text: String, expected: Reason) {
    #expect(reason(text) == expected)
  }

  @Test func whitespaceIsOnlySpaceTabNewlineReturn() throws {
    #expect(
      try parse(" \t\n\r{ \t\n\r\"a\" \t\n\r: \t\n\r1 \t\n\r, \"b\":[ 1 , 2 ] } \t\n\r")
        == .object([
          JSONMember("a", 1), JSONMember("b", .array([1, 2])),
        ]))
    for bad: [UInt8] in [[0x0C, 0x31], [0x0B, 0x31], [0xC2, 0xA0, 0x31], [0x31, 0x00], [0xEF, 0xBB, 0xBF, 0x31]] {
      #expect(reason(bad) != nil)
    }
    #expect(reason("") == .unexpectedEnd)
    #expect(reason(" \n ") == .unexpectedEnd)
  }

  @Test func duplicateKeysAreKeptInOrderAndTheLastWins() throws {
    let value = try parse(#"{"a":1,"b":2,"a":3}"#)
    #expect(value.members?.map(\.key) == ["a", "b", "a"])
    #expect(value["a"] == .number("3"))
    #expect(value["b"] == .number("2"))
    #expect(value["c"] == nil)
    #expect(JSONWriter.string(value) == #"{"a":1,"b":2,"a":3}"#)
  }

  @Test func nestingUpToMaxDepthIsAccepted() throws {
    let depth = JSONParser.maxDepth
    let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(throws: Never.self) { try parse(arrays) }
    let objects = String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
    #expect(throws: Never.self) { try parse(objects) }
  }

  @Test func nestingBeyondMaxDepthIsRejected() {
    let depth = JSONParser.maxDepth + 1
    #expect(reason(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)) == .tooDeep)
    #expect(reason(String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)) == .tooDeep)
    #expect(reason(String(repeating: "[{\"a\":", count: depth)) == .tooDeep)
  }

  @Test func hostileNestingDoesNotOverflowTheStack() {
    #expect(reason(String(repeating: "[", count: 100_000)) == .tooDeep)
    #expect(reason(String(repeating: #"{"":"#, count: 100_000)) == .tooDeep)
    #expect(reason(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)) == .tooDeep)
  }

  @Test(
    arguments: [
      [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0xAF], [0xF0, 0x80, 0x80, 0xAF],  // overlong
      [0xE2, 0x82], [0xC3], [0xF0, 0x9F, 0x98],  // truncated
      [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80],  // surrogates in UTF-8
      [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xFE], [0xFF], [0x61, 0xC3, 0x28],
    ] as [[UInt8]])
  func invalidUTF8InStringsIsRejected(bytes: [UInt8]) {
    // Fast path (no escape) and slow path (an escape before the bad bytes).
    #expect(reason([0x22] + bytes + [0x22]) == .invalidUTF8)
    #expect(reason(Array(#""\n"#.utf8) + bytes + [0x22]) == .invalidUTF8)
    #expect(reason(Array(#"{"k":""#.utf8) + bytes + Array(#""}"#.utf8)) == .invalidUTF8)
    #expect(reason([0x22] + bytes + Array(#"\n""#.utf8)) == .invalidUTF8)
  }

  @Test func validUTF8IsAccepted() throws {
    for text in ["Käsekuchen", "€", "😀", "𝄞", "\u{10FFFF}", "日本語", "e\u{0301}"] {
      #expect(try parse("\"\(text)\"") == .string(text))
    }
  }

  @Test func rawControlCharactersAreRejected() {
    for byte in UInt8(0)..<0x20 {
      #expect(reason([0x22, 0x61, byte, 0x22]) == .controlCharacter)
      #expect(reason([0x22, 0x5C, 0x6E, byte, 0x22]) == .controlCharacter)
    }
  }

  @Test(arguments: [
    ("1 2", Reason.trailingData), ("{} {}", .trailingData), ("[]]", .trailingData), ("\"a\"\"b\"", .trailingData),
    ("{}x", .trailingData), ("[1,]", .unexpectedByte), (#"{"a":1,}"#, .unexpectedByte), ("[,1]", .unexpectedByte),
    (#"{"a" 1}"#, .unexpectedByte), (#"{"a":}"#, .unexpectedByte), ("{'a':1}", .unexpectedByte),
    ("{a:1}", .unexpectedByte), ("[1 2]", .unexpectedByte), ("/* c */ 1", .unexpectedByte),
    ("// c\n1", .unexpectedByte),
    ("[", .unexpectedEnd), ("[1", .unexpectedEnd), ("[1,", .unexpectedEnd), ("{", .unexpectedEnd),
    (#"{"a""#, .unexpectedEnd), (#"{"a":"#, .unexpectedEnd), (#"{"a":1"#, .unexpectedEnd), ("}", .unexpectedByte),
    ("]", .unexpectedByte), (#"{1:2}"#, .unexpectedByte),
  ])
  func structuralErrors(text: String, expected: Reason) {
    #expect(reason(text) == expected)
  }

  @Test func failuresCarryTheOffset() {
    func offset(_ text: String) -> Int? {
      do {
        _ = try parse(text)
        return nil
      } catch {
        return error.offset
      }
    }
    #expect(offset("[1,]") == 3)
    #expect(offset("1 2") == 2)
    #expect(offset("{\"a\":\"b\tc\"}") == 7)
    #expect(offset(String(repeating: "[", count: 1_000)) == JSONParser.maxDepth)
  }

  @Test func parsesFromAnyByteCollection() throws {
    let text = #"{"ok":true}"#
    #expect(try JSONParser.parse(text.utf8) == .object([JSONMember("ok", true)]))
    #expect(try JSONParser.parse(Array(text.utf8)[...]) == .object([JSONMember("ok", true)]))
  }
}
