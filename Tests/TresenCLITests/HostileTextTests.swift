import Foundation
import Testing
import TresenCore
import TresenTestSupport

/// Terminal safety of the command line (DESIGN.md §5): a data directory full of hostile text
/// (escape sequences, C0 and C1 controls, DEL, bidirectional overrides and isolates, overlong
/// and wide texts) in every free-text field — customer, item, note, reason, offer, category,
/// tags, staff and device names — goes through every text output and report. No raw control
/// character and no bidi override reaches stdout, stderr or a report file.
@Suite(.serialized) struct HostileTextTests {
  /// A text of the hostile corpus (`HostileText` in TresenTestSupport).
  static func text(_ index: Int) -> String { HostileText.text(index) }

  /// Scalars that must never be printed raw: C0 except newline, DEL, C1, bidi overrides and
  /// isolates.
  static func rawControls(in output: String, allowing allowed: Set<UInt32> = [0x0A]) -> [String] {
    var found: [String] = []
    for (index, scalar) in output.unicodeScalars.enumerated() where !allowed.contains(scalar.value) {
      switch scalar.value {
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
        if found.count < 5 { found.append("U+\(String(scalar.value, radix: 16)) at \(index)") }
      default: break
      }
    }
    return found
  }

  /// Writes the hostile history for today into `cli`'s data directory; returns a complaint id.
  static func writeHostileHistory(_ cli: CLITestCase, device: String = "kasse-1") throws -> EventID {
    let now = SystemClock().now()
    let writer = LogWriter(directory: cli.temp.dataDirectory, device: device)
    var drafts: [LogWriter.Draft] = []
    for index in 0..<HostileText.corpus.count {
      let staff = text(index + 3)
      drafts.append(
        .init(
          .interaction(
            Interaction(
              channel: .counter, text: text(index), customer: text(index + 1), rating: index % 5 + 1,
              tags: [text(index + 2)])), at: now, staff: staff))
      drafts.append(
        .init(
          .refusal(
            Refusal(
              item: text(index + 4), priceCents: 350, costCents: 90, reason: .other, defect: .unknown,
              offered: text(index + 5), customer: text(index + 6), text: text(index + 7))), at: now, staff: staff))
      drafts.append(
        .init(
          .comp(
            Comp(
              item: text(index + 8), priceCents: 250, costCents: 40, purpose: .recovery, reason: text(index + 9),
              customer: text(index + 10))), at: now, staff: staff))
    }
    drafts.append(
      .init(
        .complaintOpened(
          ComplaintOpened(
            channel: .phone, text: text(11), customer: text(0), severity: .urgent, category: text(1))), at: now,
        staff: text(2)))
    let events = try writer.append(drafts)
    let complaint = try #require(events.last?.id)
    let updates: [ComplaintUpdate.Change] = [
      .noted(text: text(3)), .waiting(until: nil, text: text(4)), .resolved(outcome: .comp, text: text(5), rating: 2),
      .reopened(text: text(6)),
    ]
    _ = try writer.append(
      updates.map {
        .init(.complaintUpdate(ComplaintUpdate(complaint: complaint, change: $0)), at: now, staff: text(7))
      })
    // A second device whose name is hostile too.
    let evil = LogWriter(directory: cli.temp.dataDirectory, device: "kasse\u{1B}[31m\u{202E}2")
    _ = try? evil.append(.interaction(Interaction(channel: .email, text: text(12), customer: text(13))), at: now)
    return complaint
  }

