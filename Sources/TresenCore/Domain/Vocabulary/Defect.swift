/// Whether a refused item was defective — a defect is a warranty matter, not goodwill.
///
/// Raw values are the words stored on disk; labels are localized (see `Strings`).
public enum Defect: String, CaseIterable, Sendable, Hashable {
  case yes
  case no
  case unknown
}
