import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// The capture forms: opening, field order, editing, validation, saving, failing and discarding.
@Suite struct ReducerFormTests {
  typealias Role = FormField.Role

  static let fieldOrders: [(FormState.Kind, [Role])] = [
    (.refusal, [.item, .price, .cost, .reason, .defect, .customer, .note]),
    (.comp, [.item, .price, .cost, .purpose, .customer, .note]),
    (.complaint, [.text, .customer, .channel, .severity]),
    (.interaction, [.text, .customer, .channel, .rating]),
  ]

  @Test(arguments: [
    (Language.en, Key.function(6), FormState.Kind.refusal), (.en, .character("R"), .refusal),
    (.en, .function(7), .comp), (.en, .character("C"), .comp),
    (.en, .function(8), .complaint), (.en, .character("P"), .complaint),
    (.en, .function(9), .interaction), (.en, .character("I"), .interaction),
    (.de, .function(6), .refusal), (.de, .character("R"), .refusal),
    (.de, .function(7), .comp), (.de, .character("G"), .comp),
    (.de, .function(8), .complaint), (.de, .character("B"), .complaint),
    (.de, .function(9), .interaction), (.de, .character("K"), .interaction),
  ])
  func captureKeysOpenTheirFormWithTheDesignFieldOrderAndTheFirstFieldFocused(
    language: Language, key: Key, kind: FormState.Kind
  ) throws {
    var app = try ReducerHarness(language)
    let form = app.newForm(kind)
    app.press(key) { $0.mode = .form(form) }
    let order = try #require(Self.fieldOrders.first { $0.0 == kind }?.1)
    #expect(form.fields.map(\.role) == order)
    #expect(form.focus == 0)
    #expect(!form.isTouched)
    #expect(form.customers.names.first == "Jürgen Müller")
  }

  @Test func theCaptureKeysWorkFromEveryPane() throws {
    var app = try ReducerHarness()
    for pane in ["1", "2", "3"] as [Character] {
      app.tap(.character(pane))
      let form = app.newForm(.interaction)
      app.press(.function(9)) { $0.mode = .form(form) }
      app.press(.escape) { $0.mode = .dashboard }
    }
  }

  @Test func typingTabAndShiftTabMoveThroughTheFieldsAndWrap() throws {
    var app = try ReducerHarness()
    let empty = app.newForm(.refusal)
    app.tap(.function(6))
    var form = empty
    for character in "Käsekuchen" {
      form = form.typing(String(form.fields[0].text) + String(character), at: 0)
      app.press(.character(character)) { $0.mode = .form(form) }
    }
    app.press(.tab) { $0.mode = .form(form.focusing(1)) }
    app.type("3,00")
    app.press(.tab) { $0.mode = .form(form.typing("3,00", at: 1).focusing(2)) }
    form = form.typing("3,00", at: 1)
    app.press(.backTab) { $0.mode = .form(form.focusing(1)) }
    app.press(.down) { $0.mode = .form(form.focusing(2)) }
    app.press(.up) { $0.mode = .form(form.focusing(1)) }
    // Shift-Tab in the first field goes to the last, Tab there back to the first.
    app.tap(.backTab)
    app.press(.backTab) { $0.mode = .form(form.focusing(6)) }
    app.press(.tab) { $0.mode = .form(form.focusing(0)) }
    // Editing keys work inside a field; umlauts are one character each.
    app.press(.backspace, .character("n"))
    #expect(app.form?.fields[0].text == "Käsekuchen")
    app.press(.home, .delete, .character("k"))
    #expect(app.form?.fields[0].text == "käsekuchen")
  }

  @Test func choiceFieldsCycleWithArrowsAndJumpByFirstLetter() throws {
    var app = try ReducerHarness()
    app.tap(.function(8))
    let form = app.newForm(.complaint)
    #expect(form.options(at: 2).prefix(3) == ["counter", "phone", "e-mail"])
    #expect(form.options(at: 3) == ["low", "normal", "high", "urgent"])
    app.press(.tab, .tab)
    app.press(.right) { $0.mode = .form(form.focusing(2).choosing(1, at: 2)) }
    app.press(.left) { $0.mode = .form(form.focusing(2).choosing(0, at: 2)) }
    app.press(.left) { $0.mode = .form(form.focusing(2).choosing(10, at: 2)) }
    app.press(.character("p")) { $0.mode = .form(form.focusing(2).choosing(1, at: 2)) }
    app.press(.character("p")) { $0.mode = .form(form.focusing(2).choosing(8, at: 2)) }
    app.press(.character("E")) { $0.mode = .form(form.focusing(2).choosing(2, at: 2)) }
    app.tap(.tab)
    app.press(.character("u")) { $0.mode = .form(form.focusing(3).choosing(2, at: 2).choosing(3, at: 3)) }
    app.press(.right) { $0.mode = .form(form.focusing(3).choosing(2, at: 2).choosing(0, at: 3)) }
  }

