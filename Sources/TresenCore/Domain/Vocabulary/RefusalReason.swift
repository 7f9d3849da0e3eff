/// Why a return was refused.
///
/// Raw values are the words stored on disk; labels are localized (see `Strings`).
public enum RefusalReason: String, CaseIterable, Sendable, Hashable {
  case noReceipt = "no receipt"
  case used
  case pastDeadline = "past deadline"
  case hygiene
  case saleItem = "sale item"
  case other
}
