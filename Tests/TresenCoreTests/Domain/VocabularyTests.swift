import Testing
import TresenCore

@Suite struct VocabularyTests {
  @Test func storedWordsAreThoseOfTheDesign() {
    #expect(
      Channel.allCases.map(\.rawValue) == [
        "counter", "phone", "email", "chat", "social", "review", "invoice", "delivery", "product", "website", "other",
      ])
    #expect(Severity.allCases.map(\.rawValue) == ["low", "normal", "high", "urgent"])
    #expect(
      Outcome.allCases.map(\.rawValue) == [
        "refund", "replacement", "repair", "voucher", "comp", "apology", "explanation", "rejected", "other",
      ])
    #expect(CompPurpose.allCases.map(\.rawValue) == ["recovery", "goodwill", "marketing", "staff", "other"])
    #expect(
      RefusalReason.allCases.map(\.rawValue) == [
        "no receipt", "used", "past deadline", "hygiene", "sale item", "other",
      ])
    #expect(Defect.allCases.map(\.rawValue) == ["yes", "no", "unknown"])
    #expect(ComplaintState.allCases.map(\.rawValue) == ["open", "waiting", "resolved"])
    #expect(
      EventType.allCases.map(\.rawValue) == [
        "interaction.recorded", "complaint.opened", "complaint.noted", "complaint.waiting", "complaint.resolved",
        "complaint.reopened", "complaint.severity_changed", "comp.given", "return.refused", "event.voided",
        "event.amended", "customer.erased",
      ])
    #expect(EventType.allCases.allSatisfy { $0.currentVersion == 1 })
  }

  @Test func severityRisesAndFallsWithinItsScale() {
    #expect(Severity.low < .normal && Severity.normal < .high && Severity.high < .urgent)
    #expect(Severity.allCases.map(\.rank) == [0, 1, 2, 3])
    #expect(Severity.allCases.map(\.raised) == [.normal, .high, .urgent, .urgent])
    #expect(Severity.allCases.map(\.lowered) == [.low, .low, .normal, .high])
    #expect(Severity.allCases.sorted(by: >) == [.urgent, .high, .normal, .low])
  }
}
