import Testing

@testable import TerminalUI

@Suite struct TerminalTests {
  private func screen(_ frame: inout Frame, status: String) {
    let rows = frame.area.rows([.fill, .length(1)])
    frame.render(Block(title: "Today"), in: rows[0])
    frame.render(StatusLine(left: Line(status)), in: rows[1])
    frame.cursor = Point(x: 1, y: 1)
  }

  @Test func firstFrameSendsEveryCell() throws {
    let backend = TestBackend(width: 20, height: 4)
    let terminal = Terminal(backend: backend)
    try terminal.draw { screen(&$0, status: "ready") }
    #expect(backend.drawnCellCounts == [80])
    #expect(backend.clearCount == 1)
    #expect(
      backend.screenText() == """
        ┌ Today ───────────┐
        │                  │
        └──────────────────┘
        ready
        """)
    #expect(backend.roleText().split(separator: "\n").last == "status×20")
    #expect(backend.cursorPosition == Point(x: 1, y: 1))
    #expect(!backend.isCursorVisible)
  }

  @Test func identicalFrameSendsNothingAndASmallChangeOnlyItsCells() throws {
    let backend = TestBackend(width: 20, height: 4)
    let terminal = Terminal(backend: backend)
    try terminal.draw { screen(&$0, status: "ready") }
    let unchanged = try terminal.draw { screen(&$0, status: "ready") }
    #expect(unchanged.isEmpty)
    let changed = try terminal.draw { screen(&$0, status: "reads") }
    #expect(changed.map(\.position) == [Point(x: 4, y: 3)])
    #expect(backend.drawnCellCounts == [80, 1])
    #expect(backend.flushCount == 3)
    #expect(backend.screenText().hasSuffix("reads"))
  }

  @Test func resizeAndInvalidateSendEverything() throws {
    let backend = TestBackend(width: 20, height: 4)
    let terminal = Terminal(backend: backend)
    try terminal.draw { screen(&$0, status: "ready") }
    backend.resize(to: Size(width: 10, height: 3))
    #expect(try terminal.readKey(timeoutMilliseconds: 250) == .resize)
    try terminal.draw { screen(&$0, status: "ready") }
    #expect(backend.lastDrawnCellCount == 30)
    #expect(
      backend.screenText() == """
        ┌ Today ─┐
        └────────┘
        ready
        """)
    terminal.invalidate()
    try terminal.draw { screen(&$0, status: "ready") }
    #expect(backend.drawnCellCounts == [80, 30, 30])
    #expect(backend.clearCount == 3)
  }

  @Test func wideCharactersSurviveDiffing() throws {
    let backend = TestBackend(width: 8, height: 1)
    let terminal = Terminal(backend: backend)
    try terminal.draw { $0.buffer.set(string: "ab日本", at: .zero) }
    try terminal.draw { $0.buffer.set(string: "a日本c", at: .zero) }
    #expect(backend.screenText() == "a日本c")
    try terminal.draw { $0.buffer.set(string: "abcdef", at: .zero) }
    #expect(backend.screenText() == "abcdef")
  }

  @Test func cursorFollowsTheFrame() throws {
    let backend = TestBackend(width: 10, height: 2)
    let terminal = Terminal(backend: backend)
    try terminal.draw { frame in
      frame.cursor = Point(x: 4, y: 1)
      frame.isCursorVisible = true
    }
    #expect(backend.cursorPosition == Point(x: 4, y: 1))
    #expect(backend.isCursorVisible)
  }
}

@Suite struct TestBackendTests {
  @Test func scriptedKeysAreReplayedInOrderThenNil() throws {
    let backend = TestBackend(width: 80, height: 24, keys: [.character("ä"), .function(6), .tab])
    backend.queue([.ctrl("l"), .mouse(MouseEvent(.wheelDown, at: Point(x: 1, y: 2)))])
    var keys: [Key] = []
    while let key = try backend.readKey(timeoutMilliseconds: 25) { keys.append(key) }
    #expect(
      keys == [.character("ä"), .function(6), .tab, .ctrl("l"), .mouse(MouseEvent(.wheelDown, at: Point(x: 1, y: 2)))])
    #expect(backend.readTimeouts == [25, 25, 25, 25, 25, 25])
  }

  @Test func drawingOutsideTheScreenIsAnError() {
    let backend = TestBackend(width: 2, height: 1)
    #expect(throws: TerminalError.self) {
      try backend.draw([CellChange(position: Point(x: 5, y: 0), cell: Cell("x"))])
    }
  }
}

@Suite struct LargeScreenTests {
  @Test func movingTheSelectionInAHugeTableSendsOnlyTheTwoRowsThatChanged() throws {
    let backend = TestBackend(width: 200, height: 60)
    let terminal = Terminal(backend: backend)
    var calls = 0
    func frame(_ frame: inout Frame, selected: Int) {
      let table = Table(
        columns: [TableColumn("#", width: .length(8), alignment: .right), TableColumn("Text", width: .fill)],
        count: 100_000, state: ListState(selected: selected)
      ) { index in
        calls += 1
        return TableRow(texts: ["\(index)", "Beschwerde \(index)"])
      }
      frame.render(table)
      frame.cursor = table.cursorPosition(in: frame.area)
    }
    try terminal.draw { frame(&$0, selected: 10) }
    try terminal.draw { frame(&$0, selected: 11) }
    #expect(calls == 2 * 59)
    #expect(backend.drawnCellCounts == [12_000, 400])
    #expect(backend.cursorPosition == Point(x: 0, y: 12))
  }
}
