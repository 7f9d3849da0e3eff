import TresenCore

extension FormState {
  /// The record the form describes, or the fields with a message each where input is wrong.
  /// Nothing typed is changed either way.
  func payload(_ parse: InputParser) -> Result<Payload, FieldErrors> {
    var errors = FieldErrors()
    func value<T>(_ role: FormField.Role, _ read: (FormField) throws(InputError) -> T) -> T? {
      guard let index = fields.firstIndex(where: { $0.role == role }) else { return nil }
      do { return try read(fields[index]) } catch {
        errors.messages[index] = error
        return nil
      }
    }
    func word<Word: RawRepresentable<String>>(_ role: FormField.Role, _ type: Word.Type) -> Word? {
      fields.first { $0.role == role }?.word.flatMap(Word.init(rawValue:))
    }
    let name = InputParser.maximumNameLength
    let customer = value(.customer) { field throws(InputError) in try parse.optionalName(field.text, field: .customer) }
    let note = value(.note) { field throws(InputError) in try parse.optionalText(field.text, field: .note) }
    let rating = fields.first { $0.role == .rating }?.rating
    /// Item, price and cost of a comp or refusal.
    func goods() -> (String?, Int64?, Int64??) {
      (
        value(.item) { field throws(InputError) in try parse.text(field.text, field: .item, maximum: name) },
        value(.price) { field throws(InputError) in try parse.amount(field.text, field: .price) },
        value(.cost) { field throws(InputError) in try parse.optionalAmount(field.text, field: .cost) }
      )
    }
    let payload: Payload?
    switch kind {
    case .refusal:
      let (item, price, cost) = goods()
      payload = zip(item, price).map { item, price in
        .refusal(
          Refusal(
            item: item, priceCents: price, costCents: cost ?? nil, reason: word(.reason, RefusalReason.self) ?? .other,
            defect: word(.defect, Defect.self), customer: customer ?? nil, text: note ?? nil))
      }
    case .comp:
      let (item, price, cost) = goods()
      payload = zip(item, price).map { item, price in
        .comp(
          Comp(
            item: item, priceCents: price, costCents: cost ?? nil,
            purpose: word(.purpose, CompPurpose.self) ?? .goodwill,
            reason: note ?? nil, customer: customer ?? nil))
      }
    case .complaint:
      let text = value(.text) { field throws(InputError) in try parse.text(field.text, field: .text) }
      payload = text.map {
        .complaintOpened(
          ComplaintOpened(
            channel: word(.channel, Channel.self) ?? .counter, text: $0, customer: customer ?? nil,
            severity: word(.severity, Severity.self) ?? .normal))
      }
    case .interaction:
      let text = value(.text) { field throws(InputError) in try parse.text(field.text, field: .text) }
      payload = text.map {
        .interaction(
          Interaction(
            channel: word(.channel, Channel.self) ?? .counter, text: $0, customer: customer ?? nil, rating: rating))
      }
    case .resolve(let id):
      payload = .complaintUpdate(
        ComplaintUpdate(
          complaint: id,
          change: .resolved(outcome: word(.outcome, Outcome.self) ?? .other, text: note ?? nil, rating: rating)))
    case .wait(let id):
      let until = value(.until) { field throws(InputError) -> LocalDate? in
        field.text.isEmpty ? nil : try parse.date(field.text)
      }
      payload = .complaintUpdate(
        ComplaintUpdate(complaint: id, change: .waiting(until: until ?? nil, text: note ?? nil)))
    case .note(let id):
      let text = value(.note) { field throws(InputError) in try parse.text(field.text, field: .note) }
      payload = text.map { .complaintUpdate(ComplaintUpdate(complaint: id, change: .noted(text: $0))) }
    }
    guard errors.messages.isEmpty, let payload else { return .failure(errors) }
    return .success(payload)
  }
}

/// Input errors by field index.
struct FieldErrors: Error, Sendable {
  var messages: [Int: InputError] = [:]
}

private func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
  guard let a, let b else { return nil }
  return (a, b)
}
