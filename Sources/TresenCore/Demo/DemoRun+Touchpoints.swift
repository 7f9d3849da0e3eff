/// The day's touchpoints: interactions, comps and refused returns (complaints are in
/// `DemoRun+Complaints.swift`), and the occasional void or amendment of a mistaken record.
extension DemoRun {
  /// Someone the event names, or a walk-in (`name == nil`).
  struct Customer {
    var name: String?
    var english: Bool
    var isRegular: Bool
  }

  /// One touchpoint of today: mostly interactions; complaints more often when customers are
  /// less happy.
  mutating func planTouchpoint() {
    let complaintShare = min(0.05, max(0.012, 0.025 + 0.1 * (0.84 - satisfaction)))
    let draw = random.unit()
    if draw < complaintShare {
      planComplaint()
    } else if day.isOpen, draw < complaintShare + 0.035 {
      planComp()
    } else if day.isOpen, draw < complaintShare + 0.043 {
      planRefusal()
    } else {
      planInteraction()
    }
  }

  /// The desk a touchpoint on `channel` is recorded at: remote channels mostly in the office.
  mutating func desk(for channel: Channel) -> Desk {
    guard day.isOpen else { return .office }
    switch channel {
    case .email, .review, .invoice, .website, .social, .other: return random.chance(0.85) ? .office : .counter
    case .counter, .phone, .chat, .delivery, .product: return .counter
    }
  }

  /// Who is on duty at `desk`: the owner does most office work.
  mutating func staff(at desk: Desk) -> String {
    desk == .office && random.chance(0.85) ? "AM" : people.staffMember(at: day.progress, random: &random)
  }

  /// A customer for `channel`: many counter visitors stay anonymous; remote ones have a name.
  mutating func customer(for channel: Channel) -> Customer {
    let regularShare = channel == .counter ? 0.3 : 0.5
    let guestShare = channel == .counter ? 0.12 : 0.45
    let draw = random.unit()
    if draw < regularShare, let regular = people.regular(at: day.progress, random: &random) {
      return Customer(name: regular.name, english: regular.speaksEnglish, isRegular: true)
    }
    if draw < regularShare + guestShare {
      let guest = people.guest(random: &random)
      return Customer(name: guest.name, english: guest.speaksEnglish, isRegular: false)
    }
    return Customer(name: nil, english: random.chance(0.08), isRegular: false)
  }

  /// Something from `table`, by popularity.
  mutating func item(_ table: WeightedTable<DemoItem>) -> DemoItem {
    table.draw(&random) ?? DemoItem.catalog[0]
  }

  /// What an interaction on `channel` is about: baked goods at the counter (Stollen in
  /// November and December), orders of cakes by phone or mail, beans and mugs as products.
  func items(for channel: Channel) -> WeightedTable<DemoItem> {
    let christmas = day.date.month >= 11
    switch channel {
    case .product: return christmas ? DemoRun.christmasRetailItems : DemoRun.retailItems
    case .phone, .email, .chat, .website, .delivery, .invoice: return DemoRun.orderItems
    case .counter, .social, .review, .other: return christmas ? DemoRun.christmasFoodItems : DemoRun.foodItems
    }
  }

  mutating func planInteraction() {
    let channel = (day.isOpen ? DemoRun.channels : DemoRun.officeChannels).draw(&random) ?? .counter
    let desk = desk(for: channel)
    let moment = moment(desk)
    let who = customer(for: channel)
    let rated = channel == .review ? 1 : channel == .counter ? 0.5 : 0.2
    let rating =
      random.chance(rated)
      ? DemoMood.rating(satisfaction: satisfaction, extreme: channel == .review, random: &random) : nil
    let thing = item(items(for: channel))
    let text = DemoPhrases.interaction(channel, DemoPhrases.Mood(rating: rating))
      .draw(english: who.english, item: thing.name, random: &random)
    var tags: [String] = []
    if who.isRegular, random.chance(0.4) { tags.append("stammkunde") }
    if channel == .review { tags.append("google") }
    if mood.supplierTrouble(day.index) > 0.5, rating.map({ $0 <= 2 }) == true, random.chance(0.3) {
      tags.append("lieferant")
    }
    let interaction = Interaction(channel: channel, text: text, customer: who.name, rating: rating, tags: tags)
    record(.interaction(interaction), at: moment, desk: desk)
  }

