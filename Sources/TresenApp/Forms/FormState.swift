import Foundation
import TerminalUI
import TresenCore

/// An open form: which record it makes, its fields in order, and the field with the cursor.
public struct FormState: Sendable, Equatable {
  /// What saving the form records.
  public enum Kind: Sendable, Equatable {
    case refusal, comp, complaint, interaction
    case resolve(EventID)
    case wait(EventID)
    case note(EventID)
  }

  public var kind: Kind
  public var fields: [FormField]
  /// The field with the cursor.
  public var focus: Int = 0
  /// Names offered when typing a customer, most frequent first.
  public var customers: CustomerIndex
  /// A save failure, shown above the fields; everything typed stays.
  public var failure: String?

  /// A form of `kind` with the field order of DESIGN.md §5 and the defaults (channel counter).
  public init(_ kind: Kind, localizer: Localizer, customers: CustomerIndex = CustomerIndex([])) {
    self.kind = kind
    self.customers = customers
    let l = localizer
    func text(_ role: FormField.Role) -> FormField { FormField(role, .text(TextFieldState())) }
    switch kind {
    case .refusal:
      fields = [
        text(.item), text(.price), text(.cost), .choice(.reason, RefusalReason.self, localizer: l),
        .choice(.defect, Defect.self, optional: true, localizer: l), text(.customer), text(.note),
      ]
    case .comp:
      fields = [
        text(.item), text(.price), text(.cost), .choice(.purpose, CompPurpose.self, initial: .goodwill, localizer: l),
        text(.customer), text(.note),
      ]
    case .complaint:
      fields = [
        text(.text), text(.customer), .choice(.channel, Channel.self, initial: .counter, localizer: l),
        .choice(.severity, Severity.self, initial: .normal, localizer: l),
      ]
    case .interaction:
      fields = [
        text(.text), text(.customer), .choice(.channel, Channel.self, initial: .counter, localizer: l),
        FormField(.rating, .rating(nil)),
      ]
    case .resolve:
      fields = [
        .choice(.outcome, Outcome.self, initial: .apology, localizer: l), text(.note), FormField(.rating, .rating(nil)),
      ]
    case .wait:
      fields = [text(.until), text(.note)]
    case .note:
      fields = [text(.note)]
    }
    pristine = fields.map(\.editor)
  }

  /// The fields as the form opened, to tell whether anything changed.
  private var pristine: [FormField.Editor] = []

  /// Whether anything was typed or picked (Esc then asks before discarding).
  public var isTouched: Bool { fields.map(\.editor) != pristine }

  /// The title of the form.
  func title(_ localizer: Localizer) -> String {
    switch kind {
    case .refusal: localizer(.formRefusal)
    case .comp: localizer(.formComp)
    case .complaint: localizer(.formComplaint)
    case .interaction: localizer(.formInteraction)
    case .resolve(let id): localizer(.formResolve, id.short)
    case .wait(let id): localizer(.formWait, id.short)
    case .note(let id): localizer(.formNote, id.short)
    }
  }

  /// The best known customer name that starts with what is typed in `field`, if longer.
  func suggestion(for field: FormField) -> String? {
    guard field.role == .customer else { return nil }
    return customers.suggestion(completing: field.text)
  }
}
