/// How urgent an open complaint is, as a sum of explained parts (Taskwarrior's transparent
/// urgency, `reference/domain.md` §2.4): severity, age, a follow-up date that has passed, and
/// a customer who complained or was refused before.
public struct Urgency: Sendable, Hashable {
  /// One part of the score.
  public enum Factor: String, Sendable, Hashable, CaseIterable {
    case severity
    case age
    case waiting
    case overdue
    case repeatComplaints = "repeat_complaints"
    case earlierRefusals = "earlier_refusals"
  }

  /// The parts that contributed, in `Factor` order; zero parts are left out.
  public var parts: [(factor: Factor, points: Double)]

  /// The total.
  public var score: Double { parts.reduce(0) { $0 + $1.points } }

  public static func == (lhs: Urgency, rhs: Urgency) -> Bool {
    lhs.parts.map(\.factor) == rhs.parts.map(\.factor) && lhs.parts.map(\.points) == rhs.parts.map(\.points)
  }

  public func hash(into hasher: inout Hasher) {
    for part in parts {
      hasher.combine(part.factor)
      hasher.combine(part.points)
    }
  }

  /// The urgency of `complaint` at `now`; 0 when resolved.
  public init(of complaint: Complaint, now: Timestamp, history: CustomerHistory) {
    guard complaint.state != .resolved else {
      parts = []
      return
    }
    var parts: [(Factor, Double)] = []
    let severityPoints: Double =
      switch complaint.severity {
      case .low: 1
      case .normal: 3
      case .high: 6
      case .urgent: 10
      }
    parts.append((.severity, severityPoints))
    let age = Double(complaint.ageInDays(now: now))
    parts.append((.age, min(age * 0.5, 7)))
    if complaint.state == .waiting {
      if let until = complaint.waitingUntil, until < now.localDate {
        parts.append((.overdue, 4))
      } else {
        parts.append((.waiting, -5))
      }
    }
    if let customer = complaint.customer {
      let earlier = history.complaints(of: customer, before: complaint.openedAt)
      parts.append((.repeatComplaints, Double(min(earlier, 3))))
      let refusals = history.refusals(of: customer, before: now)
      parts.append((.earlierRefusals, Double(min(refusals, 2) * 2)))
    }
    self.parts = parts.filter { $0.1 != 0 }.map { (factor: $0.0, points: $0.1) }
  }
}