  @Test func germanPickersJumpByTheGermanFirstLetter() throws {
    var app = try ReducerHarness(.de)
    app.press(.function(6), .tab, .tab, .tab)
    let form = app.newForm(.refusal).focusing(3)
    #expect(form.options(at: 3).first == "kein Kassenbon")
    app.press(.character("h")) { $0.mode = .form(form.choosing(3, at: 3)) }
    app.tap(.tab)
    #expect(form.options(at: 4) == ["—", "ja", "nein", "unbekannt"])
    app.press(.character("j")) { $0.mode = .form(form.choosing(3, at: 3).choosing(1, at: 4).focusing(4)) }
  }

  @Test func ratingDigitsOneToFiveSetTheRatingAndZeroClears() throws {
    var app = try ReducerHarness()
    app.press(.function(9), .tab, .tab, .tab)
    var form = app.newForm(.interaction).focusing(3)
    func rated(_ value: Int?) -> FormState {
      form.fields[3].editor = .rating(value)
      return form
    }
    app.press(.character("4")) { $0.mode = .form(rated(4)) }
    app.press(.character("6"))
    app.press(.character("1")) { $0.mode = .form(rated(1)) }
    app.press(.right) { $0.mode = .form(rated(2)) }
    app.press(.character("5")) { $0.mode = .form(rated(5)) }
    app.press(.right)
    app.press(.character("0")) { $0.mode = .form(rated(nil)) }
    app.tap(.character("3"))
    app.press(.backspace) { $0.mode = .form(rated(nil)) }
  }

  @Test(arguments: ["", "drei", "-3", "3,00,00"])
  func enterWithABadPriceExplainsItAtThePriceFieldAndKeepsEverythingTyped(price: String) throws {
    var app = try ReducerHarness()
    app.tap(.function(6))
    app.type("Käsekuchen")
    app.tap(.tab)
    app.type(price)
    app.tap(.tab)
    app.type("0,90")
    app.press(.tab, .tab, .tab)
    app.type("Zoë Weiß")
    let typed = app.newForm(.refusal).typing("Käsekuchen", at: 0).typing(price, at: 1).typing("0,90", at: 2)
      .typing("Zoë Weiß", at: 5)
    var expected = typed.focusing(1)
    #expect(app.state.mode == .form(typed.focusing(5)))
    let effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    #expect(effects.isEmpty)
    let error = try #require(app.form?.fields[1].error)
    expected.fields[1].error = error
    #expect(app.state.mode == .form(expected))
    #expect(error.lowercased().contains("price"), "\(error)")
    // Typing in the field clears its message.
    app.press(.end, .backspace)
    #expect(app.form?.fields[1].error == nil)
  }

  @Test func enterOnAValidRefusalRecordsExactlyThatRefusal() throws {
    var app = try ReducerHarness()
    app.tap(.function(6))
    app.type("Käsekuchen")
    app.tap(.tab)
    app.type("3,00")
    app.tap(.tab)
    app.type("0,90")
    let form = app.newForm(.refusal).typing("Käsekuchen", at: 0).typing("3,00", at: 1).typing("0,90", at: 2)
      .focusing(2)
    let payload = Payload.refusal(
      Refusal(item: "Käsekuchen", priceCents: 300, costCents: 90, reason: .noReceipt, defect: nil))
    app.press(.enter, effects: [.record(payload, .form)]) { $0.mode = .form(form) }
  }

  @Test func enterOnAValidCompRecordsTheComp() throws {
    var app = try ReducerHarness()
    app.tap(.function(7))
    app.type("Espresso")
    app.tap(.tab)
    app.type("2,50")
    app.press(.tab, .tab, .character("m"), .tab)
    app.type("Zoë")
    app.tap(.tab)
    app.type("Zum Probieren")
    let payload = Payload.comp(
      Comp(
        item: "Espresso", priceCents: 250, costCents: nil, purpose: .marketing, reason: "Zum Probieren",
        customer: "Zoë Weiß"))
    let effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    #expect(effects == [.record(payload, .form)])
  }

  @Test func enterOnAValidComplaintAndInteractionRecordsThem() throws {
    var app = try ReducerHarness(.de)
    app.tap(.character("B"))
    app.type("Milchschaum zu kalt")
    app.press(.tab, .tab, .character("t"), .tab, .character("h"))
    var effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    #expect(
      effects == [
        .record(.complaintOpened(ComplaintOpened(channel: .phone, text: "Milchschaum zu kalt", severity: .high)), .form)
      ])

