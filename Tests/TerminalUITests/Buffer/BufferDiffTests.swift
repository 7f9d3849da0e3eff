import Testing

@testable import TerminalUI

@Suite struct BufferDiffTests {
  @Test func identicalBuffersHaveNoChanges() {
    let buffer = Buffer(lines: ["hello", "world"])
    #expect(buffer.changes(from: buffer).isEmpty)
  }

  @Test func onlyChangedCellsWithPositionsAreReturned() {
    let before = Buffer(lines: ["hello", "world"])
    var after = before
    after.set(string: "J", at: Point(x: 0, y: 1))
    after.setStyle(Style(attributes: .bold), in: Rect(x: 4, y: 0, width: 1, height: 1))
    let changes = after.changes(from: before)
    #expect(changes.map(\.position) == [Point(x: 4, y: 0), Point(x: 0, y: 1)])
    #expect(changes.last?.cell.symbol == "J")
  }

  @Test func aChangedWideCharacterComesWithItsContinuation() {
    let before = Buffer(lines: ["abcd"])
    var after = before
    after.set(string: "日", at: Point(x: 1, y: 0))
    let changes = after.changes(from: before)
    #expect(changes.map(\.position.x) == [1, 2])
    #expect(changes[1].cell.isContinuation)
  }

  @Test func differentSizesChangeEveryCell() {
    let before = Buffer(width: 3, height: 2)
    let after = Buffer(width: 4, height: 2)
    #expect(after.changes(from: before).count == 8)
  }
}
