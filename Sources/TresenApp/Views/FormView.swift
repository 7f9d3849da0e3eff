import TerminalUI
import TresenCore

/// A capture or triage form in a box over the dashboard: one line per field (label, editor),
/// with the problem under a field that cannot be saved. The cursor sits in the focused field.
struct FormView {
  let symbols: BorderSymbols
  static let labelWidth = 14

  func render(_ form: FormState, _ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let width = min(area.width - 2, 76)
    let textWidth = width - 4
    let failure = form.failure.map { ("⚠ " + $0).wrapped(toWidth: textWidth) } ?? []
    let errors = form.fields.map { field in field.error.map { ("⚠ " + $0).wrapped(toWidth: textWidth) } ?? [] }
    let errorLines = failure.count + errors.reduce(0) { $0 + $1.count }
    let height = min(area.height, form.fields.count + errorLines + 4)
    let modal = Modal(title: form.title(l), size: Size(width: width, height: height), symbols: symbols)
    frame.render(modal, in: area)
    let content = modal.contentArea(in: area).inset(left: 1, right: 1)
    var y = content.y
    for line in failure {
      _ = frame.buffer.set(
        line: Line([Span(line, role: .error)]), at: Point(x: content.x, y: y), maxWidth: content.width)
      y += 1
    }
    for (index, field) in form.fields.enumerated() where y < content.bottom - 1 {
      let focused = index == form.focus
      let label = Line([Span(l(field.label), style: Style(role: .text, attributes: focused ? .bold : []))])
      _ = frame.buffer.set(line: label, at: Point(x: content.x, y: y), maxWidth: FormView.labelWidth)
      let editor = Rect(
        x: content.x + FormView.labelWidth, y: y, width: max(1, content.width - FormView.labelWidth), height: 1)
      renderEditor(field, focused: focused, suggestion: form.suggestion(for: field), l, in: editor, frame: &frame)
      y += 1
      // The whole width, wrapped: the advice at the end of a message must stay readable.
      for line in errors[index] where y < content.bottom - 1 {
        _ = frame.buffer.set(
          line: Line([Span(line, role: .error)]), at: Point(x: content.x, y: y), maxWidth: content.width)
        y += 1
      }
    }
    _ = frame.buffer.set(
      line: Line([Span(l(.formHint), role: .muted)]), at: Point(x: content.x, y: content.bottom - 1),
      maxWidth: content.width)
  }

  private func renderEditor(
    _ field: FormField, focused: Bool, suggestion: String?, _ l: Localizer, in area: Rect, frame: inout Frame
  ) {
    let inputStyle = Style(role: .input, attributes: focused ? .bold : [])
    switch field.editor {
    case .text(let state):
      let textField = TextField(state: state, placeholder: "", style: inputStyle)
      let width = field.role == .note || field.role == .text ? area.width : min(area.width, 32)
      let box = Rect(x: area.x, y: area.y, width: width, height: 1)
      frame.render(textField, in: box)
      if let suggestion, focused {
        let rest = String(suggestion.dropFirst(state.text.count))
        let after = textField.cursorPosition(in: box)
        _ = frame.buffer.set(line: Line([Span(rest, role: .muted)]), at: after, maxWidth: box.right - after.x)
      }
      if field.role == .until, state.text.isEmpty, !focused {
        _ = frame.buffer.set(line: Line([Span(l(.labelNone), role: .muted)]), at: box.origin, maxWidth: box.width)
      }
      if focused {
        frame.cursor = textField.cursorPosition(in: box)
        frame.isCursorVisible = true
      }
    case .choice(let state, _):
      let choice = ChoiceField(state: state, style: inputStyle)
      frame.render(choice, in: area)
      if focused {
        frame.cursor = choice.cursorPosition(in: area)
        frame.isCursorVisible = false
      }
    case .rating(let value):
      let stars = value.map { l.stars($0) } ?? "☆☆☆☆☆"
      let line = Line([Span(stars, style: inputStyle), Span("  " + l(.labelRatingHint), role: .muted)])
      _ = frame.buffer.set(line: line, at: area.origin, maxWidth: area.width)
      if focused {
        frame.cursor = area.origin
        frame.isCursorVisible = false
      }
    }
  }
}
