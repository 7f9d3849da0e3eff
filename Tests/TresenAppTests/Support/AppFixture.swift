import Foundation
import TerminalUI
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// A deterministic app for tests: a temporary data directory holding a small café history in
/// German and English, a workspace whose clock stands at 2026-11-23 14:05 (Berlin) with seeded
/// ids, and an `AppRuntime` drawing into an in-memory `TestBackend`.
final class AppFixture {
  /// When the tests run: Monday 2026-11-23, 14:05 +01:00.
  static let now = Fixtures.at(14, 5)

  let directory: TemporaryDirectory
  let workspace: Workspace
  let backend: TestBackend
  let runtime: AppRuntime<TestBackend>
  let history: History

  /// A started app in `language` at `width × height`; `io` for the workspace's saves (the
  /// history is always written with the real system calls).
  init(
    _ language: Language = .en, width: Int = 80, height: Int = 24, io: any LogIO = SystemIO(),
    withHistory: Bool = true
  ) throws {
    directory = TemporaryDirectory("tresen-app")
    let dataPath = directory.appending("data")
    history = withHistory ? try History.write(to: DataDirectory(root: dataPath)) : History()
    var settings = try Settings.resolve(
      .init(dataDirectory: dataPath, device: "kasse-1", staff: "Anna", language: language),
      environment: ["HOME": directory.path, "TRESEN_CONFIG": directory.appending("none.toml")],
      hostName: "test")
    settings.businessName = "Café Tresen"
    workspace = Workspace(settings: settings, clock: FixedClock(AppFixture.now), ids: Fixtures.ids(seed: 2), io: io)
    backend = TestBackend(width: width, height: height)
    runtime = AppRuntime(workspace: workspace, backend: backend)
    try runtime.start()
  }

  /// The state after loading, for reducer tests.
  var state: AppState { runtime.state }

  /// The reducer the runtime uses.
  var reducer: Reducer { Reducer(keyMap: KeyMap(language: workspace.localizer.language)) }

  /// Handles each key as the main loop would, redrawing after each.
  func press(_ keys: Key...) throws {
    for key in keys { try runtime.handle(key) }
  }

  /// Types `text`, each character as `.character`.
  func type(_ text: String) throws {
    for character in text { try runtime.handle(.character(character)) }
  }

  /// The screen as plain text, trailing spaces trimmed.
  var screen: String { backend.screenText() }

  /// The status line's text (the second row from the bottom), trimmed.
  var statusLine: String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.count >= 2 ? lines[lines.count - 2].trimmingCharacters(in: .whitespaces) : ""
  }

  /// Every event in the data directory, as a fresh reader sees it.
  func storedEvents() throws -> [Event] {
    try LogReader(directory: DataDirectory(root: directory.appending("data"))).load().events
  }

  /// Resizes the terminal and lets the app react.
  func resize(_ width: Int, _ height: Int) throws {
    backend.resize(to: Size(width: width, height: height))
    try press(.resize)
  }
}

/// The history the fixture writes: ten days of touchpoints at "Café Tresen", the complaints in
/// each state the dashboard shows, and today's comp and refusal.
struct History {
  /// Every event written, in order.
  var events: [Event] = []
  /// The open urgent complaint (Jürgen Müller, glass in the cake), opened two days ago.
  var urgent: EventID?
  /// The waiting complaint (Björn Krüger) whose follow-up date, 2026-11-21, has passed.
  var waiting: EventID?
  /// An open low-severity complaint.
  var low: EventID?
  /// A complaint resolved today at 11:20.
  var resolvedToday: EventID?

  /// `2026-11-23` minus `days`, at `hour:minute`.
  static func at(_ days: Int, _ hour: Int, _ minute: Int = 0) -> Timestamp {
    Fixtures.at(hour, minute, on: Fixtures.today.adding(days: -days))
  }

