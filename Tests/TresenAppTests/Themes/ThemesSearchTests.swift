import Foundation
import Testing
import TresenTestSupport

@testable import TresenApp

@Suite struct ThemesSearchTests {
  private let temp = TemporaryDirectory("tresen-themes")

  private func theme(_ name: String, kind: String = "dark") -> String {
    "name = \"\(name)\"\nkind = \"\(kind)\"\n[roles]\ntext = \"#ffffff on #000000\"\n"
  }

  @Test func userFolderComesBeforeTheInstalledThemesAndHidesTheSameName() {
    let root = temp.path
    ThemesFixture.write(theme("Mine"), to: "config/tresen/themes/nord.toml", in: root)
    ThemesFixture.write(theme("Own"), to: "config/tresen/themes/own.toml", in: root)
    ThemesFixture.write(theme("Nord"), to: "prefix/share/tresen/Themes/nord.toml", in: root)
    ThemesFixture.write(theme("Paper", kind: "light"), to: "prefix/share/tresen/Themes/paper.toml", in: root)
    ThemesFixture.write("", to: "prefix/bin/tresen", in: root)
    let search = ThemeSearch(
      environment: ["XDG_CONFIG_HOME": root + "/config"], executablePath: root + "/prefix/bin/tresen",
      systemFolders: [])
    #expect(
      search.folders == [
        ThemeSearch.Folder(path: root + "/config/tresen/themes", origin: .user),
        ThemeSearch.Folder(path: root + "/prefix/share/tresen/Themes", origin: .installed),
      ])
    let library = ThemeLibrary(search: search)
    let entries = library.entries()
    #expect(entries.map(\.id) == ["built-in", "nord", "own", "paper"])
    #expect(entries.map(\.name) == ["built-in", "Mine", "Own", "Paper"])
    #expect(entries.map(\.kind) == [.dark, .dark, .dark, .light])
    #expect(entries[1].origin == .user)
    #expect(entries[3].origin == .installed)
    #expect(library.select("nord").theme.name == "Mine")
    #expect(library.select("paper").path == root + "/prefix/share/tresen/Themes/paper.toml")
  }

  @Test func selectsByPathStemOrDisplayNameAndFallsBackToBuiltIn() {
    let root = temp.path
    ThemesFixture.write(theme("Laden Hell", kind: "light"), to: "config/tresen/themes/laden.toml", in: root)
    ThemesFixture.write(theme("Elsewhere"), to: "other/mine.toml", in: root)
    let library = ThemeLibrary(
      search: ThemeSearch(environment: ["XDG_CONFIG_HOME": root + "/config"], executablePath: nil, systemFolders: []))
    #expect(library.select("laden").theme.name == "Laden Hell")
    #expect(library.select("LADEN").theme.name == "Laden Hell")
    #expect(library.select("laden hell").theme.name == "Laden Hell")
    #expect(library.select(root + "/other/mine.toml").theme.name == "Elsewhere")
    #expect(library.select(nil).theme.name == "built-in")
    #expect(library.select("built-in").diagnostics.isEmpty)
    let missing = library.select("sepia")
    #expect(missing.theme.name == "built-in")
    #expect(missing.diagnostics == [ThemeDiagnostic(path: "sepia", problem: .notFound("sepia"))])
  }

  @Test func aBrokenThemeGivesAPreciseErrorAndTheBuiltInTheme() {
    let root = temp.path
    ThemesFixture.write("name = \"Broken\"\n[roles\ntext = \"red\"\n", to: "config/tresen/themes/broken.toml", in: root)
    let library = ThemeLibrary(
      search: ThemeSearch(environment: ["XDG_CONFIG_HOME": root + "/config"], executablePath: nil, systemFolders: []))
    let selection = library.select("broken")
    #expect(selection.theme.name == "built-in")
    #expect(selection.diagnostics.count == 1)
    #expect(selection.diagnostics.first?.path == root + "/config/tresen/themes/broken.toml")
    #expect(selection.diagnostics.first?.line == 2)
    #expect(selection.diagnostics.first?.isFatal == true)
  }

  @Test func findsTheSourceTreeFromABuildFolder() {
    let root = temp.path
    ThemesFixture.write("// package", to: "repo/Package.swift", in: root)
    ThemesFixture.write(theme("Repo"), to: "repo/Themes/repo.toml", in: root)
    ThemesFixture.write("", to: "repo/.build/x86_64-unknown-linux-gnu/debug/tresen", in: root)
    let search = ThemeSearch(
      environment: ["HOME": root + "/home"],
      executablePath: root + "/repo/.build/x86_64-unknown-linux-gnu/debug/tresen",
      systemFolders: [])
    #expect(search.userFolder == root + "/home/.config/tresen/themes")
    #expect(search.folders == [ThemeSearch.Folder(path: root + "/repo/Themes", origin: .sourceTree)])
  }

  @Test func theSourceTreeOfThisPackageShipsTheThemes() {
    let search = ThemeSearch(
      environment: [:], executablePath: ThemesFixture.packageRoot + "/.build/debug/tresen", systemFolders: [])
    let files = ThemeLibrary(search: search).files
    #expect(files.count == ThemesFixture.shippedFiles.count)
    #expect(files.allSatisfy { $0.origin == .sourceTree })
  }

  @Test func relativeConfigHomeIsIgnored() {
    let search = ThemeSearch(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"], executablePath: nil)
    #expect(search.userFolder == "/h/.config/tresen/themes")
  }
}
