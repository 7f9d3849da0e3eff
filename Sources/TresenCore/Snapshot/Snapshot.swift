/// A disposable copy of the projections (DESIGN.md §3.1, §3.5 item 8): the history before
/// `horizon` folded, the stored events that still matter in full, and where each segment
/// ended when it was made, so a start reads only the bytes appended since.
///
/// Never the truth: any doubt about it (another program version, another day start, a segment
/// shrunk, replaced or edited) means it is thrown away and rebuilt from the log.
struct Snapshot: Sendable, Equatable {
  /// What the snapshot depends on besides the segments; another value means rebuild.
  var key: String
  /// The first business day (days since 1970-01-01) whose events `recent` holds completely.
  var horizon: Int
  /// Problems the reader reported while reading the segments in full.
  var problems: Int
  /// Where each segment ended.
  var watermarks: [Watermark]
  /// The effective events before the horizon that `recent` does not hold, folded.
  var folded: FoldedHistory
  /// Stored events (corrections not applied) in history order: every event from the horizon
  /// on, the complaints not resolved before it, and the corrections of these.
  var recent: [Event]

  /// The overview this snapshot holds; `extra` problems found since are added to its own.
  func overview(calendar: BusinessCalendar, problems extra: Int = 0) -> Overview {
    Overview(
      folded: folded, recent: Ledger(recent), horizon: LocalDate(daysSinceEpoch: horizon),
      problems: problems + extra, calendar: calendar)
  }

  /// Splits stored events (history order) at `horizon`: which must stay whole, and the
  /// effective rest folded.
  ///
  /// Kept whole: events on or after the horizon; the events of complaints not resolved before
  /// it (open, waiting, or resolved on or after it); and every correction of a kept event, so
  /// the kept events alone give the same corrected result as the whole history.
  static func split(
    _ stored: [Event], horizon: Int, calendar: BusinessCalendar
  ) -> (
    recent: [Event], folded: FoldedHistory
  ) {
    let ledger = Ledger(stored)
    let liveComplaints = Set(
      ledger.complaints.values.filter { complaint in
        guard complaint.state == .resolved, let resolvedAt = complaint.resolvedAt else { return true }
        return calendar.dayNumber(of: resolvedAt) >= horizon
      }.map(\.id))
    var kept = Set<EventID>()
    var corrections: [Event] = []
    for event in stored {
      switch event.payload {
      case .complaintOpened where liveComplaints.contains(event.id): kept.insert(event.id)
      case .complaintUpdate(let update) where liveComplaints.contains(update.complaint): kept.insert(event.id)
      case .correction: corrections.append(event)
      default: break
      }
      if calendar.dayNumber(of: event.at) >= horizon { kept.insert(event.id) }
    }
    // A correction may correct a correction: repeat until no more join.
    var joined = true
    while joined {
      joined = false
      for event in corrections where !kept.contains(event.id) {
        if case .correction(let correction) = event.payload, kept.contains(correction.target) {
          kept.insert(event.id)
          joined = true
        }
      }
    }
    var folded = FoldedHistory()
    for event in ledger.events where !kept.contains(event.id) { folded.add(event, calendar: calendar) }
    return (stored.filter { kept.contains($0.id) }, folded)
  }
}
