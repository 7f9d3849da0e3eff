/// The text of `tresen complaint list` and `tresen complaint show`.
public struct ComplaintReport {
  public let localizer: Localizer
  public let now: Timestamp

  public init(localizer: Localizer, now: Timestamp) {
    self.localizer = localizer
    self.now = now
  }

  /// A table of complaints, one line each, in the order given.
  public func list(_ complaints: [Complaint], all: Bool) -> String {
    let l = localizer
    guard !complaints.isEmpty else { return l(all ? .complaintsNoneAll : .complaintsNone) }
    var lines = [
      [
        VisibleText.column(l(.colId), 8), VisibleText.column(l(.colAge), 6), VisibleText.column(l(.colSeverity), 9),
        VisibleText.column(l(.colState), 18), VisibleText.column(l(.colCustomer), 18), l(.colText),
      ].joined(separator: "  ")
    ]
    for complaint in complaints {
      var state = l.label(complaint.state)
      if let until = complaint.waitingUntil, complaint.state == .waiting {
        state += " " + l.date(until)
        if until < now.localDate { state += " !" }
      }
      lines.append(
        [
          complaint.id.short, VisibleText.column(l(.ageDays, complaint.ageInDays(now: now)), 6),
          VisibleText.column(l.label(complaint.severity), 9), VisibleText.column(state, 18),
          VisibleText.column(complaint.customer ?? "—", 18), VisibleText.fit(complaint.text, 200),
        ].joined(separator: "  "))
    }
    return lines.joined(separator: "\n")
  }

  /// Everything about one complaint: fields, urgency with its parts, and history.
  public func show(_ complaint: Complaint, urgency: Urgency) -> String {
    let l = localizer
    let clean = VisibleText.sanitize
    var rows: [(String, String)] = [
      (l(.complaintOpened), l.dateTime(complaint.openedAt)),
      (l(.complaintChannel), l.label(complaint.channel)),
      (l(.complaintCustomer), complaint.customer.map(clean) ?? l(.complaintWalkIn)),
      (l(.complaintSeverity), l.label(complaint.severity)),
      (l(.complaintState), l.label(complaint.state)),
    ]
    if let category = complaint.category { rows.append((l(.complaintCategory), clean(category))) }
    if let until = complaint.waitingUntil {
      rows.append(
        (l(.complaintWaitingUntil), l.date(until) + (until < now.localDate ? " (\(l(.complaintOverdue)))" : "")))
    }
    if let outcome = complaint.outcome { rows.append((l(.complaintOutcome), l.label(outcome))) }
    if let rating = complaint.rating { rows.append((l(.complaintRating), l.stars(rating))) }
    if complaint.reopenCount > 0 { rows.append((l(.complaintReopened), l.number(complaint.reopenCount))) }
    let width = rows.map(\.0.count).max() ?? 0
    var lines = [l(.complaintTitle, complaint.id.short), "", clean(complaint.text), ""]
    lines += rows.map { VisibleText.column($0.0, width) + "  " + $0.1 }
    lines += ["", "\(l(.complaintUrgency)): \(Self.points(urgency.score))"]
    lines += urgency.parts.map { part in
      let points = Self.points(part.points, signed: true)
      return "  " + String(repeating: " ", count: max(0, 4 - points.count)) + points + "  " + l.label(part.factor)
    }
    lines += ["", l(.complaintHistory)]
    for event in complaint.history {
      let staff = event.staff.map { " (\(clean($0)))" } ?? ""
      lines.append("  \(l.dateTime(event.at))  \(event.id.short)  \(l.describe(event))\(staff)")
    }
    return lines.joined(separator: "\n")
  }

  static func points(_ value: Double, signed: Bool = false) -> String {
    let text = JSONWriter.string(EventJSON.number(value))
    return signed && value > 0 ? "+" + text : text
  }
}
