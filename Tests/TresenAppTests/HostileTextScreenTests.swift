import Foundation
import TerminalUI
import Testing
import TresenCore
import TresenTestSupport

@testable import TresenApp

/// Terminal safety of the UI (DESIGN.md §5): a history whose every free-text field is hostile
/// (escape sequences, C0 and C1 controls, DEL, bidi overrides and isolates, overlong and wide
/// texts) is shown in every pane, detail view, form (with customer suggestions from that
/// history), the help, goodwill and report views and the theme picker, at 80×24 and 120×40.
/// After every key no cell of the screen holds a scalar a terminal would act on.
@Suite struct HostileTextScreenTests {
  /// A text of the hostile corpus (`HostileText` in TresenTestSupport).
  static func text(_ index: Int) -> String { HostileText.text(index) }

  /// Writes the hostile history at 2026-11-23 (the fixture's today) and the days before.
  static func writeHostileHistory(to directory: DataDirectory) throws {
    let writer = LogWriter(directory: directory, device: "kasse\u{1B}[31m\u{202E}1", ids: Fixtures.ids(seed: 77))
    var drafts: [LogWriter.Draft] = []
    for index in 0..<HostileText.corpus.count {
      let at = Fixtures.at(8 + index % 5, index, on: Fixtures.today.adding(days: -(index % 3)))
      drafts.append(
        .init(
          .interaction(
            Interaction(
              channel: .counter, text: text(index), customer: text(index + 1), rating: index % 5 + 1,
              tags: [text(index + 2)])), at: at, staff: text(index + 3)))
      drafts.append(
        .init(
          .refusal(
            Refusal(
              item: text(index + 4), priceCents: 350, costCents: 90, reason: .other, defect: .unknown,
              offered: text(index + 5), customer: text(index + 6), text: text(index + 7))), at: at,
          staff: text(index + 3)))
      drafts.append(
        .init(
          .comp(
            Comp(
              item: text(index + 8), priceCents: 250, costCents: 40, purpose: .recovery, reason: text(index + 9),
              customer: text(index + 10))), at: at, staff: text(index + 3)))
      drafts.append(
        .init(
          .complaintOpened(
            ComplaintOpened(
              channel: .phone, text: text(index + 11), customer: text(index), severity: .high,
              category: text(index + 1))), at: at, staff: text(index + 2)))
    }
    let events = try writer.append(drafts)
    let complaints = events.filter { $0.type == EventType.complaintOpened.rawValue }.map(\.id)
    var updates: [LogWriter.Draft] = []
    for (index, complaint) in complaints.enumerated() {
      let change: ComplaintUpdate.Change =
        switch index % 4 {
        case 0: .noted(text: text(index))
        case 1: .waiting(until: Fixtures.today.adding(days: -1), text: text(index + 1))
        case 2: .resolved(outcome: .comp, text: text(index + 2), rating: 3)
        default: .reopened(text: text(index + 3))
        }
      updates.append(
        .init(.complaintUpdate(ComplaintUpdate(complaint: complaint, change: change)), at: Fixtures.at(13), staff: "x"))
    }
    _ = try writer.append(updates)
  }

  /// Unsafe cells on the fixture's screen, described.
  static func unsafeCells(_ fixture: AppFixture) -> [String] {
    var found: [String] = []
    let screen = fixture.backend.screen
    for y in 0..<screen.height {
      for x in 0..<screen.width where !TextSanitizer.isSafe(screen[x, y].symbol) {
        if found.count < 3 { found.append("\(screen[x, y].symbol.unicodeScalars.map(\.value)) at \(x),\(y)") }
      }
    }
    return found
  }

  @Test(arguments: [(Language.en, 80, 24), (.de, 120, 40)])
  func everyViewShowsHostileTextAsVisibleSymbols(language: Language, width: Int, height: Int) throws {
    let fixture = try AppFixture(language, width: width, height: height, withHistory: false)
    try Self.writeHostileHistory(to: DataDirectory(root: fixture.directory.appending("data")))
    var visited = 0
    func press(_ keys: Key..., sourceLocation: SourceLocation = #_sourceLocation) throws {
      for key in keys {
        try fixture.press(key)
        visited += 1
        #expect(Self.unsafeCells(fixture).isEmpty, "after \(key)", sourceLocation: sourceLocation)
      }
    }
    try press(.ctrl("l"))
    #expect(fixture.screen.contains("H"), "the hostile history is shown")
    // Every row of the today pane, in its detail view, scrolled.
    try press(.character("1"), .home)
    for _ in 0..<20 {
      try press(.enter, .pageDown, .down, .escape, .down)
    }
    // Every complaint, its detail view and the triage forms on it.
    try press(.character("2"), .home)
    for _ in 0..<14 {
      try press(.enter, .pageDown, .escape)
      try press(.character("a"), .character("x"), .escape, .character("y"))
      try press(.character("r"), .tab, .tab, .escape, .character("y"))
      try press(.character("w"), .escape, .character("y"), .down)
    }
    try press(.character("3"), .character("w"), .character("w"))
    // The capture forms, with customer names suggested from the hostile history.
    for opener in [Key.function(6), .function(7), .function(8), .function(9)] {
      try press(opener)
      for _ in 0..<8 {
        try press(.character("H"), .character("1"), .down, .tab)
      }
      try press(.enter, .escape, .character("y"), .escape)
    }
    try press(.character("?"), .character("H"), .escape)
    try press(.character("g"), .right, .right, .escape)
    try press(.character("m"), .pageDown, .escape, .character("d"), .pageDown, .escape)
    try press(.character("t"), .down, .escape)
    try fixture.resize(60, 20)
    #expect(Self.unsafeCells(fixture).isEmpty)
    try fixture.resize(width, height)
    #expect(visited > 300)
  }

  /// The screen renders text from `AppState` directly too: a status message and a save
  /// failure naming a hostile path are drawn safely.
  @Test func statusMessagesFromOutsideAreShownSafely() throws {
    let fixture = try AppFixture(.en)
    var state = fixture.state
    let reducer = fixture.reducer
    _ = reducer.reduce(&state, .noticed("\u{1B}[2Jboom\u{202E}"))
    _ = reducer.reduce(&state, .saveFailed(.writeFailed(path: "/data/\u{1B}]0;x\u{7}", code: 28), .triage))
    var frame = Frame(size: state.size)
    Screen(keyMap: reducer.keyMap).render(state, into: &frame)
    for y in 0..<frame.buffer.height {
      for x in 0..<frame.buffer.width {
        #expect(TextSanitizer.isSafe(frame.buffer[x, y].symbol), "cell \(x),\(y)")
      }
    }
  }

  /// The command line and report sanitizer (`VisibleText` in TresenCore, which may not import
  /// TerminalUI) and the one under every cell of the UI replace the same scalars by the same
  /// symbols, over all of Unicode.
  @Test func commandLineAndScreenSanitizeAlike() {
    var differing: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if VisibleText.picture(for: scalar) != TextSanitizer.picture(for: scalar) { differing.append(value) }
    }
    #expect(differing.isEmpty, "\(differing.prefix(5).map { String($0, radix: 16) })")
  }
}
