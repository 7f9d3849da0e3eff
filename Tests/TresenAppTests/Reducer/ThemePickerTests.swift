import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

@Suite struct ThemePickerTests {
  let nord = ThemePicker.Choice(id: "nord", theme: Theme(name: "Nord", kind: .dark, styles: [:]))
  let light = ThemePicker.Choice(id: "default-light", theme: Theme(name: "Tresen Light", kind: .light, styles: [:]))
  var choices: [ThemePicker.Choice] {
    [ThemePicker.Choice(id: Theme.builtIn.name, theme: .builtIn), nord, light]
  }

  @Test func tAsksForTheThemesAndOpensThePickerOnTheCurrentOne() throws {
    var app = try ReducerHarness()
    app.press(.character("t"), effects: [.loadThemes])
    app.send(.themesLoaded(choices)) { $0.mode = .themePicker(ThemePicker(choices: choices, current: .builtIn)) }
    guard case .themePicker(let picker) = app.state.mode else {
      Issue.record("picker not open")
      return
    }
    #expect(picker.selected == 0)
  }

  @Test func arrowsPreviewLiveEscRestoresEnterKeepsAndSaves() throws {
    var app = try ReducerHarness()
    _ = app.reducer.reduce(&app.state, .themesLoaded(choices))
    app.tap(.down)
    #expect(app.state.theme == nord.theme, "the dashboard is drawn in the highlighted theme")
    app.tap(.down)
    #expect(app.state.theme == light.theme)
    app.press(.escape) { $0.mode = .dashboard }
    #expect(app.state.theme == .builtIn, "Esc goes back to the theme in use before")

    _ = app.reducer.reduce(&app.state, .themesLoaded(choices))
    app.tap(.up)
    #expect(app.state.theme == light.theme, "up from the first wraps to the last")
    app.press(.enter, effects: [.saveTheme(id: "default-light")]) { $0.mode = .dashboard }
    #expect(app.state.theme == light.theme)
    app.send(.themeSaved(id: "default-light", path: "/home/anna/.config/tresen/config.toml")) {
      $0.status = .init(text: "Theme default-light saved to /home/anna/.config/tresen/config.toml.", kind: .info)
    }
  }

  @Test func thePickerOpensOnTheThemeInUse() throws {
    var app = try ReducerHarness()
    app.state.theme = nord.theme
    _ = app.reducer.reduce(&app.state, .themesLoaded(choices))
    guard case .themePicker(let picker) = app.state.mode else {
      Issue.record("picker not open")
      return
    }
    #expect(picker.selected == 1)
    #expect(picker.original == nord.theme)
  }

  @Test func theScreenIsDrawnInTheStatesTheme() throws {
    let fixture = try AppFixture(.en, width: 80, height: 24)
    var state = fixture.state
    state.theme = Theme(name: "Red", kind: .dark, styles: [.title: Style(foreground: .red)])
    var frame = Frame(size: Size(width: 80, height: 24))
    Screen(keyMap: KeyMap(language: .en)).render(state, into: &frame)
    let title = frame.buffer[1, 0]
    #expect(title.style.foreground == .red)
  }
}
