import Testing
import TresenCore
import TresenTestSupport

@Suite struct SettingsTests {
  @Test func optionsBeatEnvironmentBeatConfigBeatDefaults() throws {
    let temp = TemporaryDirectory()
    temp.write(
      Array("business_name = \"Café Tresen\"\ndevice = \"Büro PC\"\nlanguage = \"de\"\nday_start_hour = 4\n".utf8),
      to: "config.toml")
    let environment = ["HOME": "/home/anna", "TRESEN_CONFIG": temp.appending("config.toml"), "LANG": "en_US.UTF-8"]
    let fromConfig = try Settings.resolve(.init(), environment: environment, hostName: "host")
    #expect(fromConfig.device == "b-ro-pc")
    #expect(fromConfig.language == .de)
    #expect(fromConfig.businessName == "Café Tresen")
    #expect(fromConfig.dayStartHour == 4)
    #expect(fromConfig.dataDirectory == "/home/anna/.local/share/tresen")

    var env2 = environment
    env2["TRESEN_DEVICE"] = "kasse-2"
    env2["TRESEN_DATA_DIR"] = "/srv/tresen"
    env2["TRESEN_LANG"] = "en"
    let fromEnvironment = try Settings.resolve(.init(), environment: env2, hostName: "host")
    #expect(fromEnvironment.device == "kasse-2")
    #expect(fromEnvironment.dataDirectory == "/srv/tresen")
    #expect(fromEnvironment.language == .en)

    let fromOptions = try Settings.resolve(
      .init(dataDirectory: "/d", device: "Kasse 3", language: .de), environment: env2, hostName: "host")
    #expect(fromOptions.device == "kasse-3")
    #expect(fromOptions.dataDirectory == "/d")
    #expect(fromOptions.language == .de)
  }

  @Test func withoutConfigTheLocaleAndHostNameDecide() throws {
    let settings = try Settings.resolve(
      .init(),
      environment: ["HOME": "/h", "XDG_DATA_HOME": "/x", "LANG": "de_DE.UTF-8", "TRESEN_CONFIG": "/nonexistent.toml"],
      hostName: "Theke.local")
    #expect(settings.language == .de)
    #expect(settings.device == "theke-local")
    #expect(settings.dataDirectory == "/x/tresen")
    #expect(settings.currency == "EUR")
    #expect(settings.dayStartHour == 0)
  }

  @Test(arguments: [
    ("bogus = 1\n", ConfigError.unknownKey(path: "c.toml", line: 1, key: "bogus")),
    (
      "\nday_start_hour = 24\n",
      ConfigError.invalidValue(path: "c.toml", line: 2, key: "day_start_hour", expected: .hour)
    ),
    ("language = \"fr\"\n", ConfigError.invalidValue(path: "c.toml", line: 1, key: "language", expected: .language)),
    ("currency = \"EURO\"\n", ConfigError.invalidValue(path: "c.toml", line: 1, key: "currency", expected: .currency)),
    ("staff = 3\n", ConfigError.invalidValue(path: "c.toml", line: 1, key: "staff", expected: .text)),
    (
      "retention_years = 0\n",
      ConfigError.invalidValue(path: "c.toml", line: 1, key: "retention_years", expected: .years)
    ),
    (
      "retention_years = 2.5\n",
      ConfigError.invalidValue(path: "c.toml", line: 1, key: "retention_years", expected: .years)
    ),
    (
      "retention_years = \"3\"\n",
      ConfigError.invalidValue(path: "c.toml", line: 1, key: "retention_years", expected: .years)
    ),
  ])
  func badValuesNameTheLine(text: String, expected: ConfigError) {
    #expect(throws: expected) { try Config.parse(text, path: "c.toml") }
  }

  @Test func retentionYearsReachTheSettings() throws {
    #expect(try Config.parse("retention_years = 3\n", path: "c.toml").retentionYears == 3)
    #expect(try Config.parse("retention_years = 100\n", path: "c.toml").retentionYears == 100)
    #expect(try Config.parse("", path: "c.toml").retentionYears == nil)
  }

  @Test func brokenTOMLNamesLineAndColumn() {
    do {
      _ = try Config.parse("staff = \"AM\"\nbusiness_name = \"Café\n", path: "c.toml")
      Issue.record("expected a syntax error")
    } catch {
      guard case .syntax(let path, let line, let column, _) = error else {
        Issue.record("wrong error \(error)")
        return
      }
      #expect(path == "c.toml")
      #expect(line == 2)
      #expect(column > 1)
    }
  }
}
