import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// The four capture forms at 80×24 in both languages: empty, filled and with a validation error.
@Suite struct FormSnapshotTests {
  /// How to fill a form by keys, and what to type to make it invalid.
  struct Script: Sendable, CustomTestStringConvertible {
    var name: String
    var open: Key
    /// Keys after opening; `.character` runs typed as text.
    var fill: [Key]
    /// From the filled form: keys that make Enter fail.
    var breakIt: [Key]

    var testDescription: String { name }
  }

  static func keys(_ text: String) -> [Key] { text.map { .character($0) } }

  static let scripts: [Script] = [
    Script(
      name: "refusal", open: .function(6),
      fill: keys("Käsekuchen") + [.tab] + keys("3,00") + [.tab] + keys("0,90") + [.tab, .right, .tab, .right, .right]
        + [.tab] + keys("Zoë") + [.tab] + keys("Kuchen schon angebissen"),
      breakIt: [.backTab, .backTab, .backTab, .backTab, .backTab, .ctrl("u")] + keys("drei Euro")),
    Script(
      name: "comp", open: .function(7),
      fill: keys("Cappuccino") + [.tab] + keys("3,40") + [.tab] + keys("0,55") + [.tab, .left, .left, .tab]
        + keys("jür") + [.tab] + keys("Wartezeit am Samstag"),
      breakIt: [.backTab, .backTab, .backTab, .backTab, .ctrl("u")] + keys("-2")),
    Script(
      name: "complaint", open: .function(8),
      fill: keys("Milchschaum kalt, zweimal") + [.tab] + keys("Björn Krüger") + [.tab, .character("e"), .tab]
        + [.character("h")],
      breakIt: [.tab, .ctrl("u")]),
    Script(
      name: "interaction", open: .function(9),
      fill: keys("Fragte nach glutenfreiem Kuchen") + [.tab] + keys("Anna") + [.tab, .right, .tab, .character("4")],
      breakIt: [.tab, .ctrl("u")]),
  ]

  @Test(arguments: scripts)
  func emptyFilledAndInvalid(script: Script) throws {
    for language in [Language.en, .de] {
      let app = try AppFixture(language)
      try app.press(script.open)
      assertSnapshot(app.screen, named: "\(script.name)-\(language)-empty")
      for key in script.fill { try app.press(key) }
      assertSnapshot(app.screen, named: "\(script.name)-\(language)-filled")
      for key in script.breakIt { try app.press(key) }
      try app.press(.enter)
      guard case .form(let form) = app.state.mode else {
        Issue.record("the invalid form closed: \(app.state.mode)")
        continue
      }
      #expect(form.fields.contains { $0.error != nil })
      assertSnapshot(app.screen, named: "\(script.name)-\(language)-invalid")
    }
  }

  @Test func escOnATouchedFormAsksBeforeDiscarding() throws {
    let app = try AppFixture(.de)
    try app.press(.function(8))
    try app.type("Zu laut")
    try app.press(.escape)
    assertSnapshot(app.screen, named: "complaint-de-confirm-discard")
  }
}
