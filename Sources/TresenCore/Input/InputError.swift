/// Input a user typed that Tresen cannot record, with what the message needs. Shared by the
/// command line and the forms of the terminal UI.
public enum InputError: Error, Equatable, Sendable {
  case amount(field: Field, input: String, failure: Amount.Failure)
  case date(input: String)
  case choice(field: Field, input: String, allowed: [String])
  case emptyText(field: Field)
  case textTooLong(field: Field, count: Int, maximum: Int)
  case rating(input: String)
  case unknownID(String)
  case ambiguousID(String, matches: Int)
  case notAComplaint(String)
  case complaintResolved(String)
  case complaintNotResolved(String)
  case alreadyVoided(String)

  /// The input field a message is about.
  public enum Field: String, Sendable, CaseIterable {
    case item, price, cost, text, customer, note, channel, severity, outcome, purpose, reason, defect
  }
}
