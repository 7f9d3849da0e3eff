import Testing

@testable import TerminalUI

@Suite struct ChoiceFieldTests {
  let severities = ["low", "normal", "high", "urgent"]

  @Test func arrowsCycleAndWrap() {
    var state = ChoiceFieldState(options: severities, index: 1)
    state.handle(.right)
    #expect(state.selected == "high")
    state.handle(.right)
    state.handle(.right)
    #expect(state.selected == "low")
    state.handle(.left)
    #expect(state.selected == "urgent")
  }

  @Test func firstLetterJumpsToTheNextMatch() {
    var state = ChoiceFieldState(options: ["Bon fehlt", "benutzt", "Frist", "Hygiene"])
    let handled1 = state.handle(.character("b"))
    #expect(handled1)
    #expect(state.selected == "benutzt")
    state.handle(.character("B"))
    #expect(state.selected == "Bon fehlt")
    let handled2 = state.handle(.character("x"))
    #expect(!handled2)
    let handled3 = state.handle(.tab)
    #expect(!handled3)
  }

  @Test func rendersBetweenArrows() {
    var buffer = Buffer(width: 14, height: 1)
    buffer.render(ChoiceField(state: ChoiceFieldState(options: severities, index: 3)))
    #expect(buffer.plainText() == "‹ urgent ›")
    #expect(buffer.roleText() == "muted×1 input×8 muted×1 input×4")
    var narrow = Buffer(width: 7, height: 1)
    narrow.render(ChoiceField(state: ChoiceFieldState(options: severities, index: 3)))
    #expect(narrow.plainText() == "‹ ur… ›")
  }
}
