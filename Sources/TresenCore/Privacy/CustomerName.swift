import Foundation

/// How names are compared: case-insensitively, ignoring accents and surrounding spaces, and
/// with runs of inner spaces taken as one (`" zoe  MÜLLER "` is `"Zoë Müller"`).
public enum CustomerName {
  /// The comparison key of `name`; empty for a blank name.
  public static func normalize(_ name: String) -> String {
    let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    return folded.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// Whether `text` mentions `key` (a normalized name) anywhere, compared the same way.
  public static func text(_ text: String, mentions key: String) -> Bool {
    !key.isEmpty && normalize(text).contains(key)
  }
}
