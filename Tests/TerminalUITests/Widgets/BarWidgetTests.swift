import Testing

@testable import TerminalUI

@Suite struct HintBarTests {
  let hints = [
    Hint(key: "?", label: "Help", priority: 2),
    Hint(key: "/", label: "Filter"),
    Hint(.function(6), label: "Refusal"),
    Hint(.function(7), label: "Comp"),
    Hint(key: "q", label: "Quit", priority: 2),
  ]

  @Test func allHintsWhenWide() {
    var buffer = Buffer(width: 50, height: 1)
    buffer.render(HintBar(hints))
    #expect(buffer.plainText() == "? Help  / Filter  F6 Refusal  F7 Comp  q Quit")
    #expect(buffer.roleText().hasPrefix("hint_key×1 hint_text×7 hint_key×1"))
  }

  @Test func dropsWholeHintsThatDoNotFitKeepingImportantOnes() {
    var buffer = Buffer(width: 30, height: 1)
    buffer.render(HintBar(hints))
    #expect(buffer.plainText() == "? Help  / Filter  q Quit")
    var tiny = Buffer(width: 6, height: 1)
    tiny.render(HintBar(hints))
    #expect(tiny.plainText() == "? Help")
  }
}

@Suite struct StatusLineTests {
  @Test func rightTextWinsAndLeftIsTruncated() {
    var buffer = Buffer(width: 30, height: 1)
    buffer.render(StatusLine(left: "Rückgabe abgelehnt – u rückgängig", right: "gespeichert 14:02"))
    #expect(buffer.plainText() == "Rückgabe ab… gespeichert 14:02")
    #expect(buffer.roleText() == "status×30")
  }
}

@Suite struct ModalTests {
  @Test func centredBoxClearsWhatIsUnderneath() {
    var buffer = Buffer(width: 20, height: 7)
    buffer.fill(buffer.area, with: Cell("x"))
    let modal = Modal(title: "Quit?", size: Size(width: 14, height: 5), body: ["Really quit?"])
    buffer.render(modal)
    #expect(
      buffer.plainText() == """
        xxxxxxxxxxxxxxxxxxxx
        xxx┌ Quit? ─────┐xxx
        xxx│ Really qu… │xxx
        xxx│            │xxx
        xxx│            │xxx
        xxx└────────────┘xxx
        xxxxxxxxxxxxxxxxxxxx
        """)
    #expect(modal.contentArea(in: buffer.area) == Rect(x: 5, y: 3, width: 10, height: 2))
    #expect(buffer[4, 3].style.role == .dialog)
  }

  @Test func shrinksToASmallScreen() {
    var buffer = Buffer(width: 8, height: 3)
    buffer.render(Modal(title: "Hilfe", size: Size(width: 40, height: 20)))
    #expect(buffer.plainText() == "┌ Hil… ┐\n│      │\n└──────┘")
  }
}
