import Testing

@testable import TerminalUI

@Suite struct KeyTests {
  @Test func rawControlCharactersMapToNamedKeys() {
    #expect(Key(typed: "\t") == .tab)
    #expect(Key(typed: "\r") == .enter)
    #expect(Key(typed: "\r\n") == .enter)
    #expect(Key(typed: "\u{1B}") == .escape)
    #expect(Key(typed: "\u{7F}") == .backspace)
    #expect(Key(typed: "\u{0C}") == .ctrl("l"))
    #expect(Key(typed: "ä") == .character("ä"))
  }

  @Test func labelsForHintsAndHelp() {
    #expect(Key.function(6).label == "F6")
    #expect(Key.backTab.label == "Shift-Tab")
    #expect(Key.ctrl("l").label == "Ctrl-L")
    #expect(Key.character(" ").label == "Space")
    #expect(Key.character("\u{1B}").label == "␛")
    #expect(Key.up.label == "↑")
  }

  @Test func onlyPrintableCharactersAreInsertable() {
    #expect(Key.character("ä").insertableCharacter == "ä")
    #expect(Key.character("\u{9B}").insertableCharacter == nil)
    #expect(Key.enter.insertableCharacter == nil)
    let click = Key.mouse(MouseEvent(.press(button: 1), at: Point(x: 3, y: 4)))
    #expect(click != Key.mouse(MouseEvent(.wheelUp, at: Point(x: 3, y: 4))))
  }
}
