import ArgumentParser
import TresenCore

/// `tresen record …`: record a touchpoint; prints the new event's id alone on stdout.
struct RecordCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "record", abstract: "Record a touchpoint.",
    subcommands: [RecordInteraction.self, RecordComplaint.self, RecordComp.self, RecordRefusal.self])

  /// Records `payload` and prints its id; durable when this returns.
  static func save(_ workspace: Workspace, _ payload: Payload) throws -> Event {
    let event = try translatingErrors(workspace.localizer) { try workspace.record(payload) }
    Console.out(event.id.text)
    return event
  }
}

struct RecordInteraction: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "interaction", abstract: "A contact with a customer, optionally rated 1–5.")

  @OptionGroup var global: GlobalOptions
  @Option(help: "counter, phone, email, chat, social, review, invoice, delivery, product, website, other")
  var channel: String
  @Option var customer: String?
  @Option(help: "The customer's mood, 1 (unhappy) to 5 (delighted).") var rating: String?
  @Option(name: .customLong("tag")) var tags: [String] = []
  @Argument(help: "What happened.") var text: [String]

  func run() throws {
    let workspace = try global.workspace()
    let parse = workspace.input
    let payload = try translatingErrors(workspace.localizer) {
      Payload.interaction(
        Interaction(
          channel: try parse.choice(channel, field: .channel, as: Channel.self),
          text: try parse.text(text.joined(separator: " "), field: .text),
          customer: try parse.optionalName(customer, field: .customer), rating: try rating.map(parse.rating),
          tags: try tags.compactMap { try parse.optionalName($0, field: .text) }))
    }
    _ = try RecordCommand.save(workspace, payload)
  }
}

struct RecordComplaint: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "complaint", abstract: "A new complaint.")

  @OptionGroup var global: GlobalOptions
  @Option var channel: String = "counter"
  @Option var customer: String?
  @Option(help: "low, normal, high, urgent") var severity: String = "normal"
  @Option var category: String?
  @Argument(help: "What the customer complains about.") var text: [String]

  func run() throws {
    let workspace = try global.workspace()
    let parse = workspace.input
    let payload = try translatingErrors(workspace.localizer) {
      Payload.complaintOpened(
        ComplaintOpened(
          channel: try parse.choice(channel, field: .channel, as: Channel.self),
          text: try parse.text(text.joined(separator: " "), field: .text),
          customer: try parse.optionalName(customer, field: .customer),
          severity: try parse.choice(severity, field: .severity, as: Severity.self),
          category: try parse.optionalName(category, field: .text)))
    }
    _ = try RecordCommand.save(workspace, payload)
  }
}

struct RecordComp: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "comp", abstract: "Something given away.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var goods: GoodsOptions
  @Option(help: "recovery, goodwill, marketing, staff, other") var purpose: String = "goodwill"
  @Option var reason: String?
  @Option var customer: String?
  @Option(help: "The complaint this makes up for.") var complaint: String?

  func run() throws {
    let workspace = try global.workspace()
    let parse = workspace.input
    let payload = try translatingErrors(workspace.localizer) {
      var complaintID: EventID?
      if let complaint {
        complaintID = try workspace.complaint(complaint, in: try workspace.load().ledger).id
      }
      let (item, price, cost) = try goods.parse(parse)
      return Payload.comp(
        Comp(
          item: item, priceCents: price, costCents: cost,
          purpose: try parse.choice(purpose, field: .purpose, as: CompPurpose.self),
          reason: try parse.optionalText(reason, field: .reason),
          customer: try parse.optionalName(customer, field: .customer), complaint: complaintID))
    }
    _ = try RecordCommand.save(workspace, payload)
  }
}

struct RecordRefusal: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "refusal", abstract: "A refused return.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup var goods: GoodsOptions
  @Option(help: "no receipt, used, past deadline, hygiene, sale item, other") var reason: String = "other"
  @Option(help: "yes, no, unknown") var defect: String?
  @Option(help: "What was offered instead.") var offered: String?
  @Option var customer: String?
  @Argument(help: "A note.") var text: [String] = []

  func run() throws {
    let workspace = try global.workspace()
    let parse = workspace.input
    let refusal = try translatingErrors(workspace.localizer) {
      let (item, price, cost) = try goods.parse(parse)
      return Refusal(
        item: item, priceCents: price, costCents: cost,
        reason: try parse.choice(reason, field: .reason, as: RefusalReason.self),
        defect: try defect.map { try parse.choice($0, field: .defect, as: Defect.self) },
        offered: try parse.optionalName(offered, field: .text),
        customer: try parse.optionalName(customer, field: .customer),
        text: try parse.optionalText(text.joined(separator: " "), field: .note))
    }
    _ = try RecordCommand.save(workspace, .refusal(refusal))
    let l = workspace.localizer
    if let cost = refusal.costCents { Console.err(l(.hintRefusalCost, l.money(cost))) }
    if refusal.defect == .yes { Console.err(l(.hintDefect)) }
  }
}

/// What was given away or refused: item, price and cost, shared by `record comp` and
/// `record refusal`.
struct GoodsOptions: ParsableArguments {
  @Option var item: String
  @Option(help: "The price, e.g. 3,50 or 3.50.") var price: String
  @Option(help: "What it cost the business (for a refusal: what saying yes would have cost).") var cost: String?

  func parse(_ parse: InputParser) throws(InputError) -> (item: String, price: Int64, cost: Int64?) {
    (
      try parse.text(item, field: .item, maximum: InputParser.maximumNameLength),
      try parse.amount(price, field: .price), try parse.optionalAmount(cost, field: .cost)
    )
  }
}
