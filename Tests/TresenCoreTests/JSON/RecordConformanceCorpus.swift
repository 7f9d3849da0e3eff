@testable import TresenCore

/// Record lines that are valid, almost valid or plainly broken JSON, to check that the fast
/// record path and the full parser agree (see `FastPathAgreementTests`): escapes, `\u`
/// surrogate pairs, numbers, whitespace between tokens, duplicate and reordered keys, unknown
/// fields, deep nesting, invalid UTF-8 and truncated lines.
enum RecordConformanceCorpus {
  static let id = #""id":"0193f1e2-3456-7abc-8def-0123456789ab""#
  static let envelope =
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#

  /// A line with `data` as given, optionally sealed with its CRC.
  static func line(data: String, by: String? = #""AM""#, sealed: Bool = true, envelope: String = envelope) -> [UInt8] {
    let part = Array((envelope + (by.map { #","by":\#($0)"# } ?? "") + #","data":\#(data)"#).utf8)
    return sealed ? part + Array(",\"crc\":\"\(CRC32C.hex(part))\"}".utf8) : part + Array("}".utf8)
  }

  /// Data objects in and out of the fast path's shape.
  static let data: [String] = [
    #"{"channel":"counter","text":"ok"}"#,
    #"{"channel":"counter","text":"Gr\u00fc\u00DFe"}"#,
    #"{"channel":"counter","text":"\ud83d\ude00 smile"}"#,
    #"{"channel":"counter","text":"\ud83d alone"}"#,
    #"{"channel":"counter","text":"\ude00 low first"}"#,
    #"{"channel":"counter","text":"\u0000 nul"}"#,
    #"{"channel":"counter","text":"\"\\\/\b\f\n\r\t"}"#,
    #"{"channel":"counter","text":"\x bad escape"}"#,
    #"{"channel":"counter","text":"\u12 short"}"#,
    "{\"channel\":\"counter\",\"text\":\"tab\traw\"}",
    #"{"channel":"counter","text":"x","rating":5}"#,
    #"{"channel":"counter","text":"x","rating":5.0}"#,
    #"{"channel":"counter","text":"x","rating":5e0}"#,
    #"{"channel":"counter","text":"x","rating":-0}"#,
    #"{"channel":"counter","text":"x","rating":05}"#,
    #"{"channel":"counter","text":"x","rating":99999999999999999999}"#,
    #"{"channel":"counter","text":"x","rating":-}"#,
    #"{"channel":"counter","text":"x","rating":1.}"#,
    #"{"channel":"counter","text":"x","rating":1E0,"n":[-1.5,0.0,1e+2,1e-2,-0.0e-0,123456789012345678]}"#,
    #"{"channel":"counter","text":"x","rating":+1}"#,
    #"{"channel":"counter","text":"x","rating":.5}"#,
    #"{"channel":"counter","text":"x","rating":0x1}"#,
    #"{"channel":"counter","text":"x","rating":-9223372036854775808,"m":9223372036854775807}"#,
    #"{"channel":"counter","text":"x","rating":-9223372036854775809}"#,
    #"{"channel":"counter","text":"\u00e4\n\u20ac\/\u007f","customer":"\uD834\uDD1E"}"#,
    #"{"channel":"counter","text":"\uD834\u0041"}"#,
    #"{"channel":"counter","text":"\uD834"}"#,
    #"{"channel":"counter","text":"\u00G0"}"#,
    #"{"channel":"counter","text":"\"#,
    #"{"channel":"counter","text":"x","tags":["a",]}"#,
    #"{"channel":"counter","text":"x","rating":tru}"#,
    #"{"channel":"counter","text":"x","rating":nul}"#,
    #"{"channel":"counter","text":"x","rating":falsey}"#,
    #"{"channel":"counter","text":"x"} "#,
    #"{"channel":"counter","text":"x"}}"#,
    "{\"channel\":\"counter\",\"text\":\"x\",\"a\":\t[ 1 ,\r2 ]}",
    #"{"channel":"counter","text":"x","rating":null,"customer":null}"#,
    #"{"channel":"counter","text":"x","rating":true}"#,
    #"{ "channel" : "counter" , "text" : "x" }"#,
    "{\"channel\":\"counter\",\n\"text\":\"x\"}",
    #"{"channel":"counter","text":"a","text":"b"}"#,
    #"{"text":"x","channel":"phone"}"#,
    #"{"channel":"counter","text":"x","till":{"drawer":[1,[2,[3]],{"a":null}]},"note":false}"#,
    #"{"channel":"counter","text":"x","tags":["a","b\n"]}"#,
    #"{"channel":"counter","text":"x","tags":[]}"#,
    #"{"channel":"counter","text":"x","tags":{}}"#,
    #"{"channel":"counter","text":"x",}"#,
    #"{"channel":"counter","text":"x"]"#,
    #"{"channel":"counter""text":"x"}"#,
    #"["channel"]"#, "5", "null", #""text""#, "{}",
    "{\"a\":" + String(repeating: "[", count: 9) + String(repeating: "]", count: 9) + "}",
    "{\"a\":" + String(repeating: "[", count: 130) + String(repeating: "]", count: 130) + "}",
  ]

  /// Envelopes in and out of the written shape.
  static let envelopes: [String] = [
    #"{"id":"0193f1e2-3456-7abc-8def-0123456789ab","v":1,"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,"v":2,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":0,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,"id":"0193F1E2-3456-7ABC-8DEF-0123456789AB","type":"x.y","at":"2026-11-23T14:05:09.120Z","dev":"kasse-1","seq":0"#,
    #"{"v":1,\#(id),"type":"","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-13-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":-1"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42,"x":[]"#,
    #"{"v":1,"id":"0193f1e2-3456-7abc-8def-0123456789a","type":"a","at":"2026-11-23T14:05:09.120+01:00","dev":"k","seq":1"#,
    #"{"v":1,\#(id),"type":"t\u0041","at":"2026-11-23T14:05:09.120+01:00","dev":"k\/1","seq":1"#,
    #"{"v":1.0,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":4.2e1"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":-0"#,
    #"{"v":01,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{ "v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v" :1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,"id":"0193f1e2\u002d3456-7abc-8def-0123456789ab","type":"complaint.opened","at":"2026-11-23T14:05:09.120Z","dev":"k","seq":1"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026\u002d11-23T14:05:09.120+01:00","dev":"kasse\u002d1","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorde\u0064","at":"2026-11-23T14:05:09+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23t14:05:09.1234567891Z","dev":"kasse-1","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42,"seq":43"#,
    #"{"v":2,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,\#(id),"type":"Interaction.Recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":9223372036854775808"#,
    #"{"v":1,\#(id),"type":"interaction.recorded","at":"2026-11-23T14:05:09.120+01:00","dev":"kasse-1","seq":42,"by":null"#,
  ]

  /// Every corpus line, plus each of `written` truncated at every byte and with invalid UTF-8.
  static func lines(from written: [[UInt8]]) -> [[UInt8]] {
    var lines: [[UInt8]] = []
    for data in data {
      for sealed in [true, false] { lines.append(line(data: data, sealed: sealed)) }
      lines.append(line(data: data, by: "null"))
      lines.append(line(data: data, by: "7"))
      lines.append(line(data: data, by: nil))
    }
    for envelope in envelopes { lines.append(line(data: Self.data[0], envelope: envelope)) }
    lines.append(line(data: Self.data[0]) + Array(",\"crc\":\"00000000\"}".utf8))
    lines.append(line(data: Self.data[0]) + Array("  ".utf8))
    lines.append(Array("  ".utf8) + line(data: Self.data[0]))
    for invalid: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80]] {
      var bytes = line(data: #"{"channel":"counter","text":"#, sealed: false).dropLast()
      bytes += [0x22] + invalid + Array(#""}}"#.utf8)
      lines.append(Array(bytes))
    }
    // A carriage return or BOM the scanner did not strip, and odd members after `data`.
    let plain = line(data: Self.data[0])
    let unsealed = Array(plain.dropLast(RecordCodec.crcSuffixLength))
    lines += [plain + [0x0D], [0x0D] + plain, [0xEF, 0xBB, 0xBF] + plain]
    for tail in [#","x":1,"crc":"00000000"}"#, #","crc":"0000000G"}"#, #","crc":"\u0030"}"#, #","crc":7}"#] {
      lines.append(unsealed + Array(tail.utf8))
    }
    for invalid: [UInt8] in [[0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC3, 0x28], [0xEF, 0xBF, 0xBE]] {
      // Invalid (and one odd but valid) UTF-8 after an escape, and inside a key.
      var bytes = line(data: #"{"channel":"counter","text":"\n"#, sealed: false).dropLast()
      bytes += invalid + Array(#""}}"#.utf8)
      lines.append(Array(bytes))
      var key = line(data: #"{"channel":"counter","text":"x",""#, sealed: false).dropLast()
      key += invalid + Array(#"":1}}"#.utf8)
      lines.append(Array(key))
    }
    for line in written {
      for end in 0..<line.count { lines.append(Array(line[0..<end])) }
    }
    return lines
  }
}
