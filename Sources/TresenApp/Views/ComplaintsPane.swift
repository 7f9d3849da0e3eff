import TerminalUI
import TresenCore

/// Pane 2: open complaints by urgency — severity, age, customer, text; waiting ones dimmed
/// with their date; those resolved today at the end, marked ✓.
struct ComplaintsPane {
  let symbols: BorderSymbols

  func render(_ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let complaints = state.dashboard.complaints
    let open = state.dashboard.openComplaintCount
    let focused = state.focus == .complaints && state.mode == .dashboard
    let block = Block(
      title: "2 \(l(.paneComplaints)) · \(l.number(open))", symbols: symbols, isFocused: state.focus == .complaints)
    frame.render(block, in: area)
    let inner = block.inner(area)
    let today = state.now.localDate
    // Wide enough for "⏰ 21.11." (the clock is two columns wide) in both languages.
    let noteWidth = inner.width >= 50 ? 11 : 9
    let customers = CustomerColumn(paneWidth: inner.width)
    let columns =
      [TableColumn("", width: .length(1)), TableColumn("", width: .length(4), alignment: .right)] + customers.columns
      + [TableColumn("", width: .fill), TableColumn("", width: .length(noteWidth))]
    let table = Table(
      columns: columns,
      count: complaints.count, state: state.complaintList, showsHeader: false,
      selectedStyle: Style(role: .selected, attributes: focused ? .reverse : .underline)
    ) { index in
      let complaint = complaints[index]
      var note = ""
      var rowRole: StyleRole = .text
      switch complaint.state {
      case .waiting:
        rowRole = .waiting
        note = "⏸ " + (complaint.waitingUntil.map { Self.shortDate($0, l) } ?? "")
        if let until = complaint.waitingUntil, until < today { note = "⏰ " + Self.shortDate(until, l) }
      case .resolved:
        rowRole = .muted
        note = "✓ " + l.label(ComplaintState.resolved)
        if note.displayWidth > noteWidth { note = "✓" }
      case .open: break
      }
      var cells = [
        Line([Span(Glyphs.severity(complaint.severity), role: Self.role(of: complaint.severity))]),
        Line(l(.ageDays, complaint.ageInDays(now: state.now))),
      ]
      cells += customers.cells(customer: complaint.customer, text: complaint.text, placeholder: "—")
      cells.append(Line(note))
      return TableRow(cells, style: Style(role: rowRole))
    }
    frame.render(table, in: inner)
    if focused, let cursor = table.cursorPosition(in: inner) { frame.cursor = cursor }
  }

  static func role(of severity: Severity) -> StyleRole {
    switch severity {
    case .urgent: .severityUrgent
    case .high: .severityHigh
    case .normal: .severityNormal
    case .low: .severityLow
    }
  }

  /// `01.12.` or `12-01`.
  static func shortDate(_ date: LocalDate, _ localizer: Localizer) -> String {
    let full = localizer.date(date)
    return localizer.language == .de ? String(full.prefix(6)) : String(full.suffix(5))
  }
}
