import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// Recording by keys only, in the real binary on a real terminal (tmux): what the café owner
/// types at the counter ends up in the log and on the dashboard.
@Suite(.enabled(if: Tmux.isInstalled, "tmux is not installed"))
struct TerminalE2ERecordingTests {
  /// F6, umlauts typed into the item, a price and a cost with decimal commas, Enter: the status
  /// line says what saying yes would have cost, the log holds exactly that refusal, and Today lists it.
  @Test(arguments: [
    ("en", "Saying yes would have cost €0.90.", "€3.00"), ("de", "Ein Ja hätte 0,90 € gekostet.", "3,00 €"),
  ])
  func refusedReturnTypedWithUmlauts(language: String, status: String, price: String) throws {
    let app = try TerminalE2ECase(width: 120, language: language)
    try app.waitForDashboard()
    try app.tmux.send("F6")
    try app.tmux.waitFor(text: language == "de" ? "Artikel" : "Item")
    try app.tmux.type("Käsekuchen")
    try app.tmux.send("Tab")
    try app.tmux.type("3,00")
    try app.tmux.send("Tab")
    try app.tmux.type("0,90")
    try app.tmux.waitFor(text: "0,90")
    try app.tmux.send("Enter")
    let screen = try app.tmux.waitFor(text: status)

    let events = try app.events()
    #expect(events.count == 1)
    let event = try #require(events.first)
    #expect(event.type == "return.refused")
    guard case .refusal(let refusal) = event.payload else {
      Issue.record("expected a refusal, got \(String(describing: event.payload))")
      return
    }
    #expect(refusal.item == "Käsekuchen")
    #expect(refusal.priceCents == 300)
    #expect(refusal.costCents == 90)
    #expect(event.data["item"]?.stringValue == "Käsekuchen")
    #expect(event.data["price_cents"]?.intValue == 300)
    #expect(event.data["cost_cents"]?.intValue == 90)

    // Today (pane 1) counts and lists it.
    let title = app.paneTitles[0]
    #expect(screen.contains("\(title) · 1"), "\(screen)")
    let row = screen.split(separator: "\n").first { $0.contains("Käse") && !$0.contains(status) }
    #expect(row?.contains(price) == true, "Today should list the refusal with its price:\n\(screen)")
  }

  /// F9 (and the letter), text, Tab Tab Tab to the rating, 4, Enter: an interaction on the counter
  /// channel rated 4.
  @Test(arguments: ["F9", "I"])
  func interactionWithRating(key: String) throws {
    let app = try TerminalE2ECase()
    try app.waitForDashboard()
    try app.tmux.send(key)
    try app.tmux.waitFor(text: "Rating")
    try app.tmux.type("Lob für den Flammkuchen")
    try app.tmux.send("Tab", "Tab", "Tab")
    try app.tmux.send("4")
    try app.tmux.waitFor(text: "★★★★")
    try app.tmux.send("Enter")
    try app.tmux.waitFor(text: "Saved:")

    let events = try app.events()
    #expect(events.count == 1)
    guard case .interaction(let interaction) = events.first?.payload else {
      Issue.record("expected an interaction, got \(events)")
      return
    }
    #expect(events.first?.type == "interaction.recorded")
    #expect(interaction.text == "Lob für den Flammkuchen")
    #expect(interaction.rating == 4)
    #expect(interaction.channel == .counter)
    #expect(interaction.customer == nil)
  }

  /// A high-severity complaint recorded through the CLI, then `2`, `r`, → to the next outcome,
  /// Enter: the complaint is no longer open and a resolution event names it.
  @Test func resolveComplaint() throws {
    var complaintID = ""
    let app = try TerminalE2ECase { cli in
      complaintID = try cli.ok("record", "complaint", "--severity", "high", "Milchschaum war kalt")
        .trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let before = try #require(try app.cli.json("complaint", "list", "--json").elements)
    #expect(before.map { $0["id"]?.stringValue } == [complaintID])

    try app.waitForDashboard()
    try app.tmux.waitFor(text: "Open complaints · 1")
    try app.tmux.send("2")
    try app.tmux.send("r")
    try app.tmux.waitFor(text: "Outcome")
    try app.tmux.send("Right")
    try app.tmux.waitFor(text: "explanation")
    try app.tmux.send("Enter")
    try app.tmux.waitFor(text: "Open complaints · 0")

    let open = try #require(try app.cli.json("complaint", "list", "--json").elements)
    #expect(open.isEmpty, "no complaint should still be open: \(open)")
    let all = try #require(try app.cli.json("complaint", "list", "--all", "--json").elements)
    let complaint = try #require(all.first { $0["id"]?.stringValue == complaintID })
    #expect(complaint["state"]?.stringValue == "resolved")

    let resolutions = try app.events().filter { $0.type == "complaint.resolved" }
    #expect(resolutions.count == 1)
    guard case .complaintUpdate(let update) = resolutions.first?.payload,
      case .resolved(let outcome, _, _) = update.change
    else {
      Issue.record("expected a resolution, got \(resolutions)")
      return
    }
    #expect(update.complaint.text == complaintID)
    #expect(outcome == .explanation)
  }
}
