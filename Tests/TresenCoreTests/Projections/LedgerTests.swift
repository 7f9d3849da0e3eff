import Testing
import TresenCore
import TresenTestSupport

/// Builds stored events in memory, numbered like one device writes them.
struct HistoryBuilder {
  private(set) var events: [Event] = []
  private let ids = Fixtures.ids()

  @discardableResult
  mutating func add(_ payload: Payload, at time: Timestamp, device: String = "kasse-1") -> Event {
    let event = Event(
      id: ids.next(at: time), type: payload.type.rawValue, at: time, device: device, seq: events.count + 1,
      staff: nil, data: payload.json, payload: payload)
    events.append(event)
    return event
  }

  var ledger: Ledger { Ledger(events) }
}

@Suite struct LedgerTests {
  @Test func aVoidRemovesItsTargetEverywhereAndAVoidedVoidRestoresIt() {
    var history = HistoryBuilder()
    let mistake = history.add(.interaction(Interaction(channel: .phone, text: "Falsch", rating: 1)), at: Fixtures.at(9))
    let void = history.add(.correction(Correction(target: mistake.id, change: .void(reason: nil))), at: Fixtures.at(10))
    #expect(history.ledger.events.isEmpty)
    #expect(history.ledger.voided == [mistake.id])

    history.add(.correction(Correction(target: void.id, change: .void(reason: "doch richtig"))), at: Fixtures.at(11))
    #expect(history.ledger.events.map(\.id) == [mistake.id])
    #expect(history.ledger.voided == [void.id])
  }

  @Test func anAmendmentReplacesFieldsAndABadAmendmentIsIgnored() {
    var history = HistoryBuilder()
    let comp = history.add(.comp(Comp(item: "Espreso", priceCents: 220)), at: Fixtures.at(9))
    history.add(
      .correction(Correction(target: comp.id, change: .amend(changes: .object([JSONMember("item", "Espresso")])))),
      at: Fixtures.at(10))
    history.add(
      .correction(Correction(target: comp.id, change: .amend(changes: .object([JSONMember("price_cents", "x")])))),
      at: Fixtures.at(11))
    let events = history.ledger.events
    #expect(events.count == 1)
    #expect(events[0].payload == .comp(Comp(item: "Espresso", priceCents: 220)))
  }

  @Test func complaintStateFollowsItsUpdatesInOrder() {
    var history = HistoryBuilder()
    let opened = history.add(
      .complaintOpened(ComplaintOpened(text: "Kalt", customer: "Anna", severity: .normal)), at: Fixtures.at(9))
    let id = opened.id
    func update(_ change: ComplaintUpdate.Change, _ hour: Int) {
      history.add(.complaintUpdate(ComplaintUpdate(complaint: id, change: change)), at: Fixtures.at(hour))
    }
    #expect(history.ledger.complaints[id]?.state == .open)
    update(.waiting(until: Fixtures.today.adding(days: 2), text: nil), 10)
    #expect(history.ledger.complaints[id]?.state == .waiting)
    #expect(history.ledger.complaints[id]?.waitingUntil == Fixtures.today.adding(days: 2))
    update(.severityChanged(.high), 11)
    update(.resolved(outcome: .refund, text: nil, rating: 4), 12)
    var complaint = history.ledger.complaints[id]
    #expect(complaint?.state == .resolved)
    #expect(complaint?.severity == .high)
    #expect(complaint?.rating == 4)
    #expect(complaint?.waitingUntil == nil)
    update(.reopened(text: "wieder kalt"), 13)
    complaint = history.ledger.complaints[id]
    #expect(complaint?.state == .open)
    #expect(complaint?.outcome == nil)
    #expect(complaint?.reopenCount == 1)
    #expect(complaint?.history.count == 5)
  }

