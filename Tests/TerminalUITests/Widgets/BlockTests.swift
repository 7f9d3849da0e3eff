import Testing

@testable import TerminalUI

@Suite struct BlockTests {
  @Test func unicodeBorderWithTitle() {
    var buffer = Buffer(width: 16, height: 4)
    buffer.render(Block(title: "Today"))
    #expect(
      buffer.plainText() == """
        ┌ Today ───────┐
        │              │
        │              │
        └──────────────┘
        """)
    #expect(buffer.roleText().split(separator: "\n").first == "border×2 title×5 border×9")
  }

  @Test func asciiFallbackAndTruncatedTitle() {
    var buffer = Buffer(width: 12, height: 3)
    buffer.render(Block(title: "Open complaints", symbols: .ascii))
    #expect(
      buffer.plainText() == """
        + Open co… +
        |          |
        +----------+
        """)
  }

  @Test func focusUsesTheFocusRolesAndBoldTitle() {
    var buffer = Buffer(width: 10, height: 3)
    let block = Block(title: "Heute", isFocused: true)
    buffer.render(block)
    #expect(buffer[0, 0].style.role == .borderFocus)
    #expect(buffer[2, 0].style.role == .title)
    #expect(buffer[2, 0].style.attributes.contains(.bold))
    #expect(block.inner(buffer.area) == Rect(x: 1, y: 1, width: 8, height: 1))
  }

  @Test func wideTitleNeverSplits() {
    var buffer = Buffer(width: 9, height: 2)
    buffer.render(Block(title: "日本語日本"))
    #expect(buffer.plainText().split(separator: "\n").first == "┌ 日本… ┐")
  }
}
