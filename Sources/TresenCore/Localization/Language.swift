/// The languages Tresen speaks.
public enum Language: String, CaseIterable, Sendable, Hashable {
  case en
  case de

  /// The language a locale string (`de_DE.UTF-8`, `en_US`) asks for; `nil` when unknown.
  public init?(locale: String) {
    let lower = locale.lowercased()
    if lower.hasPrefix("de") {
      self = .de
    } else if lower.hasPrefix("en") || lower == "c" || lower.hasPrefix("c.") || lower == "posix" {
      self = .en
    } else {
      return nil
    }
  }
}
