import TerminalUI
import TresenCore

/// Shown below 80×24: what is needed, what there is, and that `q` quits.
struct TooSmallView {
  func render(_ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let need = "\(AppState.minimumSize.width)×\(AppState.minimumSize.height)"
    let have = "\(state.size.width)×\(state.size.height)"
    let lines = [
      Line([Span(l(.tooSmallTitle), role: .error)]), Line(l(.tooSmallNeed, need, have)),
      Line([Span(l(.tooSmallQuit), role: .hintText)]),
    ]
    let top = max(0, (area.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < area.height {
      _ = frame.buffer.set(line: line, at: Point(x: 0, y: top + offset), maxWidth: area.width, alignment: .center)
    }
    frame.cursor = Point(x: 0, y: top)
  }
}
