import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// Random key sequences fed to the reducer, forms included: 100,000 keys from a fixed seed in
/// English and German, with the runtime's effects answered the way the runtime would (saves
/// succeed or fail, reloads, theme lists, resizes to sizes both too small and large). After
/// every key the state is consistent (selections in range, form focus on a field, picker on
/// a choice); every 250th key the screen is drawn, its cursor lies on the screen and no cell
/// holds a control character.
@Suite(.timeLimit(.minutes(5))) struct ReducerFuzzTests {
  private static let characters: [Character] =
    Array(
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ?/+-,.€äöüßÄÖÜéñ漢字😀👩‍👩‍👧"
    ) + [
      "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{2028}", "e\u{301}",
      "\r\n", "\t", "\n",
    ]

  private static let namedKeys: [Key] = [
    .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace,
    .delete, .insert, .resize,
  ]

  private static func key(using random: inout SeededRandom) -> Key {
    switch Int.random(in: 0..<20, using: &random) {
    case 0..<8: return .character(characters[Int.random(in: 0..<characters.count, using: &random)])
    case 8..<15: return namedKeys[Int.random(in: 0..<namedKeys.count, using: &random)]
    case 15..<17: return .function(Int.random(in: 0...13, using: &random))
    case 17: return .ctrl(Character(Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &random))))
    case 18: return Key(typed: Character(Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &random))))
    default:
      // The keys that open things, so sequences reach forms, detail views and reports often.
      let openers: [Key] = [
        .function(6), .function(7), .function(8), .function(9), .function(1), .character("2"), .character("3"),
        .character("m"), .character("d"), .character("g"), .character("t"), .character("r"), .character("w"),
        .character("a"), .character("u"), .character("/"),
      ]
      return openers[Int.random(in: 0..<openers.count, using: &random)]
    }
  }

  /// The runtime's answer to `effect`, without files: saves succeed (or fail every fifth time).
  private static func answer(
    _ effect: Effect, _ state: AppState, events: inout [Event], initial: AppState, random: inout SeededRandom
  ) -> Action? {
    switch effect {
    case .load:
      return .dataLoaded(
        Overview(ledger: Ledger(events), problems: events.count % 3, calendar: initial.context.calendar))
    case .loadHistory: return .historyLoaded(Ledger(events))
    case .record(let payload, let purpose):
      if Int.random(in: 0..<5, using: &random) == 0 {
        return .saveFailed(.writeFailed(path: "/data/\u{1B}[2J", code: 28), purpose)
      }
      let event = Event(
        id: Fixtures.ids(seed: UInt64(events.count + 1000)).next(at: state.now), type: payload.type.rawValue,
        at: state.now, device: "kasse-1", seq: events.count + 1, staff: "Anna", data: payload.json, payload: payload)
      events.append(event)
      return .recordSaved(event, purpose)
    case .loadThemes:
      return .themesLoaded([
        .init(id: Theme.builtIn.name, theme: .builtIn), .init(id: "evil\u{1B}[31m", theme: .builtIn),
      ])
    case .saveTheme(let id): return .themeSaved(id: id, path: "/tmp/config\u{202E}.toml")
    case .saveDayClose: return .reportSaved(path: "/tmp/day\u{7}.html")
    case .quit: return nil
    }
  }

  /// What is inconsistent in `state`, if anything.
  private static func violation(_ state: AppState) -> String? {
    if let selected = state.todayList.selected, !state.dashboard.today.indices.contains(selected) {
      return "today selection \(selected) of \(state.dashboard.today.count)"
    }
    if let selected = state.complaintList.selected, !state.dashboard.complaints.indices.contains(selected) {
      return "complaint selection \(selected) of \(state.dashboard.complaints.count)"
    }
    switch state.mode {
    case .form(let form), .confirmDiscard(let form):
      if !form.fields.indices.contains(form.focus) { return "form focus \(form.focus) of \(form.fields.count)" }
    case .themePicker(let picker):
      if !picker.choices.indices.contains(picker.selected) { return "picker on \(picker.selected)" }
    case .detail(_, let scroll), .report(_, let scroll):
      if scroll < 0 { return "negative scroll" }
    case .dashboard, .help, .goodwill: break
    }
    return nil
  }

  /// What is wrong with the drawn `state`, if anything.
  private static func drawingViolation(_ state: AppState, keyMap: KeyMap) -> String? {
    var frame = Frame(size: state.size)
    Screen(keyMap: keyMap).render(state, into: &frame)
    // Below the minimum size the cursor is parked at the origin even when the screen has no
    // cells; only a full dashboard is held to a cursor on the screen.
    if state.fits, let cursor = frame.cursor, !frame.buffer.area.contains(cursor) {
      return "cursor \(cursor) off screen"
    }
    for y in 0..<frame.buffer.height {
      for x in 0..<frame.buffer.width where !TextSanitizer.isSafe(frame.buffer[x, y].symbol) {
        return "unsafe cell \(frame.buffer[x, y].symbol.unicodeScalars.map(\.value)) at \(x),\(y)"
      }
    }
    return nil
  }

  @Test(arguments: [Language.en, .de])
  func randomKeySequencesKeepTheStateConsistent(language: Language) throws {
    let fixture = try AppFixture(language)
    let reducer = fixture.reducer
    let keyMap = reducer.keyMap
    let initial = fixture.state
    var random = SeededRandom(seed: language == .en ? 0xEE_0001 : 0xEE_0002)
    var budget = FuzzBudget()
    var failures: [String] = []
    var modesSeen = Set<String>()
    var saved = 0
    var state = initial
    var events = fixture.history.events
    var recent: [Key] = []
    // Half of the 100,000 keys per language.
    for step in 0..<50_000 {
      if step % 100 == 0 || !state.isRunning {
        state = initial
        events = fixture.history.events
        recent = []
      }
      if Int.random(in: 0..<200, using: &random) == 0 {
        let size = Size(width: Int.random(in: 0...220, using: &random), height: Int.random(in: 0...70, using: &random))
        _ = reducer.reduce(&state, .resized(size))
      } else if Int.random(in: 0..<300, using: &random) == 0 {
        _ = reducer.reduce(
          &state, .ticked(state.now.adding(milliseconds: Int64.random(in: 0...90_000_000, using: &random))))
      }
      let key = Self.key(using: &random)
      recent.append(key)
      var pending = reducer.reduce(&state, .keyPressed(key))
      var rounds = 0
      while !pending.isEmpty, rounds < 10 {
        rounds += 1
        let effect = pending.removeFirst()
        if case .record = effect { saved += 1 }
        if let action = Self.answer(effect, state, events: &events, initial: initial, random: &random) {
          pending += reducer.reduce(&state, action)
        }
      }
      if rounds == 10, failures.count < 5 { failures.append("effects never settle after \(recent)") }
      modesSeen.insert("\(state.mode)".prefix { $0 != "(" }.description)
      if let problem = Self.violation(state)
        ?? (step % 250 == 0 ? Self.drawingViolation(state, keyMap: keyMap) : nil), failures.count < 5
      {
        failures.append("step \(step): \(problem) after keys \(recent)")
      }
      if let slow = budget.slowInput(step), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    // The sequences reach the forms, saves and the other modes, not just the dashboard.
    #expect(saved > 50)
    #expect(modesSeen.isSuperset(of: ["dashboard", "form", "help", "detail", "report", "goodwill", "themePicker"]))
  }
}
