import TerminalUI
import TresenCore

/// One field of a capture or triage form.
public struct FormField: Sendable, Equatable {
  /// What the field asks for; decides its label and how its text is checked.
  public enum Role: Sendable, Equatable {
    case item, price, cost, reason, defect, customer, note, purpose, text, channel, severity, rating, outcome, until
  }

  /// The field's editor.
  public enum Editor: Sendable, Equatable {
    case text(TextFieldState)
    /// A picker over stored words; `words[i]` is shown as `state.options[i]`.
    case choice(ChoiceFieldState, words: [String?])
    /// A 1–5 rating or none, set with the digit keys.
    case rating(Int?)
  }

  public var role: Role
  public var editor: Editor
  /// Why the current value cannot be saved, shown next to the field.
  public var error: String?

  public init(_ role: Role, _ editor: Editor) {
    self.role = role
    self.editor = editor
  }

  /// The text typed, for text fields.
  public var text: String {
    if case .text(let state) = editor { return state.text }
    return ""
  }

  /// The stored word chosen, for pickers.
  public var word: String? {
    if case .choice(let state, let words) = editor {
      return words.indices.contains(state.index) ? words[state.index] : nil
    }
    return nil
  }

  /// The rating chosen, for rating fields.
  public var rating: Int? {
    if case .rating(let value) = editor { return value }
    return nil
  }

  /// The label shown before the field.
  var label: StringKey {
    switch role {
    case .item: .labelItem
    case .price: .labelPrice
    case .cost: .labelCost
    case .reason: .labelReason
    case .defect: .labelDefect
    case .customer: .labelCustomer
    case .note: .labelNote
    case .purpose: .labelPurpose
    case .text: .labelText
    case .channel: .labelChannel
    case .severity: .labelSeverity
    case .rating: .labelRating
    case .outcome: .labelOutcome
    case .until: .labelUntil
    }
  }

  /// A picker over every word of `Word`, starting at `initial`; with `optional`, a leading
  /// "—" stands for none.
  static func choice<Word: RawRepresentable<String> & CaseIterable>(
    _ role: Role, _ type: Word.Type, initial: Word? = nil, optional: Bool = false, localizer: Localizer
  ) -> FormField {
    var words: [String?] = optional ? [nil] : []
    words += Word.allCases.map(\.rawValue)
    let labels = words.map { word in word.flatMap(Word.init(rawValue:)).map { localizer.label($0) } ?? "—" }
    let index = initial.flatMap { words.firstIndex(of: $0.rawValue) } ?? 0
    return FormField(role, .choice(ChoiceFieldState(options: labels, index: index), words: words))
  }
}