  @Test func noRawControlReachesAnyTextOutput() throws {
    let cli = CLITestCase()
    let complaint = try Self.writeHostileHistory(cli)
    let short = String(complaint.text.prefix(8))
    // A theme file whose name and values are hostile; `themes check` quotes both.
    let hostileTheme = cli.temp.appending("evil\u{1B}[2J\u{202E}.toml")
    try Data("name = \"\u{1B}]0;x\u{7}\"\n[colors]\nfocus = \"\u{1B}[31m\u{9B}\"\n".utf8)
      .write(to: URL(fileURLWithPath: hostileTheme))
    let commands: [[String]] = [
      ["today"], ["complaint", "list", "--all"], ["complaint", "show", complaint.text], ["complaint", "show", short],
      ["report"], ["report", "--format", "markdown"], ["report", "--format", "html"],
      ["report", "--month", String(SystemClock().now().localDate.monthKey)], ["goodwill"], ["touchpoints"], ["trend"],
      ["dash", "--print"], ["dash", "--print", "--width", "80", "--height", "24"],
      ["dash", "--print", "--width", "200", "--height", "60"], ["check"], ["themes", "list"],
      ["themes", "check", hostileTheme], ["today", "--json"], ["complaint", "list", "--all", "--json"],
      ["complaint", "show", complaint.text, "--json"], ["goodwill", "--json"],
      // Hostile arguments come back in error messages.
      ["complaint", "show", "\u{1B}[2J\u{202E}"], ["record", "comp", "--item", "x", "--price", "\u{1B}[31m3\u{9B}"],
      ["today", "--date", "\u{1B}]0;x\u{7}"], ["report", "--format", "\u{1B}[5m\u{85}"],
    ]
    // Exports (`tresen export`) are left out on purpose: they are data for other programs and
    // keep every byte of every field.
    for language in ["en", "de"] {
      var localized = cli.tresen
      localized.environment["TRESEN_LANG"] = language
      for arguments in commands {
        let result = try localized.run(arguments)
        #expect(Self.rawControls(in: result.stdout).isEmpty, "stdout of \(arguments) (\(language))")
        #expect(Self.rawControls(in: result.stderr).isEmpty, "stderr of \(arguments) (\(language))")
      }
    }
  }

  @Test func reportFilesHoldNoRawControls() throws {
    let cli = CLITestCase()
    _ = try Self.writeHostileHistory(cli)
    for format in ["text", "markdown", "html"] {
      let path = cli.temp.appending("day.\(format)")
      try cli.ok("report", "--format", format, "--out", path)
      let written = String(decoding: cli.temp.bytes("day.\(format)") ?? [], as: UTF8.self)
      #expect(!written.isEmpty)
      #expect(Self.rawControls(in: written).isEmpty, "report file \(format)")
      if format == "html" {
        // Escaped as well as sanitized: the customer's markup is text, not markup.
        #expect(!written.contains("<script") && written.contains("&lt;script&gt;"))
      }
    }
  }

  /// `--json` stays exact: the `\u` escapes that keep the terminal safe decode to the stored
  /// text, bidi override and C1 controls included.
  @Test func jsonListingsKeepTheTextExact() throws {
    let cli = CLITestCase()
    _ = try Self.writeHostileHistory(cli)
    let events = try #require(try cli.json("today", "--json").elements)
    let texts = Set(events.compactMap { $0["data"]?["text"]?.stringValue })
    for index in [0, 5, 6, 8] { #expect(texts.contains(Self.text(index)), "text \(index)") }
  }

  /// Overlong and wide texts are cut by display width: no line of the text outputs grows past
  /// what the command promises (the dashboard its `--width`, listings a screen line).
  @Test func overlongTextsAreCutByDisplayWidth() throws {
    let cli = CLITestCase()
    _ = try Self.writeHostileHistory(cli)
    for width in [80, 120] {
      let dash = try cli.ok("dash", "--print", "--width", "\(width)", "--height", "30")
      for line in dash.split(separator: "\n") {
        #expect(Self.displayWidth(line) <= width, "dash line \(line.prefix(40)) is wider than \(width)")
      }
    }
    for arguments in [["today"], ["complaint", "list", "--all"]] {
      let output = try cli.tresen.run(arguments).stdout
      for line in output.split(separator: "\n") {
        #expect(Self.displayWidth(line) <= 200, "\(arguments): a line of width \(Self.displayWidth(line))")
      }
    }
  }

  /// Columns a terminal gives `text`: East Asian wide and emoji take two, combining marks none.
  static func displayWidth(_ text: Substring) -> Int {
    text.unicodeScalars.reduce(0) { width, scalar in
      let value = scalar.value
      if scalar.properties.generalCategory == .nonspacingMark || value == 0x200D { return width }
      let wide =
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
        || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1FAFF).contains(value)
        || (0x20000...0x3FFFD).contains(value)
      return width + (wide ? 2 : 1)
    }
  }
}
