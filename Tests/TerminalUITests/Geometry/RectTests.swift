import Testing

@testable import TerminalUI

@Suite struct RectTests {
  let screen = Rect(x: 0, y: 0, width: 80, height: 24)

  @Test func insetShrinksEachSideAndNeverGoesNegative() {
    #expect(screen.inset(by: 1) == Rect(x: 1, y: 1, width: 78, height: 22))
    #expect(screen.inset(top: 1, left: 2, bottom: 3, right: 4) == Rect(x: 2, y: 1, width: 74, height: 20))
    #expect(Rect(x: 5, y: 5, width: 3, height: 1).inset(by: 2).isEmpty)
  }

  @Test func intersectionIsTheSharedPartOrEmpty() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    #expect(a.intersection(Rect(x: 5, y: 8, width: 10, height: 10)) == Rect(x: 5, y: 8, width: 5, height: 2))
    #expect(a.intersection(Rect(x: 20, y: 0, width: 5, height: 5)).isEmpty)
  }

  @Test func clampingSlidesBackInsideKeepingTheSize() {
    let dialog = Rect(x: 70, y: 20, width: 20, height: 10)
    #expect(dialog.clamped(to: screen) == Rect(x: 60, y: 14, width: 20, height: 10))
    #expect(Rect(x: -5, y: 0, width: 100, height: 3).clamped(to: screen) == Rect(x: 0, y: 0, width: 80, height: 3))
  }

  @Test func centeredFitsInside() {
    #expect(screen.centered(Size(width: 40, height: 10)) == Rect(x: 20, y: 7, width: 40, height: 10))
    #expect(screen.centered(Size(width: 100, height: 30)) == screen)
  }

  @Test func splitByLengthPercentageAndFill() {
    let rows = screen.rows([.length(1), .fill, .length(1)])
    #expect(rows.map(\.height) == [1, 22, 1])
    #expect(rows.map(\.y) == [0, 1, 23])
    let columns = screen.columns([.percentage(25), .fill(1), .fill(2)])
    #expect(columns.map(\.width) == [20, 20, 40])
    #expect(columns.map(\.x) == [0, 20, 40])
  }

  @Test func fillRemainderGoesToTheFirstFills() {
    let parts = Rect(x: 0, y: 0, width: 10, height: 1).columns([.fill, .fill, .fill])
    #expect(parts.map(\.width) == [4, 3, 3])
    #expect(parts.map(\.x) == [0, 4, 7])
  }

  @Test func spacingLeavesGapsBetweenParts() {
    let parts = Rect(x: 2, y: 0, width: 21, height: 1).columns([.fill, .fill], spacing: 1)
    #expect(parts == [Rect(x: 2, y: 0, width: 10, height: 1), Rect(x: 13, y: 0, width: 10, height: 1)])
  }

  @Test func overfullFixedPartsShrinkFromTheEnd() {
    let parts = Rect(x: 0, y: 0, width: 10, height: 1).columns([.length(6), .length(6), .fill])
    #expect(parts.map(\.width) == [6, 4, 0])
    #expect(parts.allSatisfy { Rect(x: 0, y: 0, width: 10, height: 1).contains($0) })
  }
}
