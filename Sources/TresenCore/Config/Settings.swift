import Foundation

/// Everything a run needs to know, resolved once from options, environment, config and
/// defaults in the order DESIGN.md §3.1 and §9 give.
public struct Settings: Sendable {
  public var dataDirectory: String
  public var configPath: String
  public var device: String
  public var staff: String?
  public var language: Language
  public var businessName: String
  public var currency: String
  public var dayStartHour: Int
  /// The theme asked for by `--theme` or the config; `nil` = the default choice.
  public var theme: String?
  /// Where disposable caches go (`$XDG_CACHE_HOME/tresen`, DESIGN.md §3.1); `nil` keeps none.
  public var cacheDirectory: String?
  /// Records older than this many years are anonymised (`retention_years`); `nil` keeps all.
  public var retentionYears: Int?

  /// What the command line said; `nil` means "not given".
  public struct Overrides: Sendable {
    public var dataDirectory: String?
    public var configPath: String?
    public var device: String?
    public var staff: String?
    public var language: Language?
    public var theme: String?

    public init(
      dataDirectory: String? = nil, configPath: String? = nil, device: String? = nil, staff: String? = nil,
      language: Language? = nil, theme: String? = nil
    ) {
      self.dataDirectory = dataDirectory
      self.configPath = configPath
      self.device = device
      self.staff = staff
      self.language = language
      self.theme = theme
    }
  }

  /// Resolves the settings.
  /// - Parameters:
  ///   - environment: the process environment (injected for tests).
  ///   - hostName: the machine's name, the last fallback for the device.
  public static func resolve(
    _ overrides: Overrides, environment: [String: String], hostName: String
  ) throws(ConfigError) -> Settings {
    func env(_ name: String) -> String? {
      guard let value = environment[name], !value.isEmpty else { return nil }
      return value
    }
    let home = env("HOME") ?? "/tmp"
    let configPath =
      overrides.configPath ?? env("TRESEN_CONFIG")
      ?? (env("XDG_CONFIG_HOME") ?? home + "/.config") + "/tresen/config.toml"
    let config = try Config.load(path: configPath)
    let dataDirectory =
      overrides.dataDirectory ?? env("TRESEN_DATA_DIR")
      ?? (env("XDG_DATA_HOME") ?? home + "/.local/share") + "/tresen"
    let device = overrides.device ?? env("TRESEN_DEVICE") ?? config.device ?? hostName
    let localeLanguage = [env("LC_ALL"), env("LC_MESSAGES"), env("LANG")].compactMap { $0 }.first
      .flatMap(Language.init(locale:))
    let language =
      overrides.language ?? env("TRESEN_LANG").flatMap { Language(rawValue: $0.lowercased()) } ?? config.language
      ?? localeLanguage ?? .en
    return Settings(
      dataDirectory: dataDirectory, configPath: configPath, device: DataDirectory.sanitizeDevice(device),
      staff: overrides.staff ?? env("TRESEN_STAFF") ?? config.staff, language: language,
      businessName: config.businessName ?? "Tresen", currency: config.currency ?? "EUR",
      dayStartHour: config.dayStartHour ?? 0, theme: overrides.theme ?? config.theme,
      cacheDirectory: (env("XDG_CACHE_HOME") ?? home + "/.cache") + "/tresen", retentionYears: config.retentionYears)
  }
}
