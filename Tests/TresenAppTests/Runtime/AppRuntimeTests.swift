import Foundation
import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// The whole app in memory: keys in, records in the data directory and screens out.
@Suite struct AppRuntimeTests {
  @Test func aRefusedReturnRecordedByKeysOnlyLandsInTheDataFile() throws {
    let app = try AppFixture(.en)
    let before = try app.storedEvents().count
    try app.press(.function(6))
    try app.type("Käsekuchen")
    try app.press(.tab)
    try app.type("3,00")
    try app.press(.tab)
    try app.type("0,90")
    try app.press(.enter)

    #expect(app.state.mode == .dashboard)
    let events = try app.storedEvents()
    #expect(events.count == before + 1)
    let refusals = events.filter { $0.type == "return.refused" && $0.at == AppFixture.now }
    #expect(refusals.count == 1)
    let refusal = try #require(refusals.first)
    #expect(
      refusal.payload == .refusal(Refusal(item: "Käsekuchen", priceCents: 300, costCents: 90, reason: .noReceipt)))
    #expect(refusal.data["item"] == "Käsekuchen")
    #expect(refusal.data["price_cents"] == 300)
    #expect(refusal.data["cost_cents"] == 90)
    #expect(refusal.device == "kasse-1")
    #expect(refusal.staff == "Anna")
    #expect(
      app.statusLine.hasPrefix("Saying yes would have cost €0.90. Saved: Refused return: Käsekuchen €3.00"),
      "\(app.statusLine)")
    // The header says it was saved; the Today pane shows it on top.
    #expect(app.screen.contains("✓ saved 14:05") || app.screen.contains("14:05"))
    #expect(app.state.dashboard.today.first?.id == refusal.id)
    #expect(app.state.sessionRecords.map(\.id) == [refusal.id])
    assertSnapshot(app.screen, named: "after-refusal-en-80x24")

    // u voids it again.
    try app.press(.character("u"))
    #expect(app.state.sessionRecords.isEmpty)
    let voids = try app.storedEvents().filter { $0.type == "event.voided" }
    #expect(voids.count == 1)
    #expect(app.state.dashboard.today.first?.id != refusal.id)
  }

  @Test func anInteractionWithARatingIsRecorded() throws {
    let app = try AppFixture(.de)
    try app.press(.character("K"))
    try app.type("Lob für die Quiche")
    try app.press(.tab)
    try app.type("Zo")
    try app.press(.tab, .tab, .character("4"), .enter)
    let saved = try #require(try app.storedEvents().last)
    #expect(
      saved.payload
        == .interaction(Interaction(channel: .counter, text: "Lob für die Quiche", customer: "Zoë Weiß", rating: 4)))
    #expect(app.statusLine == "Gespeichert: Lob für die Quiche · u macht es rückgängig")
  }

  @Test func resolvingTheUrgentComplaintTakesItOffTheOpenList() throws {
    let app = try AppFixture(.en)
    let urgent = try #require(app.history.urgent)
    #expect(app.state.dashboard.complaints.first?.id == urgent)
    try app.press(.character("2"), .character("r"), .enter)
    #expect(app.state.mode == .dashboard)
    let complaint = try #require(app.state.overview?.ledger.complaints[urgent])
    #expect(complaint.state == .resolved)
    #expect(complaint.outcome == .apology)
    let open = app.state.dashboard.complaints.filter { $0.state != .resolved }.map(\.id)
    #expect(!open.contains(urgent))
    #expect(app.screen.contains("2 Open complaints · 2"))
  }

  @Test func aFailedSaveKeepsTheFormAndEveryTypedCharacterAndShowsTheError() throws {
    let io = FaultyIO()
    let app = try AppFixture(.en, io: io)
    try app.press(.function(6))
    try app.type("Käsekuchen")
    try app.press(.tab)
    try app.type("3,00")
    try app.press(.tab)
    try app.type("0,90")
    let before = try app.storedEvents()
    io.arm(.error(ENOSPC), at: 1, counting: [.write])
    try app.press(.enter)

    guard case .form(let form) = app.state.mode else {
      Issue.record("the form closed after a failed save")
      return
    }
    #expect(form.fields.map(\.text) == ["Käsekuchen", "3,00", "0,90", "", "", "", ""])
    #expect(form.focus == 2)
    let failure = try #require(form.failure)
    #expect(failure.contains("No space left on device"))
    #expect(app.state.status?.kind == .error)
    #expect(app.state.saveFailed)
    #expect(try app.storedEvents() == before)
    #expect(app.screen.contains("not saved") || app.screen.contains("⚠"))
    // The message names the temporary data directory; mask it, keeping the width.
    // It may be cut off anywhere, so mask the random part of the folder name wherever it shows.
    let path = app.directory.path
    let masked = app.screen.replacingOccurrences(
      of: path, with: "/tmp/DATA".padding(toLength: path.count, withPad: "X", startingAt: 0)
    ).replacing(/tresen-app-[0-9A-Fa-f]+/) { match in
      "tresen-app-" + String(repeating: "X", count: match.output.count - "tresen-app-".count)
    }
    assertSnapshot(masked, named: "save-failed-en-80x24")

    // The disk has room again: Enter saves what was typed.
    io.disarm()
    try app.press(.enter)
    #expect(app.state.mode == .dashboard)
    #expect(!app.state.saveFailed)
    #expect(try app.storedEvents().count == before.count + 1)
  }

  @Test func quittingEndsTheLoop() throws {
    let app = try AppFixture(.en)
    app.backend.queue([.tab, .character("q"), .character("x")])
    try app.runtime.run(tick: 0)
    #expect(!app.state.isRunning)
    #expect(app.backend.pendingKeys == [.character("x")])
  }

  @Test func shrinkingBelowTheMinimumShowsTheTooSmallScreenAndQStillQuits() throws {
    let app = try AppFixture(.en)
    try app.resize(70, 24)
    #expect(app.screen.contains("need 80×24, have 70×24"))
    try app.press(.function(6))
    #expect(app.state.mode == .dashboard)
    try app.press(.character("q"))
    #expect(!app.state.isRunning)
  }
}
