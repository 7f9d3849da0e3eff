import Foundation

/// How names are compared: case-insensitively, ignoring accents and surrounding spaces, and
/// with runs of inner spaces taken as one (`" zoe  MÜLLER "` is `"Zoë Müller"`).
public enum CustomerName {
  /// The comparison key of `name`; empty for a blank name.
  public static func normalize(_ name: String) -> String {
    // Pure ASCII has no accents or wide forms: lowercasing is all folding does, and it is
    // many times cheaper than Foundation's folding (every text is checked during erasure).
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(name.utf8) }
    let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    // Most folded texts are ASCII by now (ä → a); the byte path is the same rule, only faster.
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return normalizeASCII(folded.utf8) }
    return folded.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// `normalize` for ASCII, byte by byte: letters lowercased, runs of whitespace (tab, line
  /// feed, vertical tab, form feed, carriage return, space) as one space, none at the ends.
  private static func normalizeASCII(_ bytes: String.UTF8View) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var pendingSpace = false
    for byte in bytes {
      if byte == 0x20 || (0x09...0x0D).contains(byte) {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace { output.append(0x20) }
      pendingSpace = false
      output.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Whether `text` mentions `key` (a normalized name) anywhere, compared the same way.
  /// - Complexity: O(text × key) bytes, after one normalization of `text`.
  public static func text(_ text: String, mentions key: String) -> Bool {
    guard !key.isEmpty, text.utf8.count >= key.utf8.count else { return false }
    let haystack = Array(normalize(text).utf8)
    let needle = Array(key.utf8)
    guard haystack.count >= needle.count else { return false }
    for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
      if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
    }
    return false
  }
}
