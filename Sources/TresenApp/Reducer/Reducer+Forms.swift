import TerminalUI
import TresenCore

extension Reducer {
  /// Keys inside a form: move between fields, edit, pick, rate, save or cancel.
  func formKey(_ key: Key, _ form: inout FormState, _ state: inout AppState) -> [Effect] {
    let count = form.fields.count
    switch key {
    case .escape:
      state.mode = form.isTouched ? .confirmDiscard(form) : .dashboard
      return []
    case .tab, .down:
      acceptSuggestion(&form, only: key == .tab)
      form.focus = (form.focus + 1) % count
      return []
    case .backTab, .up:
      form.focus = (form.focus + count - 1) % count
      return []
    case .enter:
      // Enter saves what is typed; only Tab or → take a suggested name.
      return save(&form, &state)
    default:
      edit(key, &form.fields[form.focus], suggestion: form.suggestion(for: form.fields[form.focus]))
      form.fields[form.focus].error = nil
      return []
    }
  }

  /// Tab or Enter in a customer field takes the suggested name when one is shown.
  private func acceptSuggestion(_ form: inout FormState, only: Bool) {
    guard only, form.fields.indices.contains(form.focus), let name = form.suggestion(for: form.fields[form.focus]),
      case .text(var text) = form.fields[form.focus].editor
    else { return }
    text.setText(name)
    form.fields[form.focus].editor = .text(text)
  }

  private func edit(_ key: Key, _ field: inout FormField, suggestion: String?) {
    switch field.editor {
    case .text(var text):
      if key == .right, text.cursor == text.text.count, let suggestion {
        text.setText(suggestion)
      } else {
        _ = text.handle(key)
      }
      field.editor = .text(text)
    case .choice(var choice, let words):
      _ = choice.handle(key)
      field.editor = .choice(choice, words: words)
    case .rating(let current):
      switch key {
      case .character(let digit) where ("1"..."5").contains(digit): field.editor = .rating(Int(String(digit)))
      case .character("0"), .backspace, .delete: field.editor = .rating(nil)
      case .right: field.editor = .rating(min(5, (current ?? 0) + 1))
      case .left: field.editor = .rating(current.flatMap { $0 > 1 ? $0 - 1 : nil })
      default: field.editor = .rating(current)
      }
    }
  }

  /// Checks every field; on success hands the record to the runtime, else shows each
  /// problem next to its field and moves the cursor to the first one.
  private func save(_ form: inout FormState, _ state: inout AppState) -> [Effect] {
    let l = state.context.localizer
    switch form.payload(InputParser(localizer: l)) {
    case .success(let payload):
      form.failure = nil
      return [.record(payload, .form)]
    case .failure(let errors):
      let text = ErrorText(localizer: l)
      for index in form.fields.indices { form.fields[index].error = errors.messages[index].map(text.input) }
      if let first = errors.messages.keys.min() { form.focus = first }
      return []
    }
  }
}
