import TerminalUI
import TresenCore

/// `t`: the themes in a narrow box at the right, so the dashboard beside it shows the
/// highlighted theme live.
struct ThemePickerView {
  let symbols: BorderSymbols

  func render(_ picker: ThemePicker, _ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let width = min(area.width, max(46, (picker.choices.map { $0.theme.name.displayWidth }.max() ?? 0) + 16))
    let height = min(area.height, picker.choices.count + 4)
    let box = Rect(x: area.right - width, y: area.y, width: width, height: height)
    let modal = Modal(title: l(.pickerTitle), size: box.size, symbols: symbols)
    frame.render(modal, in: box)
    let content = modal.contentArea(in: box)
    let list = ListView(count: picker.choices.count, state: ListState(selected: picker.selected)) { index in
      let choice = picker.choices[index]
      return Line([Span(" " + choice.theme.name), Span("  " + l.label(choice.theme.kind), role: .muted)])
    }
    frame.render(list, in: content)
    if let cursor = list.cursorPosition(in: content) { frame.cursor = cursor }
  }
}