  @Test func updatesOfAVoidedComplaintAreIgnored() {
    var history = HistoryBuilder()
    let opened = history.add(.complaintOpened(ComplaintOpened(text: "Test")), at: Fixtures.at(9))
    history.add(.correction(Correction(target: opened.id, change: .void(reason: nil))), at: Fixtures.at(10))
    history.add(
      .complaintUpdate(ComplaintUpdate(complaint: opened.id, change: .noted(text: "x"))), at: Fixtures.at(11))
    #expect(history.ledger.complaints.isEmpty)
  }

  @Test func openComplaintsSortByUrgencyWithItsExplanation() {
    var history = HistoryBuilder()
    let now = Fixtures.at(12)
    let old = history.add(
      .complaintOpened(ComplaintOpened(text: "alt", severity: .normal)),
      at: Fixtures.at(9, on: Fixtures.today.adding(days: -10)))
    let urgent = history.add(.complaintOpened(ComplaintOpened(text: "dringend", severity: .urgent)), at: Fixtures.at(9))
    history.add(
      .refusal(Refusal(item: "Torte", priceCents: 300, customer: "Zoë")),
      at: Fixtures.at(8, on: Fixtures.today.adding(days: -3)))
    let returning = history.add(
      .complaintOpened(ComplaintOpened(text: "schon wieder", customer: "zoë ", severity: .low)), at: Fixtures.at(10))
    let parked = history.add(.complaintOpened(ComplaintOpened(text: "wartet", severity: .high)), at: Fixtures.at(10))
    history.add(
      .complaintUpdate(
        ComplaintUpdate(complaint: parked.id, change: .waiting(until: Fixtures.today.adding(days: 3), text: nil))),
      at: Fixtures.at(11))

    let ledger = history.ledger
    let ordered = ledger.complaints(in: [.open, .waiting], now: now)
    #expect(ordered.map(\.id) == [urgent.id, old.id, returning.id, parked.id])
    let history2 = CustomerHistory(ledger.events)
    let oldUrgency = Urgency(of: ledger.complaints[old.id]!, now: now, history: history2)
    #expect(oldUrgency.parts.map(\.factor) == [.severity, .age])
    #expect(oldUrgency.score == 3 + 5)
    let repeatUrgency = Urgency(of: ledger.complaints[returning.id]!, now: now, history: history2)
    #expect(repeatUrgency.parts.map(\.factor) == [.severity, .earlierRefusals])
    let parkedUrgency = Urgency(of: ledger.complaints[parked.id]!, now: now, history: history2)
    #expect(parkedUrgency.score == 6 - 5)
    let overdue = Urgency(
      of: ledger.complaints[parked.id]!, now: Fixtures.at(12, on: Fixtures.today.adding(days: 5)), history: history2)
    #expect(overdue.parts.map(\.factor) == [.severity, .age, .overdue])
  }

  @Test func theDayHoldsOnlyItsBusinessDaysEventsWithAFourOClockStart() {
    var history = HistoryBuilder()
    let morning = history.add(
      .interaction(Interaction(channel: .counter, text: "Frühstück")), at: Fixtures.at(8, on: Fixtures.today))
    let late = history.add(
      .interaction(Interaction(channel: .counter, text: "Letzte Runde")),
      at: Fixtures.at(1, 30, on: Fixtures.today.adding(days: 1)))
    let bar = BusinessCalendar(dayStartHour: 4)
    #expect(history.ledger.events(on: Fixtures.today, calendar: bar).map(\.id) == [morning.id, late.id])
    #expect(history.ledger.events(on: Fixtures.today, calendar: BusinessCalendar()).map(\.id) == [morning.id])
  }

  @Test func customersAreListedMostFrequentFirst() {
    var history = HistoryBuilder()
    history.add(.interaction(Interaction(channel: .counter, text: "a", customer: "Anna")), at: Fixtures.at(8))
    history.add(.interaction(Interaction(channel: .counter, text: "b", customer: "Jürgen")), at: Fixtures.at(9))
    history.add(.comp(Comp(item: "Keks", priceCents: 100, customer: "Jürgen")), at: Fixtures.at(10))
    #expect(history.ledger.customers == ["Jürgen", "Anna"])
  }
}
