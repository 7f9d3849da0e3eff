import ArgumentParser
import TresenCore

/// `tresen complaint …`: list, show and move complaints along.
struct ComplaintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "complaint", abstract: "List, show and triage complaints.",
    subcommands: [
      ComplaintList.self, ComplaintShow.self, ComplaintNote.self, ComplaintWait.self, ComplaintResolve.self,
      ComplaintReopen.self, ComplaintSeverity.self,
    ])

  /// Loads the workspace, finds complaint `id`, builds an update with `change` and records
  /// it; prints the new event's id.
  static func update(
    _ global: GlobalOptions, _ id: String,
    _ change: (Workspace, Complaint) throws -> ComplaintUpdate.Change
  ) throws {
    let workspace = try global.workspace()
    let payload = try translatingErrors(workspace.localizer) {
      let complaint = try workspace.complaint(id, in: try workspace.load().ledger)
      return Payload.complaintUpdate(
        ComplaintUpdate(complaint: complaint.id, change: try change(workspace, complaint)))
    }
    _ = try RecordCommand.save(workspace, payload)
  }
}

struct ComplaintList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Open and waiting complaints, most urgent first.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Include resolved complaints.") var all = false
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let workspace = try global.workspace()
    let ledger = try translatingErrors(workspace.localizer) { try workspace.load().ledger }
    let now = workspace.clock.now()
    let states: Set<ComplaintState> = all ? [.open, .waiting, .resolved] : [.open, .waiting]
    let complaints = ledger.complaints(in: states, now: now)
    if json {
      let history = CustomerHistory(ledger.events)
      Console.json(
        .array(complaints.map { EventJSON.complaint($0, urgency: Urgency(of: $0, now: now, history: history)) }))
    } else {
      Console.out(ComplaintReport(localizer: workspace.localizer, now: now).list(complaints, all: all))
    }
  }
}

struct ComplaintShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "A complaint's details, urgency and full history.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Print JSON.") var json = false
  @Argument(help: "The complaint's id or its short form.") var id: String

  func run() throws {
    let workspace = try global.workspace()
    let (complaint, ledger) = try translatingErrors(workspace.localizer) {
      let ledger = try workspace.load().ledger
      return (try workspace.complaint(id, in: ledger), ledger)
    }
    let now = workspace.clock.now()
    let urgency = Urgency(of: complaint, now: now, history: CustomerHistory(ledger.events))
    if json {
      Console.json(EventJSON.complaint(complaint, urgency: urgency))
    } else {
      Console.out(ComplaintReport(localizer: workspace.localizer, now: now).show(complaint, urgency: urgency))
    }
  }
}

struct ComplaintNote: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a complaint.")

  @OptionGroup var global: GlobalOptions
  @Argument var id: String
  @Argument var text: [String]

  func run() throws {
    try ComplaintCommand.update(global, id) { workspace, _ in
      .noted(text: try workspace.input.text(text.joined(separator: " "), field: .note))
    }
  }
}

struct ComplaintWait: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wait", abstract: "Mark a complaint as waiting (for the customer, a part, a call back).")

  @OptionGroup var global: GlobalOptions
  @Option(help: "Follow up on this date (YYYY-MM-DD).") var until: String?
  @Argument var id: String
  @Argument var text: [String] = []

  func run() throws {
    try ComplaintCommand.update(global, id) { workspace, complaint in
      guard complaint.state != .resolved else { throw InputError.complaintResolved(complaint.id.short) }
      return .waiting(
        until: try until.map(workspace.input.date),
        text: try workspace.input.optionalText(text.joined(separator: " "), field: .note))
    }
  }
}

struct ComplaintResolve: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "resolve", abstract: "Resolve a complaint.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "refund, replacement, repair, voucher, comp, apology, explanation, rejected, other")
  var outcome: String
  @Option(help: "The customer's rating of the resolution, 1–5.") var rating: String?
  @Argument var id: String
  @Argument var text: [String] = []

  func run() throws {
    try ComplaintCommand.update(global, id) { workspace, complaint in
      guard complaint.state != .resolved else { throw InputError.complaintResolved(complaint.id.short) }
      let parse = workspace.input
      return .resolved(
        outcome: try parse.choice(outcome, field: .outcome, as: Outcome.self),
        text: try parse.optionalText(text.joined(separator: " "), field: .note), rating: try rating.map(parse.rating))
    }
  }
}

struct ComplaintReopen: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a resolved complaint.")

  @OptionGroup var global: GlobalOptions
  @Argument var id: String
  @Argument var text: [String] = []

  func run() throws {
    try ComplaintCommand.update(global, id) { workspace, complaint in
      guard complaint.state == .resolved else { throw InputError.complaintNotResolved(complaint.id.short) }
      return .reopened(text: try workspace.input.optionalText(text.joined(separator: " "), field: .note))
    }
  }
}

struct ComplaintSeverity: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "severity", abstract: "Change a complaint's severity: low, normal, high, urgent.")

  @OptionGroup var global: GlobalOptions
  @Argument var id: String
  @Argument var severity: String

  func run() throws {
    try ComplaintCommand.update(global, id) { workspace, _ in
      .severityChanged(try workspace.input.choice(severity, field: .severity, as: Severity.self))
    }
  }
}
