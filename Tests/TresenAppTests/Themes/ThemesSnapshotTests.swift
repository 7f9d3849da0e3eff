import TerminalUI
import Testing

@testable import TresenApp

/// Which role coloured each cell of a small screen, and what each role became, for two themes.
@Suite struct ThemesSnapshotTests {
  /// A focused pane with a selected row (the selection covers the row's own roles), over a hint bar.
  private func screen(_ theme: Theme) -> Buffer {
    var buffer = Buffer(width: 22, height: 6)
    let paneArea = Rect(x: 0, y: 0, width: 22, height: 5)
    let pane = Block(title: "Today", isFocused: true)
    buffer.render(pane, in: paneArea)
    let rows: [Line] = [
      Line([Span("09:12 "), Span("☕", role: .ok), Span(" espresso")]),
      Line([Span("09:40 "), Span("✗", role: .warn), Span(" cake")]),
      Line([Span("10:02 "), Span("‼", role: .severityUrgent), Span(" cold")]),
    ]
    buffer.render(
      ListView(count: rows.count, state: ListState(selected: 1)) { rows[$0] }, in: pane.inner(paneArea))
    buffer.render(
      HintBar([Hint(key: "F7", label: "comp"), Hint(key: "q", label: "quit")]),
      in: Rect(x: 0, y: 5, width: 22, height: 1))
    theme.apply(to: &buffer)
    return buffer
  }

  /// Each role in order of first appearance with the style its first cell got.
  private func legend(_ buffer: Buffer) -> String {
    var seen: [String] = []
    var lines: [String] = []
    for y in 0..<buffer.height {
      for x in 0..<buffer.width {
        let style = buffer[x, y].style
        let name = style.role?.rawValue ?? "-"
        guard !seen.contains(name) else { continue }
        seen.append(name)
        lines.append("\(name): \(ThemeValue.format(style))")
      }
    }
    return lines.joined(separator: "\n")
  }

  private let roles = """
    border_focus×2 title×5 border_focus×15
    border_focus×1 text×6 ok×2 text×12 border_focus×1
    border_focus×1 selected×20 border_focus×1
    border_focus×1 text×6 severity_urgent×1 text×13 border_focus×1
    border_focus×22
    hint_key×2 hint_text×7 hint_key×1 hint_text×12
    """

  @Test func nord() {
    let buffer = screen(ThemeFile.load(path: ThemesFixture.themesFolder + "/nord.toml").theme)
    #expect(buffer.roleText() == roles)
    #expect(
      legend(buffer) == """
        border_focus: #88c0d0 on #2e3440 bold
        title: #88c0d0 on #2e3440 bold
        text: #d8dee9 on #2e3440
        ok: #a3be8c on #2e3440
        selected: #2e3440 on #88c0d0
        severity_urgent: #eceff4 on #bf616a bold
        hint_key: #2e3440 on #ebcb8b bold
        hint_text: #d8dee9 on #2e3440
        """)
  }

  @Test func mono() {
    let buffer = screen(ThemeFile.load(path: ThemesFixture.themesFolder + "/mono.toml").theme)
    #expect(buffer.roleText() == roles)
    #expect(
      legend(buffer) == """
        border_focus: bold
        title: bold
        text: normal
        ok: normal
        selected: reverse
        severity_urgent: bold reverse
        hint_key: bold reverse
        hint_text: normal
        """)
  }
}
