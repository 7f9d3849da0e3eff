import ArgumentParser
import Foundation
import TresenApp
import TresenCore

/// `tresen themes list | check [FILE...]`: the themes Tresen finds and whether they read well.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "List the colour themes, or check theme files for mistakes and low contrast.",
    subcommands: [List.self, Check.self])

  /// `tresen themes list [--json]`: the built-in theme, then every file in search order.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the themes Tresen finds: name (for --theme), kind and file.",
      discussion: """
        Themes are looked for in $XDG_CONFIG_HOME/tresen/themes, then the Themes folder installed \
        beside the program (share/tresen/Themes) or in the source tree. A file in an earlier folder \
        hides one of the same name in a later folder.
        """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Print JSON: an array of objects with id, name, kind, path, origin, problems.") var json = false

    func run() throws {
      let entries = ThemeLibrary().entries()
      if json {
        Console.json(ThemesCommand.json(entries))
      } else {
        Console.out(ThemesCommand.table(entries, global.localizer))
      }
    }
  }

  /// `tresen themes check [--strict] [FILE...]`: problems with file and line, and contrast.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check theme files: unknown roles, bad values, and the contrast of every text role.",
      discussion: """
        Without files, every theme `tresen themes list` shows is checked. Contrast follows WCAG 2: \
        below 4.5:1 is a warning, below 3:1 an error. Themes of kind mono and themes that use only \
        ANSI colour names and default are not measured: their colours are the terminal's. \
        Exit status: 0 all good, 1 a problem found, 2 bad usage.
        """)

    @OptionGroup var global: GlobalOptions
    @Flag(help: "Count contrast warnings as problems (exit status 1).") var strict = false
    @Argument(help: "Theme files to check (default: every theme found).") var files: [String] = []

    func run() throws {
      let l = global.localizer
      for file in files where !FileManager.default.fileExists(atPath: file) {
        throw Failure.message(l(.themesNoSuchFile, file), exitCode: 2)
      }
      let paths = files.isEmpty ? ThemeLibrary().files.map(\.path) : files
      guard !paths.isEmpty else {
        let folders = ThemeSearch.current.folders.map(\.path)
        throw Failure.message(l(.themesNoFiles, folders.isEmpty ? "-" : folders.joined(separator: ", ")), exitCode: 1)
      }
      let report = ThemesCommand.check(paths, l)
      Console.out(report.lines.joined(separator: "\n"))
      if report.errors > 0 || report.fileProblems > 0 || (strict && report.warnings > 0) {
        throw Failure.problemsFound
      }
    }
  }

  /// What checking some files found.
  struct CheckReport {
    var lines: [String] = []
    /// Unusable files and contrast below 3:1.
    var errors = 0
    /// Contrast below 4.5:1, and file problems the theme survives.
    var warnings = 0
    /// Every problem reading the files (unknown roles, bad values, syntax).
    var fileProblems = 0
  }

  /// Checks each file in `paths` and ends with a summary line.
  static func check(_ paths: [String], _ l: Localizer) -> CheckReport {
    var report = CheckReport()
    for path in paths {
      let result = ThemeFile.load(path: path)
      report.lines += result.diagnostics.map { $0.message(l) }
      report.fileProblems += result.diagnostics.count
      let fatal = result.diagnostics.filter(\.isFatal).count
      report.errors += fatal
      report.warnings += result.diagnostics.count - fatal
      guard fatal == 0 else { continue }
      let check = ThemeCheck(result.theme)
      report.lines += check.findings(path: path, roleLines: result.roleLines, l)
      report.errors += check.count(.failure)
      report.warnings += check.count(.warning)
      if let lowest = check.lowestRatio {
        report.lines.append(
          l(.themesChecked, path, result.theme.name, l.label(result.theme.kind), ThemeCheck.ratioText(lowest, l)))
      }
    }
    report.lines.append(l(.themesSummary, paths.count, report.errors, report.warnings))
    return report
  }

  /// The listing as aligned columns: name, kind, path.
  static func table(_ entries: [ThemeLibrary.Entry], _ l: Localizer) -> String {
    let header = [l(.themesColumnName), l(.themesColumnKind), l(.themesColumnPath)]
    let rows = [header] + entries.map { [$0.id, l.label($0.kind), $0.path ?? l(.themesBuiltIn)] }
    let widths = (0..<2).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row[0].padding(toLength: widths[0] + 2, withPad: " ", startingAt: 0)
        + row[1].padding(toLength: widths[1] + 2, withPad: " ", startingAt: 0) + row[2]
    }.joined(separator: "\n")
  }

  /// The listing as language-neutral JSON.
  static func json(_ entries: [ThemeLibrary.Entry]) -> JSONValue {
    .array(
      entries.map { entry in
        .object([
          JSONMember("id", .string(entry.id)), JSONMember("name", .string(entry.name)),
          JSONMember("kind", .string(entry.kind.rawValue)),
          JSONMember("path", entry.path.map(JSONValue.string) ?? .null),
          JSONMember("origin", .string(entry.origin?.rawValue ?? "built-in")),
          JSONMember("problems", .int(entry.problemCount)),
        ])
      })
  }
}

extension GlobalOptions {
  /// The language for theme messages: the settings' if they resolve, else the fallback (a
  /// broken config file must not keep `themes check` from working).
  fileprivate var localizer: Localizer {
    Localizer((try? settings().language) ?? fallbackLanguage)
  }
}
