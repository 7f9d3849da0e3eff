/// Why a config file cannot be used. Each case names the file and, where known, the line.
public enum ConfigError: Error, Equatable, Sendable {
  /// The file exists but cannot be read.
  case unreadable(path: String, code: Int32)
  /// A setting could not be saved to the file.
  case unwritable(path: String, code: Int32)
  /// Not valid TOML; TOMLKit's message with line and column.
  case syntax(path: String, line: Int, column: Int, message: String)
  /// A setting this version does not know (a typo, usually).
  case unknownKey(path: String, line: Int, key: String)
  /// A known setting with a value of the wrong kind or range.
  case invalidValue(path: String, line: Int, key: String, expected: Expectation)

  /// What a setting's value must be.
  public enum Expectation: Sendable, Equatable {
    case text
    case hour
    case language
    case currency
    /// Whole years, 1 to 100.
    case years
  }
}