  static func write(to directory: DataDirectory) throws -> History {
    var drafts: [LogWriter.Draft] = []
    func add(_ payload: Payload, _ time: Timestamp) { drafts.append(LogWriter.Draft(payload, at: time, staff: "Anna")) }
    func interaction(
      _ days: Int, _ hour: Int, _ minute: Int, _ channel: Channel, _ text: String, _ customer: String?, _ rating: Int?
    ) {
      add(
        .interaction(Interaction(channel: channel, text: text, customer: customer, rating: rating)),
        at(days, hour, minute))
    }
    // Ten days of ratings, mostly happy.
    let ratings: [(Int, Int?)] = [(9, 4), (9, 5), (8, 3), (7, 5), (6, 4), (5, 2), (4, 5), (3, 4), (2, 5), (1, 4)]
    for (index, (days, rating)) in ratings.enumerated() {
      let customers = ["Jürgen Müller", "Zoë Weiß", "Anna Schmidt", nil]
      let texts = ["Cappuccino wie immer", "Asked about oat milk", "Tisch für vier reserviert", "Quick espresso to go"]
      interaction(days, 8 + index % 5, 10 * (index % 6), .counter, texts[index % 4], customers[index % 4], rating)
    }
    add(
      .complaintOpened(ComplaintOpened(channel: .phone, text: "Torte zu spät geliefert", customer: "Björn Krüger")),
      at(4, 10, 30))
    add(
      .complaintOpened(ComplaintOpened(channel: .website, text: "WiFi password on receipt unreadable", severity: .low)),
      at(5, 16))
    add(
      .complaintOpened(
        ComplaintOpened(
          channel: .counter, text: "Glassplitter im Käsekuchen", customer: "Jürgen Müller", severity: .urgent)),
      at(2, 15, 40))
    add(
      .complaintOpened(
        ComplaintOpened(channel: .email, text: "Milk foam was cold", customer: "Sam Taylor", severity: .high)),
      at(1, 17, 5))
    // Today.
    interaction(0, 8, 15, .counter, "Stammgast, Cappuccino wie immer", "Jürgen Müller", 5)
    add(
      .comp(Comp(item: "Espresso", priceCents: 250, costCents: 40, purpose: .recovery, customer: "Sam Taylor")),
      at(0, 9, 40))
    interaction(0, 10, 50, .phone, "Reservierung Samstag, 8 Personen", "Anna Schmidt", nil)
    interaction(0, 13, 10, .email, "Asked for the gluten-free menu", nil, 4)
    add(
      .refusal(
        Refusal(
          item: "Käsekuchen", priceCents: 350, costCents: 95, reason: .noReceipt, defect: .no, customer: "Zoë Weiß")),
      at(0, 12, 30))

    let writer = LogWriter(directory: directory, device: "kasse-1", ids: Fixtures.ids(seed: 1))
    var history = History()
    history.events = try writer.append(drafts)
    func id(_ text: String) -> EventID? {
      history.events.first { event in
        if case .complaintOpened(let opened) = event.payload { opened.text == text } else { false }
      }?.id
    }
    history.urgent = id("Glassplitter im Käsekuchen")
    history.waiting = id("Torte zu spät geliefert")
    history.low = id("WiFi password on receipt unreadable")
    history.resolvedToday = id("Milk foam was cold")
    // Updates name the complaints, so they go in a second batch.
    var updates: [LogWriter.Draft] = []
    if let waiting = history.waiting {
      updates.append(
        .init(
          .complaintUpdate(
            ComplaintUpdate(
              complaint: waiting,
              change: .waiting(until: Fixtures.today.adding(days: -2), text: "Rückruf der Konditorei"))
          ), at: at(3, 9), staff: "Anna"))
    }
    if let resolved = history.resolvedToday {
      updates.append(
        .init(
          .complaintUpdate(
            ComplaintUpdate(complaint: resolved, change: .resolved(outcome: .comp, text: "Neuer Latte", rating: 4))),
          at: at(0, 11, 20), staff: "Anna"))
    }
    history.events += try writer.append(updates)
    return history
  }
}
