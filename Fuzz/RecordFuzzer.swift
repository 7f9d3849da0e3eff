// The libFuzzer entry point for long, coverage-guided campaigns on the record path: one stored
// line through the JSON parser and the record decoder (what the segment reader does for each
// line), and the same bytes as text through the AMOUNT, date and timestamp parsers.
//
// Not part of the package build; docs/FUZZING.md has the commands that build and run it.
// Every parser here throws a typed error by its signature, so `try?` hides nothing untyped:
// what libFuzzer reports is a crash (a trap, an overflow, an out-of-bounds read under ASan),
// a hang (-timeout) or runaway memory (-rss_limit_mb).
import TresenCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  _ = try? JSONParser.parse(bytes)
  _ = try? RecordCodec.decode(bytes, device: "kasse-1")
  let text = String(decoding: bytes, as: UTF8.self)
  _ = try? Amount.parse(text)
  _ = LocalDate(parsing: text)
  _ = Timestamp(parsing: text)
  return 0
}
