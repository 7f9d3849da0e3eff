import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

@Suite struct InsightKeysTests {
  @Test func wInTheSatisfactionPaneSwitchesBetweenSevenAndTwentyEightDayWindows() throws {
    var app = try ReducerHarness()
    #expect(app.state.dashboard.trendWindow == 7)
    app.tap(.character("3"))
    app.tap(.character("w"))
    #expect(app.state.trendWindow == 28)
    #expect(app.state.dashboard.trendWindow == 28)
    #expect(app.state.dashboard.trend.window == 28)
    app.tap(.character("w"))
    #expect(app.state.dashboard.trend.window == 7)
  }

  @Test func wInTheComplaintsPaneStillMarksWaiting() throws {
    var app = try ReducerHarness()
    app.tap(.character("2"))
    app.tap(.character("w"))
    guard case .form(let form) = app.state.mode, case .wait = form.kind else {
      Issue.record("expected the waiting form, got \(app.state.mode)")
      return
    }
    #expect(app.state.trendWindow == 7)
  }

  @Test func gShowsGoodwillByDayWeekAndMonth() throws {
    var app = try ReducerHarness()
    // The views over the whole history ask for it once; the dashboard never waits for it.
    app.press(.character("g"), effects: [.loadHistory]) { $0.mode = .goodwill(.day) }
    app.press(.right) { $0.mode = .goodwill(.week) }
    app.press(.right) { $0.mode = .goodwill(.month) }
    app.press(.right) { $0.mode = .goodwill(.day) }
    app.press(.left) { $0.mode = .goodwill(.month) }
    app.press(.escape) { $0.mode = .dashboard }
  }

  @Test func theGoodwillViewListsTodaysCompAndRefusalWithTotals() throws {
    let fixture = try AppFixture(.de, width: 100, height: 30)
    var state = fixture.state
    state.mode = .goodwill(.day)
    state.ledger = try fixture.workspace.load().ledger
    var frame = Frame(size: Size(width: 100, height: 30))
    Screen(keyMap: KeyMap(language: .de)).render(state, into: &frame)
    let text = frame.buffer.plainText()
    #expect(text.contains("Kulanz nach Tag"))
    #expect(text.contains("2026-11-23"))
    #expect(text.contains("Summe"))
    #expect(text.contains("Gewährleistung"))
  }
}

@Suite struct ReportKeysTests {
  @Test func mShowsTheTouchpointMapAndDShowsTheDayCloseWhichSSaves() throws {
    var app = try ReducerHarness()
    app.press(.character("m"), effects: [.loadHistory]) { $0.mode = .report(.touchpoints, scroll: 0) }
    app.press(.down) { $0.mode = .report(.touchpoints, scroll: 1) }
    app.press(.character("s")) { _ in }
    app.press(.escape) { $0.mode = .dashboard }
    app.press(.character("d"), effects: [.loadHistory]) { $0.mode = .report(.dayClose, scroll: 0) }
    app.press(.character("s"), effects: [.saveDayClose(app.state.dashboard.day)])
    app.send(.reportSaved(path: "/home/anna/tresen-day-close-2026-11-23.html")) {
      $0.status = .init(text: "Day close saved: /home/anna/tresen-day-close-2026-11-23.html", kind: .info)
    }
    app.press(.character("d")) { $0.mode = .dashboard }
  }

  @Test func theReportViewsShowTheCommandLinesReports() throws {
    let fixture = try AppFixture(.de, width: 100, height: 30)
    var state = fixture.state
    state.ledger = try fixture.workspace.load().ledger
    for (kind, heading) in [(ReportKind.touchpoints, "Kontaktpunkte"), (.dayClose, "Tagesabschluss")] {
      state.mode = .report(kind, scroll: 0)
      var frame = Frame(size: Size(width: 100, height: 30))
      Screen(keyMap: KeyMap(language: .de)).render(state, into: &frame)
      let text = frame.buffer.plainText()
      #expect(text.contains(heading))
      #expect(text.contains("Theke"), "the report is localized:\n\(text)")
    }
  }
}

@Suite struct HistoryViewsTests {
  @Test func theHistoryViewsSayTheyAreReadingUntilTheWholeHistoryArrives() throws {
    let fixture = try AppFixture(.en, width: 100, height: 30)
    var state = fixture.state
    #expect(state.ledger == nil, "the dashboard starts without reading the whole history")
    for mode in [AppState.Mode.goodwill(.day), .report(.touchpoints, scroll: 0), .report(.dayClose, scroll: 0)] {
      state.mode = mode
      var frame = Frame(size: Size(width: 100, height: 30))
      Screen(keyMap: KeyMap(language: .en)).render(state, into: &frame)
      #expect(frame.buffer.plainText().contains("Reading the whole history…"))
    }
    #expect(fixture.reducer.reduce(&state, .historyLoaded(try fixture.workspace.load().ledger)).isEmpty)
    var frame = Frame(size: Size(width: 100, height: 30))
    Screen(keyMap: KeyMap(language: .en)).render(state, into: &frame)
    #expect(!frame.buffer.plainText().contains("Reading the whole history…"))
    #expect(frame.buffer.plainText().contains("Day close"))
  }
}

@Suite struct ReplayProgressTests {
  @Test func aFullReplaySaysHowFarItGotAndTheMessageGoesWhenTheDataArrives() throws {
    let fixture = try AppFixture(.de, width: 100, height: 30)
    var state = fixture.state
    state.status = .init(text: "Gespeichert: Lob", kind: .info)
    _ = fixture.reducer.reduce(&state, .replayProgressed(done: 42, total: 100))
    var frame = Frame(size: Size(width: 100, height: 30))
    Screen(keyMap: KeyMap(language: .de)).render(state, into: &frame)
    #expect(frame.buffer.plainText().contains("Die Geschichte wird einmal gelesen, um den Cache anzulegen … 42 %"))
    _ = fixture.reducer.reduce(&state, .dataLoaded(try fixture.workspace.overview()))
    #expect(state.replayProgress == nil)
    #expect(state.status?.text == "Gespeichert: Lob", "what the user was told before stays")
  }
}

@Suite struct ReportLinesTests {
  @Test func aReportIsComputedOnceAndScrollingReusesIt() throws {
    let fixture = try AppFixture(.en, width: 100, height: 30)
    var state = fixture.state
    let reducer = fixture.reducer
    #expect(reducer.reduce(&state, .keyPressed(.character("m"))) == [.loadHistory])
    #expect(state.reportLines == nil, "nothing to compute before the history is read")
    _ = reducer.reduce(&state, .historyLoaded(try fixture.workspace.load().ledger))
    let computed = try #require(state.reportLines)
    #expect(computed.lines == ReportView.lines(.touchpoints, state))
    _ = reducer.reduce(&state, .keyPressed(.down))
    #expect(state.reportLines == computed)
    _ = reducer.reduce(&state, .keyPressed(.escape))
    #expect(state.reportLines == nil)
    _ = reducer.reduce(&state, .keyPressed(.character("d")))
    #expect(state.reportLines?.lines == ReportView.lines(.dayClose, state))
  }
}
