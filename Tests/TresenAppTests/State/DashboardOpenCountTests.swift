import Testing

@testable import TresenApp

@Suite struct DashboardOpenCountTests {
  @Test func theOpenCountIsTheNumberOfComplaintsNotResolved() throws {
    let fixture = try AppFixture()
    let complaints = fixture.state.dashboard.complaints
    #expect(complaints.contains { $0.state == .resolved })
    #expect(complaints.contains { $0.state != .resolved })
    #expect(fixture.state.dashboard.openComplaintCount == complaints.count { $0.state != .resolved })
    var empty = fixture.state.dashboard
    empty.complaints = []
    #expect(empty.openComplaintCount == 0)
    empty.complaints = complaints.filter { $0.state == .resolved }
    #expect(empty.openComplaintCount == 0)
  }
}
