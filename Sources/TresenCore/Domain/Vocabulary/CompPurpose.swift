/// Why something was given away.
///
/// Raw values are the words stored on disk; labels are localized (see `Strings`).
public enum CompPurpose: String, CaseIterable, Sendable, Hashable {
  case recovery
  case goodwill
  case marketing
  case staff
  case other
}
