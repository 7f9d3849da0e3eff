/// Something wrong in a theme file, with the file and line where it is. The theme still loads:
/// a bad role falls back to the built-in default and an unreadable file to the built-in theme.
public struct ThemeDiagnostic: Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Problem: Equatable, Sendable {
    /// The file cannot be read (errno).
    case unreadable(code: Int32)
    /// Not valid TOML; the parser's own message (the column is in `column`).
    case syntax(message: String)
    /// A role no view uses, with the nearest known role if one is close.
    case unknownRole(String, suggestion: String?)
    /// A top-level key other than `name`, `kind` and `[roles]`.
    case unknownKey(String)
    /// A role whose value cannot be read.
    case badValue(role: String, value: String, problem: ThemeValue.Problem)
    /// A key whose value has the wrong TOML type (`text = 3`, `roles = "x"`).
    case notText(key: String)
    /// `roles` is not a table.
    case rolesNotTable
    /// `kind` is not `dark`, `light` or `mono`.
    case badKind(String)
    /// No theme of that name or path was found.
    case notFound(String)
  }

  /// The theme file, or the name asked for when no file was found.
  public var path: String
  /// The 1-based line, or nil when the problem is not on one line.
  public var line: Int?
  /// The 1-based column, when the parser gave one.
  public var column: Int?
  /// What is wrong.
  public var problem: Problem

  /// A diagnostic for `problem` at `path`, `line`.
  public init(path: String, line: Int? = nil, column: Int? = nil, problem: Problem) {
    self.path = path
    self.line = line
    self.column = column
    self.problem = problem
  }

  /// Whether the theme could not be used at all (the built-in default is used instead).
  public var isFatal: Bool {
    switch problem {
    case .unreadable, .syntax, .notFound: true
    default: false
    }
  }

  /// `path:line:column` as editors and compilers print it.
  public var location: String {
    var text = path
    if let line { text += ":\(line)" }
    if let line, line > 0, let column { text += ":\(column)" }
    return text
  }

  /// A language-neutral description for logs and test failures.
  public var description: String { "\(location): \(problem)" }
}
