import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// Whole screens through `AppRuntime` and `TestBackend`, as plain text, in English and German at
/// 80×24 and 120×40. Re-record on purpose with `RECORD_SNAPSHOTS=1`.
@Suite struct ScreenSnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test(arguments: [Language.en, .de])
  func dashboardWithEachPaneFocused(language: Language) throws {
    let app = try AppFixture(language)
    assertSnapshot(app.screen, named: "dashboard-\(language)-80x24-today")
    try app.press(.character("2"))
    assertSnapshot(app.screen, named: "dashboard-\(language)-80x24-complaints")
    try app.press(.character("3"))
    assertSnapshot(app.screen, named: "dashboard-\(language)-80x24-satisfaction")

    let wide = try AppFixture(language, width: 120, height: 40)
    assertSnapshot(wide.screen, named: "dashboard-\(language)-120x40")
  }

  @Test func dashboardRoles() throws {
    let app = try AppFixture(.en)
    assertSnapshot(app.backend.roleText(), named: "dashboard-en-80x24-roles")
  }

  @Test(arguments: [Language.en, .de])
  func help(language: Language) throws {
    for (width, height) in Self.sizes {
      let app = try AppFixture(language, width: width, height: height)
      try app.press(.character("?"))
      assertSnapshot(app.screen, named: "help-\(language)-\(width)x\(height)")
      try app.type(language == .de ? "beschw" : "compl")
      assertSnapshot(app.screen, named: "help-\(language)-\(width)x\(height)-filtered")
    }
  }

  @Test(arguments: [Language.en, .de])
  func detailOfTheUrgentComplaint(language: Language) throws {
    for (width, height) in Self.sizes {
      let app = try AppFixture(language, width: width, height: height)
      try app.press(.character("2"), .enter)
      #expect(app.state.mode == .detail(try #require(app.history.urgent), scroll: 0))
      assertSnapshot(app.screen, named: "detail-\(language)-\(width)x\(height)")
    }
  }

  @Test(arguments: [Language.en, .de])
  func tooSmall(language: Language) throws {
    let app = try AppFixture(language, width: 60, height: 20)
    if language == .en { #expect(app.screen.contains("need 80×24, have 60×20")) }
    assertSnapshot(app.screen, named: "too-small-\(language)-60x20")
    try app.resize(80, 24)
    #expect(app.screen.contains(language == .en ? "1 Today" : "1 Heute"))
  }

  @Test func theHintBarAlwaysKeepsHelpAndQuit() throws {
    for language in [Language.en, .de] {
      let app = try AppFixture(language)
      for pane in ["1", "2", "3"] as [Character] {
        try app.press(.character(pane))
        let hints = app.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(hints.hasPrefix(language == .en ? "? help  q quit" : "? Hilfe  q Ende"), "\(hints)")
      }
    }
  }
}
