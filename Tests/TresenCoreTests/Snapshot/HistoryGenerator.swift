import TresenTestSupport

@testable import TresenCore

/// Random histories for the snapshot tests: two devices, two months, every kind of event,
/// complaints through their whole life, voids (also of voids) and amendments of old and new
/// events, a handful of customers so names repeat.
struct HistoryGenerator {
  var random: SeededRandom
  /// The business day the history ends on.
  let today: LocalDate
  private(set) var written: [Event] = []
  private var recentTargets = false
  private let customers = ["Zoë", "Jürgen", "anna", "Anna ", "Ömer", ""]

  init(seed: UInt64, today: LocalDate = Fixtures.today) {
    random = SeededRandom(seed: seed)
    self.today = today
  }

  /// Writes `count` random events, spread over the 60 days before `today`, through the log.
  /// With `recentTargets`, updates and corrections only name events of `today` and the day
  /// before, so a snapshot made before them can take them without a rebuild.
  mutating func write(_ count: Int, to directory: DataDirectory, recentTargets: Bool = false) throws {
    self.recentTargets = recentTargets
    let writers = ["kasse-1", "kasse-2"].map { LogWriter(directory: directory, device: $0) }
    for _ in 0..<count {
      let day = today.adding(days: -Int.random(in: 0...60, using: &random))
      let at = Fixtures.at(Int.random(in: 0...23, using: &random), Int.random(in: 0...59, using: &random), on: day)
      let writer = writers[Int.random(in: 0...1, using: &random)]
      written.append(try writer.append(payload(), at: at, staff: "Anna"))
    }
  }

  private mutating func customer() -> String? {
    Bool.random(using: &random) ? nil : customers.randomElement(using: &random)
  }

  /// Events updates and corrections may name.
  private var targets: [Event] {
    recentTargets ? written.filter { $0.at.localDate >= today.adding(days: -1) } : written
  }

  private mutating func payload() -> Payload {
    let written = targets
    let complaints = written.filter { if case .complaintOpened = $0.payload { true } else { false } }
    switch Int.random(in: 0..<20, using: &random) {
    case 0..<7:
      let rating: Int? = Bool.random(using: &random) ? Int.random(in: 1...5, using: &random) : nil
      return .interaction(Interaction(channel: .counter, text: "Kaffee", customer: customer(), rating: rating))
    case 7..<9:
      return .complaintOpened(ComplaintOpened(text: "kalt", customer: customer()))
    case 9..<13 where !complaints.isEmpty:
      let target = complaints.randomElement(using: &random)?.id ?? written[0].id
      let changes: [ComplaintUpdate.Change] = [
        .noted(text: "angerufen"), .waiting(until: today, text: nil),
        .resolved(outcome: .replacement, text: nil, rating: Int.random(in: 1...5, using: &random)),
        .reopened(text: nil), .severityChanged(.high),
      ]
      return .complaintUpdate(
        ComplaintUpdate(complaint: target, change: changes.randomElement(using: &random) ?? .noted(text: "")))
    case 13..<15:
      return .comp(Comp(item: "Espresso", priceCents: 250, costCents: 40, customer: customer()))
    case 15..<17:
      return .refusal(Refusal(item: "Käsekuchen", priceCents: 350, costCents: 90, customer: customer()))
    case 17..<19 where !written.isEmpty:
      let target = written.randomElement(using: &random)?.id ?? written[0].id
      return .correction(Correction(target: target, change: .void(reason: nil)))
    default:
      guard let target = written.randomElement(using: &random) else {
        return .interaction(Interaction(channel: .phone, text: "Anruf"))
      }
      let changes: JSONValue = .object(
        Bool.random(using: &random)
          ? [JSONMember("rating", .int(Int.random(in: 1...5, using: &random)))]
          : [JSONMember("customer", customer().map(JSONValue.string) ?? .null)])
      return .correction(Correction(target: target.id, change: .amend(changes: changes)))
    }
  }
}

/// What the dashboard reads of an overview, for comparing two overviews of one history.
struct OverviewFigures: Equatable, CustomStringConvertible {
  var days: [LocalDate: [Event]] = [:]
  var unresolved: [EventID: Complaint] = [:]
  var resolvedSinceHorizon: [EventID: Complaint] = [:]
  var ranked: [EventID] = []
  var ratings: [Int: RatingCounts]
  var customers: [String]
  var complaintTimes: [String: [Int64]]
  var refusalTimes: [String: [Int64]]

  /// The figures of `overview` for business days `first` through `last`.
  init(_ overview: Overview, from first: LocalDate, through last: LocalDate, calendar: BusinessCalendar) {
    var day = first
    while day <= last {
      days[day] = overview.events(on: day, calendar: calendar)
      day = day.adding(days: 1)
    }
    for (id, complaint) in overview.ledger.complaints {
      if complaint.state != .resolved {
        unresolved[id] = complaint
      } else if let resolvedAt = complaint.resolvedAt, calendar.day(of: resolvedAt) >= first {
        resolvedSinceHorizon[id] = complaint
      }
    }
    ranked = overview.complaints(in: [.open, .waiting], now: Fixtures.at(23, on: last)).map(\.id)
    ratings = overview.ratings.byDay
    customers = overview.customers
    complaintTimes = overview.history.complaintTimes.mapValues { $0.sorted() }
    refusalTimes = overview.history.refusalTimes.mapValues { $0.sorted() }
  }

  /// The names of the parts that differ from `other`.
  func differences(from other: OverviewFigures) -> [String] {
    var names: [String] = []
    if days != other.days { names.append("days \(days.filter { other.days[$0.key] != $0.value }.keys.sorted())") }
    if unresolved != other.unresolved { names.append("unresolved") }
    if resolvedSinceHorizon != other.resolvedSinceHorizon { names.append("resolvedSinceHorizon") }
    if ranked != other.ranked { names.append("ranked") }
    if ratings != other.ratings { names.append("ratings") }
    if customers != other.customers { names.append("customers") }
    if complaintTimes != other.complaintTimes { names.append("complaintTimes") }
    if refusalTimes != other.refusalTimes { names.append("refusalTimes") }
    return names
  }

  var description: String {
    "\(days.values.map(\.count).reduce(0, +)) events, \(unresolved.count) unresolved, \(ratings.count) rated days, customers \(customers)"
  }
}
