/// The touchpoint through which the customer met the business.
///
/// Raw values are the words stored on disk; labels are localized (see `Strings`).
public enum Channel: String, CaseIterable, Sendable, Hashable {
  case counter
  case phone
  case email
  case chat
  case social
  case review
  case invoice
  case delivery
  case product
  case website
  case other
}
