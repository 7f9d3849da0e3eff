import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// Focus, selection, help, details, quitting, the too-small screen and the day roll-over.
@Suite struct ReducerNavigationTests {
  @Test func tabAndShiftTabCycleThePanesAndDigitsFocusOne() throws {
    var app = try ReducerHarness()
    #expect(app.state.focus == .today)
    app.press(.tab) { $0.focus = .complaints }
    app.press(.tab) { $0.focus = .satisfaction }
    app.press(.tab) { $0.focus = .today }
    app.press(.backTab) { $0.focus = .satisfaction }
    app.press(.backTab) { $0.focus = .complaints }
    app.press(.character("1")) { $0.focus = .today }
    app.press(.character("3")) { $0.focus = .satisfaction }
    app.press(.character("2")) { $0.focus = .complaints }
    app.press(.character("2"))
  }

  @Test func arrowsAndVimKeysMoveTheSelectionClampedToTheList() throws {
    var app = try ReducerHarness()
    // Six touchpoints today; the first is selected after loading.
    #expect(app.state.dashboard.today.count == 6)
    #expect(app.state.todayList == ListState(selected: 0))
    app.press(.up)
    app.press(.character("k"))
    app.press(.down) { $0.todayList.selected = 1 }
    app.press(.character("j")) { $0.todayList.selected = 2 }
    app.press(.end) { $0.todayList.selected = 5 }
    app.press(.down)
    app.press(.character("j"))
    app.press(.home) { $0.todayList.selected = 0 }
    // A page is half the height less the chrome: 24 / 2 - 4 = 8 rows, clamped to the list.
    app.press(.pageDown) { $0.todayList.selected = 5 }
    app.press(.pageUp) { $0.todayList.selected = 0 }

    // The complaints list keeps its own selection.
    app.press(.character("2")) { $0.focus = .complaints }
    #expect(app.state.dashboard.complaints.count == 4)
    app.press(.character("j")) { $0.complaintList.selected = 1 }
    app.press(.pageDown) { $0.complaintList.selected = 3 }
    app.press(.character("k")) { $0.complaintList.selected = 2 }

    // The satisfaction pane has no list.
    app.press(.character("3")) { $0.focus = .satisfaction }
    app.press(.down)
    app.press(.end)
  }

  @Test func helpOpensWithQuestionMarkOrF1FiltersAsYouTypeAndEscCloses() throws {
    var app = try ReducerHarness()
    app.press(.character("?")) { $0.mode = .help(filter: "") }
    app.press(.character("c")) { $0.mode = .help(filter: "c") }
    app.press(.character("o")) { $0.mode = .help(filter: "co") }
    // q types into the filter here; it does not quit.
    app.press(.character("q")) { $0.mode = .help(filter: "coq") }
    app.press(.backspace) { $0.mode = .help(filter: "co") }
    app.press(.ctrl("u")) { $0.mode = .help(filter: "") }
    app.press(.escape) { $0.mode = .dashboard }
    app.press(.function(1)) { $0.mode = .help(filter: "") }
    app.press(.function(1)) { $0.mode = .dashboard }
    app.press(.character("?")) { $0.mode = .help(filter: "") }
    app.press(.character("?")) { $0.mode = .dashboard }
  }

  @Test func enterOpensTheSelectedComplaintsDetailsAndEscReturns() throws {
    var app = try ReducerHarness()
    let urgent = try #require(app.history.urgent)
    // Enter only means details in the complaints pane.
    app.press(.enter)
    app.press(.character("2")) { $0.focus = .complaints }
    #expect(app.state.selectedComplaint?.id == urgent)
    app.press(.enter) { $0.mode = .detail(urgent, scroll: 0) }
    app.press(.down) { $0.mode = .detail(urgent, scroll: 1) }
    app.press(.character("j")) { $0.mode = .detail(urgent, scroll: 2) }
    app.press(.pageUp) { $0.mode = .detail(urgent, scroll: 0) }
    app.press(.up)
    app.press(.escape) { $0.mode = .dashboard }
  }

  @Test(arguments: [Key.character("q"), .function(10)])
  func qAndF10Quit(key: Key) throws {
    var app = try ReducerHarness()
    app.press(key, effects: [.quit]) { $0.isRunning = false }
  }

  @Test func onTheTooSmallScreenOnlyQuitWorks() throws {
    var app = try ReducerHarness()
    app.send(.resized(Size(width: 60, height: 20)))
    #expect(app.state.size == Size(width: 60, height: 20))
    #expect(!app.state.fits)
    for key in [Key.function(6), .character("R"), .character("?"), .tab, .character("2"), .down, .function(1)] {
      app.press(key)
    }
    app.press(.character("q"), effects: [.quit]) { $0.isRunning = false }
  }

  @Test func growingBackToTheMinimumShowsTheDashboardAgain() throws {
    var app = try ReducerHarness()
    app.send(.resized(Size(width: 79, height: 24)))
    #expect(!app.state.fits)
    app.send(.resized(Size(width: 80, height: 24)))
    #expect(app.state.fits)
    app.press(.tab) { $0.focus = .complaints }
  }

  @Test func aTickAcrossTheBusinessDayStartRebuildsTheDashboardForTheNewDay() throws {
    var app = try ReducerHarness()
    let resolvedToday = try #require(app.history.resolvedToday)
    #expect(app.state.dashboard.day == Fixtures.today)
    app.state.context.calendar = BusinessCalendar(dayStartHour: 4)
    let tomorrow = Fixtures.today.adding(days: 1)

    // 03:59 the next morning still belongs to the 23rd.
    app.send(.ticked(Fixtures.at(3, 59, on: tomorrow)))
    #expect(app.state.dashboard.day == Fixtures.today)
    #expect(app.state.dashboard.today.count == 6)

    app.press(.character("2")) { $0.focus = .complaints }
    app.press(.end) { $0.complaintList.selected = 3 }
    app.send(.ticked(Fixtures.at(4, 0, on: tomorrow))) {
      $0.todayList.selected = nil
      // The complaint resolved yesterday leaves the list; the selection stays in range.
      $0.complaintList.selected = 2
    }
    #expect(app.state.dashboard.day == tomorrow)
    #expect(app.state.dashboard.today.isEmpty)
    #expect(app.state.dashboard.summary.goodwill.comps.count == 0)
    #expect(app.state.dashboard.complaints.count == 3)
    #expect(!app.state.dashboard.complaints.contains { $0.id == resolvedToday })
  }

  @Test func ctrlLReloads() throws {
    var app = try ReducerHarness()
    app.press(.ctrl("l"), effects: [.load]) { $0.status = .init(text: "Reloaded.", kind: .info) }
  }
}
