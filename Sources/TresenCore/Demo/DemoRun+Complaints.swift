/// Complaints and their whole life cycle: opened, noted, waiting, raised, settled with or
/// without a recovery comp, now and then reopened and settled again.
extension DemoRun {
  mutating func planComplaint() {
    let channel = (day.isOpen ? DemoRun.complaintChannels : DemoRun.officeComplaintChannels).draw(&random) ?? .email
    let desk = desk(for: channel)
    let opened = moment(desk)
    let categoryIndex =
      channel == .delivery ? DemoPhrases.complaintCategories.count - 2 : DemoRun.complaintCategories.draw(&random) ?? 0
    let (category, _, phrases) = DemoPhrases.complaintCategories[categoryIndex]
    var severity = DemoRun.severities.draw(&random) ?? .normal
    if category == "hygiene", severity < .high { severity = .high }
    var who = customer(for: channel)
    if who.name == nil, channel != .counter || random.chance(0.4) {
      let guest = people.guest(random: &random)
      who = Customer(name: guest.name, english: guest.speaksEnglish, isRegular: false)
    }
    let thing = item(DemoRun.cakeItems)
    let trouble = category == "quality" && random.chance(mood.supplierTrouble(day.index) * 0.7)
    let text = (trouble ? DemoPhrases.supplierTrouble : phrases).draw(
      english: who.english, item: thing.name, random: &random)
    let staff = staff(at: desk)
    let serial = add(
      .payload(
        .complaintOpened(
          ComplaintOpened(channel: channel, text: text, customer: who.name, severity: severity, category: category))),
      at: opened, desk: desk, staff: staff)
    let complaint = Complaint(serial: serial, item: thing, customer: who, staff: staff)
    if channel == .counter, severity <= .normal, random.chance(0.65) {
      settleOnTheSpot(complaint, opened: opened)
    } else {
      followUp(complaint, opened: opened, severity: severity, desk: desk)
    }
  }

  /// What a complaint's follow-ups need to know about it.
  struct Complaint {
    var serial: Int
    var item: DemoItem
    var customer: Customer
    var staff: String
  }

  /// Settled at the counter within minutes: often with the item replaced or comped.
  private mutating func settleOnTheSpot(_ complaint: Complaint, opened: Moment) {
    guard var cursor = later(opened, minutes: 2...15, desk: .counter) else { return }
    var outcome = DemoRun.quickOutcomes.draw(&random) ?? .apology
    if random.chance(0.45) {
      add(recoveryComp(complaint), at: cursor, desk: .counter, staff: complaint.staff)
      outcome = random.chance(0.7) ? .comp : .replacement
      guard let next = later(cursor, minutes: 1...10, desk: .counter) else { return }
      cursor = next
    }
    resolve(complaint, outcome: outcome, at: cursor, desk: .counter)
  }

  /// Handled over days, mostly from the office.
  private mutating func followUp(_ complaint: Complaint, opened: Moment, severity: Severity, desk: Desk) {
    var cursor = opened
    let office = devices.count > 1 ? Desk.office : desk
    let english = complaint.customer.english
    if random.chance(0.7) {
      guard let next = after(cursor, days: 0...2, desk: office) else { return }
      cursor = next
      let text = DemoPhrases.notes.draw(english: english, item: complaint.item.name, random: &random)
      add(.complaintUpdate(complaint: complaint.serial, .noted(text: text)), at: cursor, desk: office, staff: "AM")
    }
    if random.chance(0.16) {
      guard let next = after(cursor, days: 0...1, desk: office) else { return }
      cursor = next
      let changed = random.chance(0.75) ? severity.raised : severity.lowered
      if changed != severity {
        add(
          .complaintUpdate(complaint: complaint.serial, .severityChanged(changed)), at: cursor, desk: office,
          staff: "AM")
      }
    }
    if random.chance(0.35) {
      guard let next = after(cursor, days: 0...2, desk: office) else { return }
      cursor = next
      let wait = random.int(in: 2...10)
      let until = allDays[cursor.day].date.adding(days: wait)
      let text = random.chance(0.6) ? DemoPhrases.waiting.draw(english: english, item: "", random: &random) : nil
      add(
        .complaintUpdate(complaint: complaint.serial, .waiting(until: until, text: text)), at: cursor, desk: office,
        staff: "AM")
      // Often settled around the date, sometimes well after it (overdue on the dashboard).
      guard let resume = after(cursor, days: max(1, wait - 1)...(wait + 8), desk: office) else { return }
      cursor = resume
    }
    if random.chance(0.25) {
      guard let next = after(cursor, days: 0...3, desk: office) else { return }
      cursor = next
      add(recoveryComp(complaint), at: cursor, desk: office, staff: "AM")
    }
    if isForgotten(opened) { return }
    guard let settled = after(cursor, days: 1...10, desk: office) else { return }
    resolve(complaint, outcome: DemoRun.slowOutcomes.draw(&random) ?? .apology, at: settled, desk: office)
  }

  /// Resolves the complaint, optionally with the customer's rating; a few come back and are
  /// reopened and settled again.
  private mutating func resolve(_ complaint: Complaint, outcome: Outcome, at moment: Moment, desk: Desk) {
    let english = complaint.customer.english
    let happy: Double =
      switch outcome {
      case .rejected: 0.15
      case .apology, .explanation, .other: 0.55
      default: 0.8
      }
    let rating =
      random.chance(0.45) ? DemoMood.rating(satisfaction: happy, extreme: false, random: &random) : nil
    let text = random.chance(0.6) ? DemoPhrases.resolved.draw(english: english, item: "", random: &random) : nil
    add(
      .complaintUpdate(complaint: complaint.serial, .resolved(outcome: outcome, text: text, rating: rating)),
      at: moment, desk: desk, staff: desk == .office ? "AM" : complaint.staff)
    let office = devices.count > 1 ? Desk.office : desk
    guard random.chance(0.07), let reopened = after(moment, days: 1...10, desk: office) else { return }
    let why = random.chance(0.7) ? DemoPhrases.reopened.draw(english: english, item: "", random: &random) : nil
    add(.complaintUpdate(complaint: complaint.serial, .reopened(text: why)), at: reopened, desk: office, staff: "AM")
    guard !isForgotten(reopened), let again = after(reopened, days: 1...6, desk: office) else { return }
    let second = DemoRun.slowOutcomes.draw(&random) ?? .apology
    let secondRating = random.chance(0.5) ? DemoMood.rating(satisfaction: 0.5, extreme: false, random: &random) : nil
    add(
      .complaintUpdate(complaint: complaint.serial, .resolved(outcome: second, text: nil, rating: secondRating)),
      at: again, desk: office, staff: "AM")
  }

  /// Whether a complaint's next step at `moment` never happens: a few of the last month's
  /// complaints are simply not dealt with yet (older ones all were, eventually).
  private mutating func isForgotten(_ moment: Moment) -> Bool {
    timeline.lastIndex - moment.day < 30 && random.chance(0.05)
  }

  /// A comp that makes up for the complaint, linked to it.
  private mutating func recoveryComp(_ complaint: Complaint) -> PlannedEvent.Content {
    let thing = complaint.item
    let comp = Comp(
      item: thing.name, priceCents: thing.price(yearsAgo: yearsAgo), costCents: thing.cost(yearsAgo: yearsAgo),
      purpose: .recovery,
      reason: DemoPhrases.compReasons[.recovery]?.draw(
        english: complaint.customer.english, item: thing.name, random: &random),
      customer: complaint.customer.name)
    return .recoveryComp(comp, complaint: complaint.serial)
  }
}
