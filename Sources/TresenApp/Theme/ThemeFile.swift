import Foundation
import TOMLKit
import TerminalUI
import TresenCore

/// Reads theme files (DESIGN.md §6): TOML with `name`, `kind` and a `[roles]` table whose
/// values are `FG [on BG] [attribute...]`.
///
/// Reading never fails: what cannot be used is reported as a ``ThemeDiagnostic`` with its line,
/// and the theme falls back to the built-in default where it has to.
public enum ThemeFile {
  /// A theme and what was wrong while reading it.
  public struct Result: Sendable {
    /// The theme: as written where it could be read, built-in everywhere else.
    public var theme: Theme
    /// Problems found, in file order.
    public var diagnostics: [ThemeDiagnostic]
    /// The line of each role the file sets, for messages about the role.
    public var roleLines: [StyleRole: Int]
  }

  /// The file name extension of theme files.
  public static let fileExtension = "toml"

  /// Reads the theme at `path`.
  public static func load(path: String) -> Result {
    guard let data = FileManager.default.contents(atPath: path) else {
      let code = FileManager.default.fileExists(atPath: path) ? (access(path, R_OK) == 0 ? EIO : EACCES) : ENOENT
      return fallback(path: path, ThemeDiagnostic(path: path, problem: .unreadable(code: code)))
    }
    return parse(String(decoding: data, as: UTF8.self), path: path)
  }

  /// Reads theme text; `path` names the file in diagnostics and gives the default name.
  public static func parse(_ source: String, path: String) -> Result {
    if let (line, column) = TOMLGuard.badHeader(in: source) {
      return fallback(
        path: path,
        ThemeDiagnostic(
          path: path, line: line, column: column, problem: .syntax(message: "a table header needs a key")))
    }
    let table: TOMLTable
    do {
      table = try TOMLTable(string: source)
    } catch let error as TOMLParseError {
      return fallback(
        path: path,
        ThemeDiagnostic(
          path: path, line: error.source.begin.line, column: error.source.begin.column,
          problem: .syntax(message: error.description)))
    } catch {
      return fallback(path: path, ThemeDiagnostic(path: path, line: 1, problem: .syntax(message: "\(error)")))
    }
    let lines = KeyLines(source)
    var theme = Theme(name: stem(of: path), kind: .dark, styles: [:])
    var diagnostics: [ThemeDiagnostic] = []
    var roleLines: [StyleRole: Int] = [:]
    func report(_ line: Int?, _ problem: ThemeDiagnostic.Problem) {
      diagnostics.append(ThemeDiagnostic(path: path, line: line, problem: problem))
    }
    for key in table.keys {
      let line = lines.top(key)
      switch key {
      case "name":
        guard let name = table[key]?.string else { report(line, .notText(key: key)); continue }
        theme.name = name
      case "kind":
        guard let text = table[key]?.string else { report(line, .notText(key: key)); continue }
        guard let kind = ThemeKind(rawValue: text.lowercased()) else { report(line, .badKind(text)); continue }
        theme.kind = kind
      case "roles":
        guard let roles = table[key]?.table else { report(line, .rolesNotTable); continue }
        for name in roles.keys {
          let line = lines.role(name)
          guard let known = ThemeRole.named(name) else {
            report(line, .unknownRole(name, suggestion: ThemeRole.suggestion(for: name)))
            continue
          }
          guard let value = roles[name]?.string else { report(line, .notText(key: name)); continue }
          switch ThemeValue.parse(value) {
          case .success(let style):
            theme.styles[known.role] = style
            roleLines[known.role] = line
          case .failure(let problem): report(line, .badValue(role: name, value: value, problem: problem))
          }
        }
      default: report(line, .unknownKey(key))
      }
    }
    diagnostics.sort { ($0.line ?? 0) < ($1.line ?? 0) }
    return Result(theme: theme, diagnostics: diagnostics, roleLines: roleLines)
  }

  /// The file name of `path` without folder and extension: the name a theme is picked by.
  public static func stem(of path: String) -> String {
    let file = (path as NSString).lastPathComponent
    return file.hasSuffix("." + fileExtension) ? String(file.dropLast(fileExtension.count + 1)) : file
  }

  private static func fallback(path: String, _ diagnostic: ThemeDiagnostic) -> Result {
    Result(theme: .builtIn, diagnostics: [diagnostic], roleLines: [:])
  }
}
