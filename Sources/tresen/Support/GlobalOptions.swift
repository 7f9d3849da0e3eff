import ArgumentParser
import Foundation
import TresenCore

/// Options every command takes (DESIGN.md §4).
struct GlobalOptions: ParsableArguments {
  @Option(help: "The data folder (default: $TRESEN_DATA_DIR, else $XDG_DATA_HOME/tresen).")
  var dataDir: String?

  @Option(help: "The config file (default: $TRESEN_CONFIG, else $XDG_CONFIG_HOME/tresen/config.toml).")
  var config: String?

  @Option(help: "This computer's device name (default: $TRESEN_DEVICE, config, host name).")
  var device: String?

  @Option(help: "Staff initials or name recorded with each entry.")
  var staff: String?

  @Option(help: "Language: de or en (default: $TRESEN_LANG, config, $LANG).")
  var lang: String?

  @Option(help: "Colour theme: a name from `tresen themes list`, or a file (default: config, else built-in).")
  var theme: String?

  /// The overrides these options give.
  func overrides() throws -> Settings.Overrides {
    var language: Language?
    if let lang {
      guard let parsed = Language(rawValue: lang.lowercased()) else {
        throw ValidationError("--lang must be de or en, not '\(lang)'.")
      }
      language = parsed
    }
    return Settings.Overrides(
      dataDirectory: dataDir, configPath: config, device: device, staff: staff, language: language, theme: theme)
  }

  /// The language to speak before settings are resolved (for config errors).
  var fallbackLanguage: Language {
    let environment = ProcessInfo.processInfo.environment
    if let lang, let language = Language(rawValue: lang.lowercased()) { return language }
    if let value = environment["TRESEN_LANG"], let language = Language(rawValue: value.lowercased()) { return language }
    let locale = environment["LC_ALL"] ?? environment["LC_MESSAGES"] ?? environment["LANG"] ?? ""
    return Language(locale: locale) ?? .en
  }

  /// Settings from these options, the environment and the config file.
  func settings(dataDirectory: String? = nil) throws -> Settings {
    var overrides = try overrides()
    if let dataDirectory { overrides.dataDirectory = dataDirectory }
    do {
      return try Settings.resolve(
        overrides, environment: ProcessInfo.processInfo.environment, hostName: ProcessInfo.processInfo.hostName)
    } catch {
      throw Failure.config(error, fallbackLanguage)
    }
  }

  /// The workspace these options name.
  func workspace() throws -> Workspace {
    Workspace(settings: try settings())
  }
}
