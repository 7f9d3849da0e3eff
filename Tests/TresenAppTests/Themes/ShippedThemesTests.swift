import Foundation
import TerminalUI
import Testing

@testable import TresenApp

@Suite struct ShippedThemesTests {
  @Test func theRequiredThemesShip() {
    let stems = Set(ThemesFixture.shippedFiles.map(ThemeFile.stem(of:)))
    let required: Set = [
      "default-dark", "default-light", "high-contrast", "terminal", "mono", "solarized-dark", "solarized-light",
      "nord", "gruvbox-dark", "colorblind-safe",
    ]
    #expect(required.isSubset(of: stems), "missing: \(required.subtracting(stems).sorted())")
    #expect(stems.count >= 10)
  }

  @Test(arguments: ThemesFixture.shippedFiles)
  func loadsWithoutDiagnosticsAndSetsEveryRole(path: String) {
    let result = ThemeFile.load(path: path)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let missing = ThemeRole.all.map(\.role).filter { result.theme.styles[$0] == nil }
    #expect(missing.isEmpty, "\(ThemeFile.stem(of: path)) leaves out \(missing)")
    #expect(result.theme.name != ThemeFile.stem(of: path), "give the theme a display name")
  }

  @Test(arguments: ThemesFixture.shippedFiles)
  func passesTheContrastCheck(path: String) {
    let check = ThemeCheck(ThemeFile.load(path: path).theme)
    let failures = check.measurements.filter { $0.verdict == .failure }.map(\.role)
    #expect(failures.isEmpty, "\(ThemeFile.stem(of: path)): below 3:1: \(failures)")
    #expect(check.count(.notMeasured) == 0 || check.isExempt)
  }

  @Test func onlyTheTerminalAndMonoThemesAreExempt() {
    let exempt = ThemesFixture.shippedFiles.filter { ThemeCheck(ThemeFile.load(path: $0).theme).isExempt }
    #expect(exempt.map(ThemeFile.stem(of:)) == ["mono", "terminal"])
  }

  @Test func terminalUsesOnlyANSINamesAndDefaultAndMonoOnlyAttributes() {
    let terminal = ThemeFile.load(path: ThemesFixture.themesFolder + "/terminal.toml").theme
    for style in terminal.styles.values {
      for color in [style.foreground, style.background].compactMap({ $0 }) {
        switch color {
        case .default, .ansi: break
        default: Issue.record("terminal uses \(color)")
        }
      }
    }
    let mono = ThemeFile.load(path: ThemesFixture.themesFolder + "/mono.toml").theme
    #expect(mono.kind == .mono)
    #expect(mono.styles.values.allSatisfy { $0.foreground == nil && $0.background == nil })
    #expect(mono.styles[.selected]?.attributes.contains(.reverse) == true)
  }

  @Test func highContrastIsBlackAndWhite() {
    let theme = ThemeFile.load(path: ThemesFixture.themesFolder + "/high-contrast.toml").theme
    let colors = Set(theme.styles.values.flatMap { [$0.foreground, $0.background] }.compactMap { $0 })
    #expect(colors == [.rgb(red: 0, green: 0, blue: 0), .rgb(red: 255, green: 255, blue: 255)])
  }

  @Test func colourBlindSafeStatusIsNotRedAgainstGreen() {
    let theme = ThemeFile.load(path: ThemesFixture.themesFolder + "/colorblind-safe.toml").theme
    func hue(_ role: StyleRole) -> Double? {
      guard case .rgb(let r, let g, let b) = theme.style(for: role).foreground else { return nil }
      let (red, green, blue) = (Double(r), Double(g), Double(b))
      let high = max(red, green, blue)
      let low = min(red, green, blue)
      guard high > low else { return nil }
      let degrees: Double
      if high == red {
        degrees = 60 * ((green - blue) / (high - low)).truncatingRemainder(dividingBy: 6)
      } else if high == green {
        degrees = 60 * ((blue - red) / (high - low) + 2)
      } else {
        degrees = 60 * ((red - green) / (high - low) + 4)
      }
      return degrees < 0 ? degrees + 360 : degrees
    }
    for role in [StyleRole.ok, .trendGood] {
      let degrees = hue(role) ?? 0
      #expect(!(75...165).contains(degrees), "\(role) is green (\(degrees)°)")
    }
    for role in [StyleRole.error, .trendBad, .severityHigh] {
      let degrees = hue(role) ?? 0
      #expect(degrees > 15 && degrees < 345, "\(role) is red (\(degrees)°)")
    }
  }

  @Test func theReferenceThemeCommentsEveryRole() throws {
    let text = try String(contentsOfFile: ThemesFixture.themesFolder + "/default-dark.toml", encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for role in ThemeRole.names {
      guard let index = lines.firstIndex(where: { $0.hasPrefix(role + " ") || $0.hasPrefix(role + "=") }) else {
        Issue.record("default-dark.toml does not set \(role)")
        continue
      }
      #expect(index > 0 && lines[index - 1].hasPrefix("#"), "\(role) has no comment above it")
    }
  }

  @Test func theReadmeDocumentsEveryRole() throws {
    let readme = try String(contentsOfFile: ThemesFixture.themesFolder + "/README.md", encoding: .utf8)
    for role in ThemeRole.names {
      #expect(readme.contains("`\(role)`"), "README.md does not document \(role)")
    }
  }
}
