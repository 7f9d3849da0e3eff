import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// One-key triage in the complaints pane, and `u` undo.
@Suite struct ReducerTriageTests {
  /// A harness with the complaints pane focused: urgent, waiting, low, resolved today.
  static func complaints(_ language: Language = .en) throws -> ReducerHarness {
    var app = try ReducerHarness(language)
    app.tap(.character("2"))
    let history = app.history
    #expect(
      app.state.dashboard.complaints.map(\.id) == [history.urgent, history.waiting, history.low, history.resolvedToday])
    return app
  }

  @Test func rWAndAOpenTheResolveWaitAndNoteFormsForTheSelectedComplaint() throws {
    var app = try Self.complaints()
    let urgent = try #require(app.history.urgent)
    let waiting = try #require(app.history.waiting)
    let resolve = app.newForm(.resolve(urgent))
    let wait = app.newForm(.wait(waiting))
    let note = app.newForm(.note(waiting))
    app.press(.character("r")) { $0.mode = .form(resolve) }
    #expect(app.form?.fields.map(\.role) == [.outcome, .note, .rating])
    app.press(.escape) { $0.mode = .dashboard }
    app.press(.character("j")) { $0.complaintList.selected = 1 }
    app.press(.character("w")) { $0.mode = .form(wait) }
    #expect(app.form?.fields.map(\.role) == [.until, .note])
    app.press(.escape) { $0.mode = .dashboard }
    app.press(.character("a")) { $0.mode = .form(note) }
    #expect(app.form?.fields.map(\.role) == [.note])
  }

  @Test func triageLettersDoNothingOutsideTheComplaintsPane() throws {
    var app = try ReducerHarness()
    for key in [
      Key.character("r"), .character("w"), .character("a"), .character("+"), .character("-"), .character("o"),
    ] {
      app.press(key)
    }
    app.press(.character("3")) { $0.focus = .satisfaction }
    app.press(.character("r"))
  }

  @Test func savingTheResolveFormRecordsTheResolution() throws {
    var app = try Self.complaints()
    let urgent = try #require(app.history.urgent)
    app.press(.character("r"), .tab)
    app.type("Neuer Kuchen, entschuldigt")
    app.press(.tab, .character("5"))
    let payload = Payload.complaintUpdate(
      ComplaintUpdate(
        complaint: urgent, change: .resolved(outcome: .apology, text: "Neuer Kuchen, entschuldigt", rating: 5)))
    let effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    #expect(effects == [.record(payload, .form)])
  }

  @Test func theWaitFormTakesADateAndRejectsGarbage() throws {
    var app = try Self.complaints(.de)
    let urgent = try #require(app.history.urgent)
    app.tap(.character("w"))
    app.type("nächste Woche")
    var effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    #expect(effects.isEmpty)
    #expect(app.form?.fields[0].error != nil)
    #expect(app.form?.fields[0].text == "nächste Woche")
    app.tap(.ctrl("u"))
    app.type("2026-11-30")
    effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    let until = LocalDate(year: 2026, month: 11, day: 30)
    #expect(
      effects == [
        .record(.complaintUpdate(ComplaintUpdate(complaint: urgent, change: .waiting(until: until, text: nil))), .form)
      ])
  }

  @Test func plusAndMinusChangeSeverityButNotBeyondUrgentOrLow() throws {
    var app = try Self.complaints()
    let history = app.history
    let urgent = try #require(history.urgent)
    let waiting = try #require(history.waiting)
    let low = try #require(history.low)
    func change(_ id: EventID, to severity: Severity) -> [Effect] {
      [.record(.complaintUpdate(ComplaintUpdate(complaint: id, change: .severityChanged(severity))), .triage)]
    }
    app.press(.character("+"))
    app.press(.character("-"), effects: change(urgent, to: .high))
    app.press(.character("j")) { $0.complaintList.selected = 1 }
    app.press(.character("+"), effects: change(waiting, to: .high))
    app.press(.character("-"), effects: change(waiting, to: .low))
    app.press(.character("j")) { $0.complaintList.selected = 2 }
    app.press(.character("-"))
    app.press(.character("+"), effects: change(low, to: .normal))
  }

  @Test func oReopensAComplaintResolvedTodayAndExplainsOtherwise() throws {
    var app = try Self.complaints()
    let resolved = try #require(app.history.resolvedToday)
    app.press(.character("o")) { $0.status = .init(text: "This complaint is not resolved.", kind: .info) }
    app.press(.end) { $0.complaintList.selected = 3 }
    app.press(
      .character("o"),
      effects: [.record(.complaintUpdate(ComplaintUpdate(complaint: resolved, change: .reopened(text: nil))), .triage)])
    // A resolved complaint cannot be resolved or put on hold again.
    app.press(.character("r")) {
      $0.status = .init(
        text: "This complaint is resolved; press o to reopen it first.",
        kind: .info)
    }
  }

  @Test func uVoidsTheLastSessionRecordAndTheSavedVoidForgetsIt() throws {
    var app = try ReducerHarness()
    app.press(.character("u")) { $0.status = .init(text: "Nothing recorded in this session to undo.", kind: .info) }

    let first = app.saved(.interaction(Interaction(channel: .counter, text: "Hallo")), seq: 101)
    let second = app.saved(.comp(Comp(item: "Keks", priceCents: 120)), seq: 102)
    app.state.mode = .form(app.newForm(.comp))
    app.send(.recordSaved(first, .form), effects: [.load]) {
      $0.mode = .dashboard
      $0.sessionRecords = [first]
      $0.lastSaved = AppFixture.now
      $0.status = .init(text: "Saved: Hallo · u undoes it", kind: .info)
    }
    app.send(.recordSaved(second, .triage), effects: [.load]) {
      $0.sessionRecords = [first, second]
      $0.status = .init(text: "Saved: Comp: Keks €1.20 · goodwill · u undoes it", kind: .info)
    }

    let void = Payload.correction(Correction(target: second.id, change: .void(reason: nil)))
    app.press(.character("u"), effects: [.record(void, .undo(second.id))])
    let voidEvent = app.saved(void, seq: 103)
    app.send(.recordSaved(voidEvent, .undo(second.id)), effects: [.load]) {
      $0.sessionRecords = [first]
      $0.status = .init(text: "Undone: Comp: Keks €1.20 · goodwill", kind: .info)
    }
    app.press(
      .character("u"),
      effects: [.record(.correction(Correction(target: first.id, change: .void(reason: nil))), .undo(first.id))])
  }

  @Test func aFailedUndoSaysSoAndKeepsTheRecord() throws {
    var app = try ReducerHarness()
    let first = app.saved(.interaction(Interaction(channel: .counter, text: "Hallo")), seq: 101)
    app.send(.recordSaved(first, .triage), effects: [.load]) {
      $0.sessionRecords = [first]
      $0.lastSaved = AppFixture.now
      $0.status = .init(text: "Saved: Hallo · u undoes it", kind: .info)
    }
    app.send(.saveFailed(.syncFailed(path: "/d/2026-11.jsonl", code: 5), .undo(first.id))) {
      $0.saveFailed = true
      $0.status = .init(
        text:
          "Nothing was saved: the disk did not confirm the write (Input/output error) of /d/2026-11.jsonl; check the disk, then try again.",
        kind: .error)
    }
  }
}
