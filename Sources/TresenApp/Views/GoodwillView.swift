import TerminalUI
import TresenCore

/// `g`: what goodwill cost and what refusals saved — and risked — by day (last 14 days), week
/// (last 8 weeks) or month (last 6 months), with totals.
struct GoodwillView {
  let symbols: BorderSymbols

  /// The days shown for `kind`, ending with `day`: 14 days, 8 weeks or 6 months.
  static func range(_ kind: Period.Kind, endingAt day: LocalDate) -> (first: LocalDate, last: LocalDate) {
    let count = kind == .day ? 14 : kind == .week ? 8 : 6
    var first = Period(containing: day, kind: kind).first
    for _ in 1..<count { first = Period(containing: first.adding(days: -1), kind: kind).first }
    return (first, day)
  }

  func render(_ kind: Period.Kind, _ state: AppState, in area: Rect, frame: inout Frame) {
    let l = state.context.localizer
    let kindLabel = l.label(kind)
    let modal = Modal(title: l(.goodwillViewTitle, kindLabel), size: area.size, symbols: symbols)
    frame.render(modal, in: area)
    let content = modal.contentArea(in: area).inset(left: 1, right: 1)
    guard content.height > 3 else { return }
    guard let ledger = state.ledger else {
      _ = frame.buffer.set(
        line: Line(l(.viewReadingHistory)), at: Point(x: content.x, y: content.y), maxWidth: content.width)
      return
    }
    let (first, last) = Self.range(kind, endingAt: state.dashboard.day)
    let groups = Goodwill.grouped(ledger, by: kind, from: first, through: last, calendar: state.context.calendar)
    let total = Goodwill(ledger, from: first, through: last, calendar: state.context.calendar)
    let rows =
      groups.map { (period: $0.period.description, goodwill: $0.goodwill) }
      + [(period: l(.goodwillViewTotal), goodwill: total)]
    let table = Table(
      columns: [
        TableColumn(l(.goodwillViewPeriod), width: .length(10)),
        TableColumn(l(.goodwillViewComps), width: .length(7), alignment: .right),
        TableColumn(l(.goodwillViewAtPrice), width: .fill, alignment: .right),
        TableColumn(l(.goodwillViewAtCost), width: .fill, alignment: .right),
        TableColumn(l(.goodwillViewRefusals), width: .length(9), alignment: .right),
        TableColumn(l(.goodwillViewAtPrice), width: .fill, alignment: .right),
        TableColumn(l(.goodwillViewCostOfYes), width: .fill, alignment: .right),
        TableColumn(l(.goodwillViewDefects), width: .length(7), alignment: .right),
      ],
      count: rows.count, state: ListState(selected: nil), showsHeader: true
    ) { index in
      let row = rows[index]
      let comps = row.goodwill.comps
      let refusals = row.goodwill.refusals
      return TableRow(
        texts: [
          row.period, l.number(comps.count), l.money(comps.priceCents), l.money(comps.costCents),
          l.number(refusals.count), l.money(refusals.priceCents), l.money(refusals.costOfYesCents),
          l.number(refusals.withDefect),
        ], style: Style(role: index == rows.count - 1 ? .header : .text))
    }
    let note = l(.goodwillViewNote).wrapped(toWidth: content.width, maxLines: 2)
    frame.render(table, in: content.inset(bottom: note.count + 1))
    for (offset, line) in note.enumerated() {
      _ = frame.buffer.set(
        line: Line([Span(line, role: .muted)]), at: Point(x: content.x, y: content.bottom - note.count + offset),
        maxWidth: content.width)
    }
  }
}
