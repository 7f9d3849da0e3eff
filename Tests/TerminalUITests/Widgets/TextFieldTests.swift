import Testing

@testable import TerminalUI

@Suite struct TextFieldTests {
  private func typed(_ text: String) -> TextFieldState {
    var state = TextFieldState()
    for character in text { state.handle(.character(character)) }
    return state
  }

  @Test func typingInsertsAtTheCursor() {
    var state = typed("Kuchen")
    state.handle(.home)
    for character in "Käse" { state.handle(.character(character)) }
    #expect(state.text == "KäseKuchen")
    #expect(state.cursor == 4)
  }

  @Test func backspaceDeleteAndArrows() {
    var state = typed("abcd")
    state.handle(.backspace)
    #expect(state.text == "abc")
    state.handle(.left)
    state.handle(.left)
    state.handle(.delete)
    #expect(state.text == "ac")
    #expect(state.cursor == 1)
    state.handle(.right)
    state.handle(.right)
    #expect(state.cursor == 2)
    state.handle(.home)
    state.handle(.backspace)
    #expect(state.text == "ac")
    state.handle(.end)
    state.handle(.delete)
    #expect(state.text == "ac")
  }

  @Test func readlineControlKeys() {
    var state = typed("Müller hat angerufen")
    state.handle(.ctrl("w"))
    #expect(state.text == "Müller hat ")
    state.handle(.ctrl("a"))
    #expect(state.cursor == 0)
    state.handle(.ctrl("e"))
    #expect(state.cursor == 11)
    for _ in 0..<4 { state.handle(.left) }
    state.handle(.ctrl("k"))
    #expect(state.text == "Müller ")
    state.handle(.left)
    state.handle(.ctrl("u"))
    #expect(state.text == " ")
    #expect(state.cursor == 0)
  }

  @Test func graphemesMoveAsOneAndCombiningMarksJoin() {
    var state = typed("e")
    state.handle(.character("\u{301}"))
    #expect(state.text == "e\u{301}")
    #expect(state.cursor == 1)
    state.insert("👍🏽")
    state.handle(.backspace)
    #expect(state.text == "e\u{301}")
  }

  @Test func controlCharactersAndOtherKeysAreNotTyped() {
    var state = typed("ok")
    let handled1 = state.handle(.tab)
    #expect(!handled1)
    let handled2 = state.handle(.enter)
    #expect(!handled2)
    state.handle(.character("\u{1B}"))
    state.insert("\u{9B}x")
    #expect(state.text == "ok\u{FFFD}x")
  }

  @Test func scrollsSoTheCursorStaysVisible() {
    let state = typed("Käsekuchen mit Sahne")
    let field = TextField(state: state)
    var buffer = Buffer(width: 10, height: 1)
    buffer.render(field)
    #expect(buffer.plainText() == "mit Sahne")
    #expect(field.cursorPosition(in: buffer.area) == Point(x: 9, y: 0))
    var moved = state
    for _ in 0..<15 { moved.handle(.left, width: 10) }
    var again = Buffer(width: 10, height: 1)
    again.render(TextField(state: moved))
    #expect(again.plainText() == "uchen mit")
    #expect(TextField(state: moved).cursorPosition(in: again.area) == Point(x: 0, y: 0))
    moved.handle(.right, width: 10)
    #expect(TextField(state: moved).cursorPosition(in: again.area) == Point(x: 1, y: 0))
    moved.handle(.home, width: 10)
    #expect(moved.offset == 0)
  }

  @Test func wideCharactersNeverSplitAtTheFieldEdge() {
    var buffer = Buffer(width: 5, height: 1)
    var state = typed("日本語")
    state.handle(.home)
    buffer.render(TextField(state: state), in: Rect(x: 0, y: 0, width: 5, height: 1))
    #expect(buffer.plainText() == "日本")
  }

  @Test func placeholderWhenEmpty() {
    var buffer = Buffer(width: 12, height: 1)
    buffer.render(TextField(state: TextFieldState(), placeholder: "Artikel"))
    #expect(buffer.plainText() == "Artikel")
    #expect(buffer.roleText() == "muted×7 input×5")
  }
}
