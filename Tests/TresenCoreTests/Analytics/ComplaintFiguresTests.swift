import Testing
import TresenCore
import TresenTestSupport

@Suite struct ComplaintFiguresTests {
  private let calendar = BusinessCalendar()

  @Test func openWaitingOverdueAndMedians() {
    var history = HistoryBuilder()
    func open(_ daysAgo: Int, _ hour: Int = 9) -> EventID {
      history.add(
        .complaintOpened(ComplaintOpened(text: "Beschwerde")),
        at: Fixtures.at(hour, on: Fixtures.today.adding(days: -daysAgo))
      ).id
    }
    func update(_ id: EventID, _ change: ComplaintUpdate.Change, at time: Timestamp) {
      history.add(.complaintUpdate(ComplaintUpdate(complaint: id, change: change)), at: time)
    }
    // Open: 1, 4 and 10 days old; the 10-day one waits past its date, the 4-day one not yet.
    _ = open(1)
    let waitingLater = open(4)
    let overdue = open(10)
    update(waitingLater, .waiting(until: Fixtures.today.adding(days: 2), text: nil), at: Fixtures.at(8))
    update(overdue, .waiting(until: Fixtures.today.adding(days: -3), text: nil), at: Fixtures.at(8, 5))
    // Resolved in 3 h and in 27 h; one resolved before the range does not count.
    let quick = open(0, 9)
    update(quick, .resolved(outcome: .apology, text: nil, rating: nil), at: Fixtures.at(12))
    let slow = open(2, 9)
    update(
      slow, .resolved(outcome: .refund, text: nil, rating: 4), at: Fixtures.at(12, on: Fixtures.today.adding(days: -1)))
    let old = open(40)
    update(
      old, .resolved(outcome: .refund, text: nil, rating: nil),
      at: Fixtures.at(10, on: Fixtures.today.adding(days: -39)))

    let figures = ComplaintFigures(
      history.ledger, from: Fixtures.today.adding(days: -7), through: Fixtures.today, calendar: calendar)
    #expect(figures.open == 3)
    #expect(figures.waiting == 2)
    #expect(figures.overdue == 1)
    #expect(figures.medianAgeDays == 4)
    #expect(figures.resolved == 2)
    #expect(figures.medianResolutionHours == 15)
  }

  @Test func withoutComplaintsThereAreNoMedians() {
    let figures = ComplaintFigures(Ledger([]), from: Fixtures.today, through: Fixtures.today, calendar: calendar)
    #expect(figures.open == 0 && figures.resolved == 0)
    #expect(figures.medianAgeDays == nil && figures.medianResolutionHours == nil)
  }

  @Test func medianOfOddAndEvenCounts() {
    #expect(ComplaintFigures.median([]) == nil)
    #expect(ComplaintFigures.median([7]) == 7)
    #expect(ComplaintFigures.median([9, 1, 5]) == 5)
    #expect(ComplaintFigures.median([4, 1, 3, 2]) == 2.5)
  }
}
