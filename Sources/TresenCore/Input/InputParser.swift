/// Checks and converts what a user typed into domain values, or says precisely what is wrong.
public struct InputParser: Sendable {
  /// Longest free text accepted (notes, complaint texts).
  public static let maximumTextLength = 4000
  /// Longest name accepted (items, customers).
  public static let maximumNameLength = 200

  public let localizer: Localizer

  public init(localizer: Localizer) { self.localizer = localizer }

  /// A required text: trimmed, not empty, not too long.
  public func text(
    _ input: String, field: InputError.Field, maximum: Int = maximumTextLength
  ) throws(InputError)
    -> String
  {
    guard let text = try optionalText(input, field: field, maximum: maximum) else { throw .emptyText(field: field) }
    return text
  }

  /// An optional text: `nil` when empty after trimming.
  public func optionalText(
    _ input: String?, field: InputError.Field, maximum: Int = maximumTextLength
  )
    throws(InputError) -> String?
  {
    guard let input else { return nil }
    let trimmed = input.trimmingWhitespace()
    guard !trimmed.isEmpty else { return nil }
    guard trimmed.count <= maximum else { throw .textTooLong(field: field, count: trimmed.count, maximum: maximum) }
    return trimmed
  }

  /// A name (item, customer): a text of at most `maximumNameLength` characters.
  public func optionalName(_ input: String?, field: InputError.Field) throws(InputError) -> String? {
    try optionalText(input, field: field, maximum: InputParser.maximumNameLength)
  }

  /// An amount in cents.
  public func amount(_ input: String, field: InputError.Field) throws(InputError) -> Int64 {
    do { return try Amount.parse(input, currencyCode: localizer.currency) } catch {
      throw .amount(field: field, input: input, failure: error)
    }
  }

  /// An optional amount: `nil` when empty.
  public func optionalAmount(_ input: String?, field: InputError.Field) throws(InputError) -> Int64? {
    guard let input, !input.trimmingWhitespace().isEmpty else { return nil }
    return try amount(input, field: field)
  }

  /// A vocabulary word, by stored word or label in either language.
  public func choice<Word: RawRepresentable<String> & CaseIterable>(
    _ input: String, field: InputError.Field, as type: Word.Type
  ) throws(InputError) -> Word {
    guard let word = localizer.parse(input, as: type) else {
      throw .choice(field: field, input: input, allowed: Word.allCases.map(\.rawValue))
    }
    return word
  }

  /// A rating 1–5.
  public func rating(_ input: String) throws(InputError) -> Int {
    guard let value = Int(input.trimmingWhitespace()), (1...5).contains(value) else { throw .rating(input: input) }
    return value
  }

  /// A date as `YYYY-MM-DD` or `DD.MM.YYYY`.
  public func date(_ input: String) throws(InputError) -> LocalDate {
    guard let date = LocalDate(parsing: input) else { throw .date(input: input) }
    return date
  }

  /// The event `query` names in `ids`: the full id or an unambiguous short form.
  public func eventID(_ query: String, in ids: [EventID]) throws(InputError) -> EventID {
    let trimmed = query.trimmingWhitespace()
    if let exact = EventID(trimmed), ids.contains(exact) { return exact }
    let matches = ids.filter { $0.matches(trimmed) }
    guard let first = matches.first else { throw .unknownID(trimmed) }
    guard matches.count == 1 else { throw .ambiguousID(trimmed, matches: matches.count) }
    return first
  }
}
