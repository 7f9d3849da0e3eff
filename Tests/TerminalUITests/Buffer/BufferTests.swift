import Testing

@testable import TerminalUI

@Suite struct BufferTests {
  @Test func setStringIsWidthAwareAndReturnsTheNextColumn() {
    var buffer = Buffer(width: 10, height: 2)
    let end = buffer.set(string: "日本a", at: Point(x: 1, y: 0))
    #expect(end == 6)
    #expect(buffer[1, 0].symbol == "日")
    #expect(buffer[1, 0].width == 2)
    #expect(buffer[2, 0].isContinuation)
    #expect(buffer.plainText() == " 日本a\n")
  }

  @Test func textIsClippedAtTheEdgeWithEllipsis() {
    var buffer = Buffer(width: 8, height: 1)
    buffer.set(string: "Käsekuchen", at: Point(x: 2, y: 0))
    #expect(buffer.plainText() == "  Käsek…")
    buffer.set(string: "Käsekuchen", at: .zero, maxWidth: 4)
    #expect(buffer.plainText() == "Käs…sek…")
  }

  @Test func wideCharacterNextToTheEdgeIsNotSplit() {
    var buffer = Buffer(width: 5, height: 1)
    buffer.set(string: "ab日本", at: .zero)
    #expect(buffer.plainText() == "ab日…")
    var narrow = Buffer(width: 3, height: 1)
    narrow.set(Cell("日"), at: Point(x: 2, y: 0))
    #expect(narrow[2, 0].symbol == " ")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.set(string: "日本語", at: .zero)
    buffer.set(string: "x", at: Point(x: 1, y: 0))
    #expect(buffer.plainText() == " x本語")
    buffer.set(string: "y", at: Point(x: 2, y: 0))
    #expect(buffer.plainText() == " xy 語")
    #expect(buffer[3, 0].width == 1)
  }

  @Test func writesOutsideTheBufferAreIgnored() {
    var buffer = Buffer(width: 4, height: 2)
    buffer.set(string: "x", at: Point(x: -1, y: 0))
    buffer.set(string: "x", at: Point(x: 0, y: 5))
    buffer.fill(Rect(x: 3, y: 1, width: 10, height: 10), with: Cell("#"))
    #expect(buffer.plainText() == "\n   #")
  }

  @Test func plainTextTrimsOrKeepsTrailingSpaces() {
    var buffer = Buffer(width: 4, height: 2)
    buffer.set(string: "ab", at: .zero)
    #expect(buffer.plainText() == "ab\n")
    #expect(buffer.plainText(trimmingTrailingSpaces: false) == "ab  \n    ")
  }

  @Test func linesBuildTheExpectedBuffer() {
    var buffer = Buffer(width: 5, height: 2)
    buffer.set(string: "日本", at: .zero)
    buffer.set(string: "ok", at: Point(x: 0, y: 1))
    #expect(buffer == Buffer(lines: ["日本", "ok"], width: 5))
  }

  @Test func styleAndRolesArePatchedOverAnArea() {
    var buffer = Buffer(width: 6, height: 2)
    buffer.set(string: "Title", at: .zero, style: Style(role: .title))
    buffer.setStyle(Style(role: .selected, attributes: .reverse), in: Rect(x: 0, y: 1, width: 3, height: 1))
    #expect(buffer[0, 0].style.role == .title)
    #expect(buffer[0, 1].style.attributes == .reverse)
    #expect(buffer.roleText() == "title×5 -×1\nselected×3 -×3")
    #expect(buffer.roleMap(legend: [.title: "T"]) == "TTTTT.\n???...")
  }

  @Test func clearDropsTextAndSetsStyle() {
    var buffer = Buffer(lines: ["abcd", "efgh"])
    buffer.clear(Rect(x: 1, y: 0, width: 2, height: 2), style: Style(role: .dialog))
    #expect(buffer.plainText() == "a  d\ne  h")
    #expect(buffer.roleText() == "-×1 dialog×2 -×1\n-×1 dialog×2 -×1")
  }

  @Test func lineSpansKeepTheirStylesAndShareOneEllipsis() {
    var buffer = Buffer(width: 8, height: 1)
    let line = Line([Span("F6", role: .hintKey), Span(" Refusal", role: .hintText)])
    buffer.set(line: line, at: .zero)
    #expect(buffer.plainText() == "F6 Refu…")
    #expect(buffer.roleText() == "hint_key×2 hint_text×6")
    var aligned = Buffer(width: 8, height: 1)
    aligned.set(line: "3,00 €", at: .zero, maxWidth: 8, alignment: .right)
    #expect(aligned.plainText() == "  3,00 €")
  }

  @Test func asciiLinesAreCutAlignedAndStyledByTheRules() {
    var generator = SystemRandomNumberGenerator()
    let roles: [StyleRole] = ["r0", "r1", "r2", "r3"]
    let alphabet = Array(" !~azAZ09…".unicodeScalars.filter(\.isASCII))
    for _ in 0..<5_000 {
      let spans = (0..<Int.random(in: 0...4, using: &generator)).map { index in
        Span(
          String((0..<Int.random(in: 0...8, using: &generator)).map { _ in Character(alphabet.randomElement()!) }),
          role: roles[index])
      }
      let width = Int.random(in: 1...20, using: &generator)
      let x = Int.random(in: 0..<width, using: &generator)
      let maxWidth = Bool.random(using: &generator) ? Int.random(in: 1...20, using: &generator) : nil
      let alignment = [Alignment.left, .center, .right].randomElement(using: &generator)!
      var buffer = Buffer(width: width, height: 1)
      let end = buffer.set(line: Line(spans), at: Point(x: x, y: 0), maxWidth: maxWidth, alignment: alignment)

      var characters = spans.enumerated().flatMap { index, span in span.text.map { ($0, roles[index]) } }
      let limit = min(width - x, maxWidth ?? .max)
      var start = x
      if characters.count > limit {
        characters = Array(characters.prefix(limit - 1)) + [("…", characters[limit - 1].1)]
      } else if maxWidth != nil {
        let room = limit - characters.count
        start += alignment == .left ? 0 : alignment == .center ? room / 2 : room
      }
      let written = (0..<width).map { buffer[$0, 0] }
      let expected = (0..<width).map { column in
        (start..<start + characters.count).contains(column) ? characters[column - start] : (" ", nil)
      }
      #expect(end == start + characters.count)
      let input = "\(spans) in \(width) from \(x), max \(String(describing: maxWidth))"
      #expect(written.map(\.symbol) == expected.map { String($0.0) }, "\(input)")
      #expect(written.map(\.style.role) == expected.map(\.1))
    }
  }
}
