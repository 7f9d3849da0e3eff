import Testing

@testable import TerminalUI

@Suite struct ListViewTests {
  @Test func rendersVisibleRowsWithSelection() {
    var buffer = Buffer(width: 12, height: 3)
    let names = ["Schäfer", "Weiß", "Müller", "Öztürk", "Jäger"]
    let list = ListView(count: names.count, state: ListState(selected: 3), highlightSymbol: "▶ ") { Line(names[$0]) }
    buffer.render(list)
    #expect(
      buffer.plainText() == """
          Weiß
          Müller
        ▶ Öztürk
        """)
    #expect(buffer.roleText() == "text×12\ntext×12\nselected×12")
    #expect(list.cursorPosition(in: buffer.area) == Point(x: 0, y: 2))
  }

  @Test func rowClosureIsCalledOnlyForVisibleRowsOfAHugeList() {
    var calls: [Int] = []
    var buffer = Buffer(width: 30, height: 5)
    let state = ListState(selected: 54_321, offset: 0)
    buffer.render(
      ListView(count: 100_000, state: state) { index in
        calls.append(index)
        return Line("Row \(index)")
      })
    #expect(calls == Array(54_317...54_321))
    #expect(buffer.plainText().split(separator: "\n").last == "Row 54321")
  }

  @Test func offsetNeverRunsPastTheEnd() {
    let state = ListState(selected: nil, offset: 95)
    #expect(state.visibleOffset(count: 100, height: 10) == 90)
    #expect(ListState(selected: 2, offset: 50).visibleOffset(count: 100, height: 10) == 2)
  }

  @Test func selectionMovesAndClamps() {
    var state = ListState()
    state.moveSelection(by: 1, count: 3)
    #expect(state.selected == 0)
    state.moveSelection(by: 10, count: 3)
    #expect(state.selected == 2)
    state.moveSelection(by: -1, count: 3)
    #expect(state.selected == 1)
    state.selectLast(count: 100)
    state.scrollToSelection(count: 100, height: 10)
    #expect(state.offset == 90)
    state.selectFirst(count: 0)
    #expect(state.selected == nil)
  }
}
