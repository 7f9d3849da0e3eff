/// How a complaint was resolved.
///
/// Raw values are the words stored on disk; labels are localized (see `Strings`).
public enum Outcome: String, CaseIterable, Sendable, Hashable {
  case refund
  case replacement
  case repair
  case voucher
  case comp
  case apology
  case explanation
  case rejected
  case other
}
