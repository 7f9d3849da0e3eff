import Foundation
import Testing
import TresenCore
import TresenTestSupport

@Suite struct ConfigEditorTests {
  @Test func aMissingConfigIsCreatedPrivateWithTheSetting() throws {
    let temp = TemporaryDirectory()
    let path = temp.appending("config/tresen/config.toml")
    try ConfigEditor.set("theme", to: "nord", in: path)
    #expect(
      String(decoding: try #require(temp.bytes("config/tresen/config.toml")), as: UTF8.self) == "theme = \"nord\"\n")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(try Config.load(path: path).theme == "nord")
  }

  @Test func anExistingSettingIsReplacedAndEverythingElseKept() throws {
    let temp = TemporaryDirectory()
    let original = "# Café am Markt\nbusiness_name = \"Café\"\n  theme   = \"mono\"  \nday_start_hour = 4\n"
    temp.write(Array(original.utf8), to: "config.toml")
    try ConfigEditor.set("theme", to: "solarized-light", in: temp.appending("config.toml"))
    let text = String(decoding: try #require(temp.bytes("config.toml")), as: UTF8.self)
    #expect(text == "# Café am Markt\nbusiness_name = \"Café\"\ntheme = \"solarized-light\"\nday_start_hour = 4\n")
    let config = try Config.load(path: temp.appending("config.toml"))
    #expect(config.businessName == "Café")
    #expect(config.dayStartHour == 4)
  }

  @Test func aNewSettingGoesBeforeTheFirstTableAndValuesAreEscaped() throws {
    let temp = TemporaryDirectory()
    temp.write(Array("staff = \"AM\"\n\n[extra]\ntheme = \"not this one\"\n".utf8), to: "config.toml")
    try ConfigEditor.set("theme", to: "my \"odd\" \\ theme", in: temp.appending("config.toml"))
    let text = String(decoding: try #require(temp.bytes("config.toml")), as: UTF8.self)
    #expect(text == "staff = \"AM\"\n\ntheme = \"my \\\"odd\\\" \\\\ theme\"\n[extra]\ntheme = \"not this one\"\n")
  }
}
