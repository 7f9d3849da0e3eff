import Foundation

/// Finds the line of a key in TOML text, since TOMLKit keeps no positions: top-level keys
/// before the first table header, role keys inside `[roles]`.
struct KeyLines {
  private var top: [String: Int] = [:]
  private var roles: [String: Int] = [:]

  init(_ source: String) {
    var section: String? = nil
    for (index, raw) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      if line.hasPrefix("[") {
        let header = line.dropFirst().prefix { $0 != "]" }.trimmingCharacters(in: [" ", "\t", "\""])
        section = header
        if top[header] == nil { top[header] = index + 1 }
        continue
      }
      guard let key = Self.key(in: line) else { continue }
      if section == nil, top[key] == nil { top[key] = index + 1 }
      if section == "roles", roles[key] == nil { roles[key] = index + 1 }
    }
  }

  /// The line of top-level `key` (or of the table header `[key]`); nil when not found.
  func top(_ key: String) -> Int? { top[key] }

  /// The line of `key` inside `[roles]`; nil when not found.
  func role(_ key: String) -> Int? { roles[key] }

  /// The key a `key = value` line assigns, without quotes.
  private static func key(in line: Substring) -> String? {
    guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { return nil }
    let key = line[..<equals].trimmingCharacters(in: [" ", "\t"])
    guard !key.isEmpty else { return nil }
    if key.count >= 2, let first = key.first, first == "\"" || first == "'", key.last == first {
      return String(key.dropFirst().dropLast())
    }
    return key
  }
}
