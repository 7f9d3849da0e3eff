import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// The parts of `AppState` a key or action can change, compared whole.
struct Observed: Equatable, CustomTestStringConvertible {
  var mode: AppState.Mode
  var focus: Pane
  var todayList: ListState
  var complaintList: ListState
  var status: AppState.Status?
  var sessionRecords: [Event]
  var saveFailed: Bool
  var lastSaved: Timestamp?
  var isRunning: Bool

  init(_ state: AppState) {
    mode = state.mode
    focus = state.focus
    todayList = state.todayList
    complaintList = state.complaintList
    status = state.status
    sessionRecords = state.sessionRecords
    saveFailed = state.saveFailed
    lastSaved = state.lastSaved
    isRunning = state.isRunning
  }

  var testDescription: String {
    """
    mode: \(mode)
    focus: \(focus), today: \(todayList), complaints: \(complaintList)
    status: \(status.map { "\($0.kind) \"\($0.text)\"" } ?? "nil")
    sessionRecords: \(sessionRecords.map(\.type)), saveFailed: \(saveFailed), lastSaved: \(lastSaved.map(\.description) ?? "nil")
    isRunning: \(isRunning)
    """
  }
}

/// Drives `Reducer` on an `AppState` loaded from the fixture history, TCA-style: each `send`
/// states how the observed state changes and which effects come back, exactly.
struct ReducerHarness {
  let fixture: AppFixture
  let reducer: Reducer
  var state: AppState

  init(_ language: Language = .en, width: Int = 80, height: Int = 24) throws {
    fixture = try AppFixture(language, width: width, height: height)
    reducer = fixture.reducer
    state = fixture.state
  }

  var localizer: Localizer { state.context.localizer }
  var history: History { fixture.history }

  /// Applies `action`; expects the observed state to be the previous one changed by `update`
  /// and the effects to be `effects`.
  @discardableResult
  mutating func send(
    _ action: Action, effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
    _ update: (inout Observed) -> Void = { _ in }
  ) -> [Effect] {
    var expected = Observed(state)
    update(&expected)
    let actual = reducer.reduce(&state, action)
    #expect(Observed(state) == expected, sourceLocation: sourceLocation)
    #expect(actual == effects, sourceLocation: sourceLocation)
    return actual
  }

  /// Presses `key`; see `send(_:effects:_:)`.
  @discardableResult
  mutating func press(
    _ key: Key, effects: [Effect] = [], sourceLocation: SourceLocation = #_sourceLocation,
    _ update: (inout Observed) -> Void = { _ in }
  ) -> [Effect] {
    send(.keyPressed(key), effects: effects, sourceLocation: sourceLocation, update)
  }

  /// Presses two or more keys without checking each step.
  mutating func press(_ first: Key, _ second: Key, _ rest: Key...) {
    for key in [first, second] + rest { _ = reducer.reduce(&state, .keyPressed(key)) }
  }

  /// Presses `key` without checking what changed.
  mutating func tap(_ key: Key) {
    _ = reducer.reduce(&state, .keyPressed(key))
  }

  /// Types `text` as characters without checking each step.
  mutating func type(_ text: String) {
    for character in text { _ = reducer.reduce(&state, .keyPressed(.character(character))) }
  }

  /// The open form, if any.
  var form: FormState? {
    if case .form(let form) = state.mode { return form }
    return nil
  }

  /// A new, untouched form of `kind` as the reducer opens it.
  func newForm(_ kind: FormState.Kind) -> FormState {
    FormState(kind, localizer: localizer, customers: state.dashboard.customers)
  }

  /// A saved event for `payload`, as the workspace would return it.
  func saved(_ payload: Payload, seq: Int = 100, at time: Timestamp = AppFixture.now) -> Event {
    Event(
      id: Fixtures.ids(seed: UInt64(seq)).next(at: time), type: payload.type.rawValue, at: time, device: "kasse-1",
      seq: seq, staff: "Anna", data: payload.json, payload: payload)
  }
}

extension FormState {
  /// The form with `text` in field `index` (cursor at its end), as typing it leaves it.
  func typing(_ text: String, at index: Int) -> FormState {
    var form = self
    if case .text = form.fields[index].editor { form.fields[index].editor = .text(TextFieldState(text: text)) }
    return form
  }

  /// The form with option `option` chosen in field `index`.
  func choosing(_ option: Int, at index: Int) -> FormState {
    var form = self
    if case .choice(var choice, let words) = form.fields[index].editor {
      choice.select(option)
      form.fields[index].editor = .choice(choice, words: words)
    }
    return form
  }

  /// The form with the cursor in field `index`.
  func focusing(_ index: Int) -> FormState {
    var form = self
    form.focus = index
    return form
  }

  /// The options shown by the picker in field `index`.
  func options(at index: Int) -> [String] {
    if case .choice(let choice, _) = fields[index].editor { return choice.options }
    return []
  }
}
