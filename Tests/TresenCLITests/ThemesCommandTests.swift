import Foundation
import Testing
import TresenApp
import TresenCore
import TresenTestSupport

@testable import tresen

/// `tresen themes list | check`. The report tests call the command's functions directly; the
/// binary tests run once `ThemesCommand` is registered in `TresenCommand`.
@Suite struct ThemesCommandTests {
  private static let themesFolder =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path + "/Themes"

  private static var shipped: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: themesFolder)) ?? []
    return names.filter { $0.hasSuffix(".toml") }.sorted().map { themesFolder + "/" + $0 }
  }

  static let isRegistered = (try? TresenBinary().run(["themes", "list", "--json"]).status) == 0

  private let temp = TemporaryDirectory("tresen-themes-cli")

  private func write(_ text: String, _ name: String) -> String {
    let path = temp.appending(name)
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
  }

  @Test func everyShippedThemePassesTheCheck() {
    let report = ThemesCommand.check(Self.shipped, Localizer(.en))
    #expect(report.errors == 0)
    #expect(report.fileProblems == 0)
    #expect(report.lines.last == "\(Self.shipped.count) themes checked: 0 errors, \(report.warnings) warnings.")
    #expect(report.lines.contains(Self.themesFolder + "/default-dark.toml: Tresen Dark (dark), lowest contrast 6.31:1"))
  }

  @Test func problemsAreReportedWithFileAndLine() {
    let path = write(
      "name = \"Bad\"\n[roles]\ntext = \"#ffffff on #000000\"\ntitel = \"red\"\nmuted = \"#zzzzzz\"\ntitle = \"#333333\"\n",
      "bad.toml")
    let report = ThemesCommand.check([path], Localizer(.en))
    #expect(report.fileProblems == 2)
    #expect(report.errors == 1)
    #expect(
      report.lines == [
        "\(path):4: warning: unknown role 'titel'; did you mean 'title'?",
        "\(path):5: warning: muted: '#zzzzzz' is not a colour (use #rrggbb, an ANSI name such as red or bright-red, "
          + "colorN with N 0-255, or default)",
        "\(path):6: error: title: contrast 1.66:1 is below 3:1 (#333333 on #000000)",
        "\(path): Bad (dark), lowest contrast 1.66:1",
        "1 themes checked: 1 errors, 2 warnings.",
      ])
  }

  @Test func germanReportAndBrokenToml() {
    let path = write("name = \"x\"\n[roles\n", "broken.toml")
    let report = ThemesCommand.check([path], Localizer(.de))
    #expect(report.errors == 1)
    #expect(report.lines.first?.hasPrefix("\(path):2:") == true)
    #expect(report.lines.first?.contains("Fehler: kein gültiges TOML") == true)
  }

  @Test func listAsTableAndJSON() throws {
    let entries = [
      ThemeLibrary.Entry(id: "built-in", name: "built-in", kind: .dark, path: nil, origin: nil, problemCount: 0),
      ThemeLibrary.Entry(
        id: "nord", name: "Nord", kind: .dark, path: "/t/nord.toml", origin: .installed, problemCount: 0),
    ]
    #expect(
      ThemesCommand.table(entries, Localizer(.en)) == """
        NAME      KIND  PATH
        built-in  dark  (built in)
        nord      dark  /t/nord.toml
        """)
    let json = JSONWriter.string(ThemesCommand.json(entries))
    #expect(
      json == #"[{"id":"built-in","name":"built-in","kind":"dark","path":null,"origin":"built-in","problems":0},"#
        + #"{"id":"nord","name":"Nord","kind":"dark","path":"/t/nord.toml","origin":"installed","problems":0}]"#)
  }

  @Test(.enabled(if: isRegistered)) func binaryListsTheShippedThemesFromTheSourceTree() throws {
    let result = try TresenBinary(environment: ["TRESEN_LANG": "en"]).run(["themes", "list", "--json"])
    #expect(result.status == 0)
    let entries = try JSONParser.parse(Array(result.stdout.utf8))
    guard case .array(let items) = entries else {
      Issue.record("not an array: \(result.stdout)")
      return
    }
    let ids = items.compactMap { $0["id"]?.stringValue }
    #expect(ids.first == "built-in")
    #expect(ids.count == Self.shipped.count + 1)
  }

  @Test(.enabled(if: isRegistered)) func binaryExitCodes() throws {
    let tresen = TresenBinary(environment: ["TRESEN_LANG": "en"])
    #expect(try tresen.run(["themes", "check"]).status == 0)
    let bad = write("[roles]\nsparkle = \"red\"\n", "bad.toml")
    let result = try tresen.run(["themes", "check", bad])
    #expect(result.status == 1)
    #expect(result.stdout.contains("\(bad):2: warning: unknown role 'sparkle'"))
    #expect(try tresen.run(["themes", "check", temp.appending("none.toml")]).status == 2)
  }
}