  mutating func planComp() {
    let purpose = DemoRun.compPurposes.draw(&random) ?? .goodwill
    let thing = item(purpose == .marketing ? DemoRun.cakeItems : DemoRun.smallItems)
    var who = Customer(name: nil, english: false, isRegular: false)
    if purpose == .goodwill || purpose == .recovery || (purpose == .marketing && random.chance(0.3)) {
      who = customer(for: .counter)
    }
    let comp = Comp(
      item: thing.name, priceCents: thing.price(yearsAgo: yearsAgo),
      costCents: random.chance(0.9) ? thing.cost(yearsAgo: yearsAgo) : nil, purpose: purpose,
      reason: random.chance(0.8)
        ? DemoPhrases.compReasons[purpose]?.draw(english: who.english, item: thing.name, random: &random) : nil,
      customer: who.name)
    record(.comp(comp), at: counterMoment(), desk: .counter)
  }

  mutating func planRefusal() {
    let thing = item([11, 12, 1].contains(day.date.month) ? DemoRun.christmasRefusableItems : DemoRun.refusableItems)
    let reason: RefusalReason
    var defect: Defect? = random.chance(0.6) ? .no : random.chance(0.7) ? .unknown : nil
    switch thing.kind {
    case .retail where thing.isSeasonal: reason = random.chance(0.7) ? .saleItem : .pastDeadline
    case .retail:
      reason = random.chance(0.5) ? .used : random.chance(0.6) ? .pastDeadline : .noReceipt
      if thing.name == "Thermobecher", random.chance(0.4) { defect = .yes }
    case .cake, .pastry: reason = random.chance(0.6) ? .hygiene : .used
    case .wholeCake: reason = random.chance(0.5) ? .noReceipt : .other
    case .bread, .drink: reason = random.chance(0.5) ? .other : .noReceipt
    }
    if defect != .yes, random.chance(0.02) { defect = .yes }
    let who = random.chance(0.65) ? customer(for: .phone) : Customer(name: nil, english: false, isRegular: false)
    let refusal = Refusal(
      item: thing.name, priceCents: thing.price(yearsAgo: yearsAgo),
      costCents: random.chance(0.85) ? thing.cost(yearsAgo: yearsAgo) : nil, reason: reason, defect: defect,
      offered: random.chance(0.45) ? random.pick(DemoPhrases.offered) : nil, customer: who.name,
      text: random.chance(0.6)
        ? DemoPhrases.refusalTexts.draw(english: who.english, item: thing.name, random: &random) : nil)
    record(.refusal(refusal), at: counterMoment(), desk: .counter)
  }

  /// Adds a primary record; now and then it is keyed wrong and amended, or voided as a mistake.
  mutating func record(_ payload: Payload, at moment: Moment, desk: Desk) {
    let staff = staff(at: desk)
    var stored = payload
    var changes: JSONValue?
    if random.chance(0.002) { (stored, changes) = DemoRun.mistyped(payload) }
    let serial = add(.payload(stored), at: moment, desk: desk, staff: staff)
    if let changes, let fixed = later(moment, minutes: 3...120, desk: desk) {
      add(.amend(target: serial, changes: changes), at: fixed, desk: desk, staff: staff)
    } else if random.chance(0.003), let undone = later(moment, minutes: 1...15, desk: desk) {
      add(.void(target: serial, reason: random.pick(DemoPhrases.voidReasons)), at: undone, desk: desk, staff: staff)
    }
  }

  /// `payload` as mistyped at the till, and the amendment that corrects it: a customer's
  /// umlauts spelled out, a price keyed with an extra zero, or a rating fixed.
  static func mistyped(_ payload: Payload) -> (Payload, JSONValue?) {
    switch payload {
    case .interaction(var interaction):
      if let name = interaction.customer, let plain = spelledOut(name) {
        interaction.customer = plain
        return (.interaction(interaction), .object([JSONMember("customer", .string(name))]))
      }
      guard let rating = interaction.rating else { return (payload, nil) }
      interaction.rating = rating == 5 ? 4 : rating + 1
      return (.interaction(interaction), .object([JSONMember("rating", .int(rating))]))
    case .comp(var comp):
      let price = comp.priceCents
      comp.priceCents = price * 10
      return (.comp(comp), .object([JSONMember("price_cents", .number(String(price)))]))
    case .refusal(var refusal):
      guard let name = refusal.customer, let plain = spelledOut(name) else { return (payload, nil) }
      refusal.customer = plain
      return (.refusal(refusal), .object([JSONMember("customer", .string(name))]))
    default:
      return (payload, nil)
    }
  }

  /// `name` with umlauts and ß spelled out the way a hurried keyboard does; `nil` if unchanged.
  static func spelledOut(_ name: String) -> String? {
    var result = ""
    for character in name {
      switch character {
      case "ä": result += "ae"
      case "ö": result += "oe"
      case "ü": result += "ue"
      case "Ä": result += "Ae"
      case "Ö": result += "Oe"
      case "Ü": result += "Ue"
      case "ß": result += "ss"
      default: result.append(character)
      }
    }
    return result == name ? nil : result
  }
}
