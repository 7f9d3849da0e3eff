/// Where a complaint stands.
///
/// Raw values are the words stored on disk; labels are localized (see `Strings`).
public enum ComplaintState: String, CaseIterable, Sendable, Hashable {
  case open
  case waiting
  case resolved
}
