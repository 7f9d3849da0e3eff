import Testing

@testable import TerminalUI

@Suite struct TruncationTests {
  @Test func fittingTextIsUnchanged() {
    #expect("Käsekuchen".truncated(toWidth: 10) == "Käsekuchen")
    #expect("日本".truncated(toWidth: 4) == "日本")
  }

  @Test func cutTextEndsInEllipsis() {
    #expect("Käsekuchen".truncated(toWidth: 5) == "Käse…")
    #expect("Käsekuchen".truncated(toWidth: 1) == "…")
    #expect("Käsekuchen".truncated(toWidth: 0) == "")
  }

  @Test func wideCharactersAreNeverSplitAtOddWidths() {
    #expect("日本語".truncated(toWidth: 5) == "日本…")
    #expect("日本語".truncated(toWidth: 4) == "日…")
    #expect("日本語".truncated(toWidth: 4).displayWidth == 3)
    #expect("a日本".truncated(toWidth: 4) == "a日…")
    #expect("a日本".truncated(toWidth: 3) == "a…")
    #expect("👍🏽👍🏽".truncated(toWidth: 3) == "👍🏽…")
  }

  @Test func graphemesAreNeverSplit() {
    let text = "e\u{301}e\u{301}e\u{301}"
    #expect(text.truncated(toWidth: 2) == "e\u{301}…")
    #expect("👨‍👩‍👧x".truncated(toWidth: 2) == "…")
  }

  @Test func fittedPadsToTheExactWidth() {
    #expect("日本".fitted(toWidth: 5, alignment: .right) == " 日本")
    #expect("ab".fitted(toWidth: 5, alignment: .center) == " ab  ")
    #expect("日本語".fitted(toWidth: 4) == "日… ")
  }
}
