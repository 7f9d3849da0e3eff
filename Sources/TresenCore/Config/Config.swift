import Foundation
import TOMLKit

/// The settings a config file may hold (`config.toml`, DESIGN.md §3.1). Every field is
/// optional; missing ones fall back to the environment and defaults.
///
/// ```toml
/// business_name = "Café Tresen"
/// currency = "EUR"
/// language = "de"
/// device = "kasse-1"
/// staff = "AM"
/// day_start_hour = 4
/// theme = "nord"
/// retention_years = 3
/// ```
public struct Config: Sendable, Equatable {
  public var businessName: String?
  public var currency: String?
  public var language: Language?
  public var device: String?
  public var staff: String?
  public var dayStartHour: Int?
  /// The colour theme: a name from `tresen themes list` or a file path.
  public var theme: String?
  /// Anonymise records older than this many years (`tresen prune`); `nil` keeps everything.
  public var retentionYears: Int?

  /// The keys a config file may use.
  public static let keys = [
    "business_name", "currency", "language", "device", "staff", "day_start_hour", "theme", "retention_years",
  ]

  public init() {}

  /// Reads the config at `path`; an absent file means defaults.
  public static func load(path: String) throws(ConfigError) -> Config {
    guard FileManager.default.fileExists(atPath: path) else { return Config() }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, code: access(path, R_OK) == 0 ? EIO : EACCES)
    }
    return try parse(String(decoding: data, as: UTF8.self), path: path)
  }

  /// Parses config text; `path` is used in error messages.
  public static func parse(_ source: String, path: String) throws(ConfigError) -> Config {
    if let (line, column) = TOMLGuard.badHeader(in: source) {
      throw .syntax(path: path, line: line, column: column, message: "a table header needs a key")
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: source)
    } catch let error as TOMLParseError {
      throw .syntax(
        path: path, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
    } catch {
      throw .syntax(path: path, line: 1, column: 1, message: String(describing: error))
    }
    var config = Config()
    for key in table.keys.sorted() {
      let line = lineNumber(of: key, in: source)
      let value = table[key]
      func text(_ expected: ConfigError.Expectation = .text) throws(ConfigError) -> String {
        guard let string = value?.string else {
          throw .invalidValue(path: path, line: line, key: key, expected: expected)
        }
        return string
      }
      switch key {
      case "business_name": config.businessName = try text()
      case "device": config.device = try text()
      case "staff": config.staff = try text()
      case "theme": config.theme = try text()
      case "currency":
        let code = try text(.currency).uppercased()
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
          throw .invalidValue(path: path, line: line, key: key, expected: .currency)
        }
        config.currency = code
      case "language":
        guard let language = Language(rawValue: try text(.language).lowercased()) else {
          throw .invalidValue(path: path, line: line, key: key, expected: .language)
        }
        config.language = language
      case "day_start_hour":
        guard let hour = value?.int, (0...23).contains(hour) else {
          throw .invalidValue(path: path, line: line, key: key, expected: .hour)
        }
        config.dayStartHour = hour
      case "retention_years":
        guard let years = value?.int, (1...100).contains(years) else {
          throw .invalidValue(path: path, line: line, key: key, expected: .years)
        }
        config.retentionYears = years
      default:
        throw .unknownKey(path: path, line: line, key: key)
      }
    }
    return config
  }

  /// The 1-based line where `key` is assigned, for messages (TOMLKit keeps no positions).
  private static func lineNumber(of key: String, in text: String) -> Int {
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard trimmed.hasPrefix(key) || trimmed.hasPrefix("\"\(key)\"") else { continue }
      let rest = trimmed.dropFirst(trimmed.hasPrefix("\"") ? key.count + 2 : key.count)
      if rest.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("=") { return index + 1 }
    }
    return 1
  }
}
