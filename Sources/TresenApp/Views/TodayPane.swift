import TerminalUI
import TresenCore

/// Pane 1: the day's touchpoints, newest first — time, kind glyph, customer, what happened,
/// rating or amount.
struct TodayPane {
  let symbols: BorderSymbols

  func render(_ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let events = state.dashboard.today
    let focused = state.focus == .today && state.mode == .dashboard
    let block = Block(
      title: "1 \(l(.paneToday)) · \(l.number(events.count))", symbols: symbols, isFocused: state.focus == .today)
    frame.render(block, in: area)
    let inner = block.inner(area)
    let wide = inner.width >= 60
    let customers = CustomerColumn(paneWidth: inner.width)
    let columns =
      [TableColumn("", width: .length(5)), TableColumn("", width: .length(1))] + customers.columns
      + [TableColumn("", width: .fill), TableColumn("", width: .length(wide ? 9 : 7), alignment: .right)]
    let ledger = state.overview?.ledger
    let table = Table(
      columns: columns,
      count: events.count, state: state.todayList, showsHeader: false,
      selectedStyle: Style(role: .selected, attributes: focused ? .reverse : .underline)
    ) { index in
      let event = events[index]
      let customer = Self.customer(of: event, ledger: ledger)
      var cells = [Line(l.time(event.at)), Line([Span(Glyphs.kind(of: event), role: role(of: event))])]
      cells += customers.cells(customer: customer, text: l.describe(event))
      cells.append(Line(Self.figure(of: event, localizer: l, wide: wide)))
      return TableRow(cells)
    }
    frame.render(table, in: inner)
    if focused, let cursor = table.cursorPosition(in: inner) { frame.cursor = cursor }
  }

  /// The customer an event is about; for a complaint's follow-up, the complaint's customer.
  static func customer(of event: Event, ledger: Ledger?) -> String? {
    if let name = event.payload?.customer { return name }
    guard case .complaintUpdate(let update) = event.payload else { return nil }
    return ledger?.complaints[update.complaint]?.customer
  }

  /// The rating as stars or the amount of a comp or refusal.
  static func figure(of event: Event, localizer: Localizer, wide: Bool) -> String {
    if let rating = event.payload?.rating { return wide ? localizer.stars(rating) : "★\(rating)" }
    switch event.payload {
    case .comp(let comp): return localizer.money(comp.priceCents)
    case .refusal(let refusal): return localizer.money(refusal.priceCents)
    default: return ""
    }
  }

  private func role(of event: Event) -> StyleRole {
    switch event.payload {
    case .complaintOpened: .severityHigh
    case .refusal: .warn
    case .comp: .ok
    default: .text
    }
  }
}