    app.state.mode = .dashboard
    app.tap(.character("K"))
    app.type("Lob für den Apfelstrudel")
    app.tap(.tab)
    app.type("jür")
    app.press(.tab, .tab, .character("4"))
    effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    #expect(
      effects == [
        .record(
          .interaction(
            Interaction(channel: .counter, text: "Lob für den Apfelstrudel", customer: "Jürgen Müller", rating: 4)),
          .form)
      ])
  }

  @Test func anEmptyRequiredTextIsExplainedAndFocused() throws {
    var app = try ReducerHarness()
    app.press(.function(9), .tab, .tab, .tab, .character("5"))
    let effects = app.reducer.reduce(&app.state, .keyPressed(.enter))
    #expect(effects.isEmpty)
    #expect(app.form?.focus == 0)
    #expect(app.form?.fields[0].error != nil)
    #expect(app.form?.fields[3].rating == 5)
  }

  @Test func aSavedRefusalClosesTheFormRemembersTheRecordAndSaysWhatYesWouldHaveCost() throws {
    var app = try ReducerHarness()
    app.tap(.function(6))
    let event = app.saved(.refusal(Refusal(item: "Käsekuchen", priceCents: 300, costCents: 90, reason: .noReceipt)))
    app.send(.recordSaved(event, .form), effects: [.load]) {
      $0.mode = .dashboard
      $0.sessionRecords = [event]
      $0.lastSaved = AppFixture.now
      $0.status = .init(
        text:
          "Saying yes would have cost €0.90. Saved: Refused return: Käsekuchen €3.00 · cost €0.90 · no receipt · u undoes it",
        kind: .info)
    }
  }

  @Test func aSavedRefusalWithADefectWarnsThatItIsAWarrantyMatter() throws {
    var app = try ReducerHarness(.de)
    app.tap(.function(6))
    let event = app.saved(
      .refusal(Refusal(item: "Mühle", priceCents: 4900, reason: .used, defect: .yes)))
    app.send(.recordSaved(event, .form), effects: [.load]) {
      $0.mode = .dashboard
      $0.sessionRecords = [event]
      $0.lastSaved = AppFixture.now
      $0.status = .init(
        text:
          "Ein Mangel ist Gewährleistung, keine Kulanz: Hier hat die Kundin oder der Kunde gesetzliche Rechte. Gespeichert: Rückgabe abgelehnt: Mühle 49,00 € · benutzt · Mangel: ja · u macht es rückgängig",
        kind: .warning)
    }
  }

  @Test func aFailedSaveKeepsTheFormWithEverythingTypedAndShowsWhy() throws {
    var app = try ReducerHarness()
    app.tap(.function(8))
    app.type("Kuchen trocken")
    app.tap(.tab)
    app.type("Zoë Weiß")
    let before = try #require(app.form)
    let error = StorageError.writeFailed(path: "/data/devices/kasse-1/2026-11.jsonl", code: 28)
    let message =
      "Nothing was saved (No space left on device) while writing /data/devices/kasse-1/2026-11.jsonl; free some disk space or check the disk, then try again."
    var failed = before
    failed.failure = message
    app.send(.saveFailed(error, .form)) {
      $0.saveFailed = true
      $0.status = .init(text: message, kind: .error)
      $0.mode = .form(failed)
    }
    #expect(failed.fields.map(\.text) == ["Kuchen trocken", "Zoë Weiß", "", ""])
  }

  @Test func escOnAnUntouchedFormClosesItAndOnATouchedOneAsksFirst() throws {
    var app = try ReducerHarness()
    app.tap(.function(7))
    app.press(.escape) { $0.mode = .dashboard }

    app.tap(.function(7))
    app.type("Keks")
    let typed = app.newForm(.comp).typing("Keks", at: 0)
    app.press(.escape) { $0.mode = .confirmDiscard(typed) }
    app.press(.character("x"))
    app.press(.character("n")) { $0.mode = .form(typed) }
    app.press(.escape) { $0.mode = .confirmDiscard(typed) }
    app.press(.escape) { $0.mode = .form(typed) }
    app.press(.escape) { $0.mode = .confirmDiscard(typed) }
    app.press(.character("y")) { $0.mode = .dashboard }
  }

  @Test func germanJaDiscardsToo() throws {
    var app = try ReducerHarness(.de)
    app.tap(.function(9))
    app.type("x")
    app.tap(.escape)
    app.press(.character("j")) { $0.mode = .dashboard }
  }

  @Test func aCustomerFieldSuggestsKnownNamesAndArrowRightOrTabAccepts() throws {
    var app = try ReducerHarness()
    app.press(.function(9), .tab)
    app.type("jür")
    let form = try #require(app.form)
    #expect(form.suggestion(for: form.fields[1]) == "Jürgen Müller")
    let typed = app.newForm(.interaction).typing("jür", at: 1).focusing(1)
    #expect(form == typed)
    // → in the middle of the text moves the cursor; at the end it takes the name.
    app.tap(.left)
    app.tap(.right)
    app.press(.right) { $0.mode = .form(typed.typing("Jürgen Müller", at: 1)) }

    app.tap(.ctrl("u"))
    app.type("xy")
    #expect(app.form.flatMap { $0.suggestion(for: $0.fields[1]) } == nil)
    app.press(.backspace, .backspace)
    app.type("zo")
    app.press(.tab) { $0.mode = .form(typed.typing("Zoë Weiß", at: 1).focusing(2)) }

    // A name that is already complete suggests nothing more; Tab keeps it.
    app.press(.backTab, .ctrl("u"))
    app.type("Sam Taylor")
    app.press(.tab) { $0.mode = .form(typed.typing("Sam Taylor", at: 1).focusing(2)) }
  }
}
