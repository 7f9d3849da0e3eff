/// The event types Tresen writes and interprets (DESIGN.md §3.4).
public enum EventType: String, CaseIterable, Sendable, Hashable {
  case interactionRecorded = "interaction.recorded"
  case complaintOpened = "complaint.opened"
  case complaintNoted = "complaint.noted"
  case complaintWaiting = "complaint.waiting"
  case complaintResolved = "complaint.resolved"
  case complaintReopened = "complaint.reopened"
  case complaintSeverityChanged = "complaint.severity_changed"
  case compGiven = "comp.given"
  case returnRefused = "return.refused"
  case eventVoided = "event.voided"
  case eventAmended = "event.amended"
  case customerErased = "customer.erased"

  /// The newest schema version of this type this build understands. Records with a higher
  /// `v` are kept byte for byte but not interpreted.
  public var currentVersion: Int { 1 }
}
