import TerminalUI
import TresenCore

/// Pane 3: the pooled 7-day satisfaction as a sparkline over the last 30 days, the current
/// value with n and its 95 % interval, and the day's goodwill figures.
struct SatisfactionPane {
  let symbols: BorderSymbols

  func render(_ state: AppState, in area: Rect, buffer: inout Buffer) {
    let l = state.context.localizer
    let trend = state.dashboard.trend
    let block = Block(
      title: "3 \(l(.paneSatisfaction)) · \(state.dashboard.trendWindow)/\(Dashboard.trendDays)", symbols: symbols,
      isFocused: state.focus == .satisfaction)
    buffer.render(block, in: area)
    let inner = block.inner(area).inset(left: 1, right: 1)
    guard inner.height >= 1 else { return }
    let lines = inner.rows([.length(1), .length(1), .length(1), .length(1)])
    let values = trend.points.map { $0.csat }
    // Widening: when the verdict still fits beside it, each day gets two columns.
    let series = inner.width >= values.count * 2 + 28 ? values.flatMap { [$0, $0] } : values
    let chart = lines[0].columns([.length(series.count), .fill], spacing: 2)
    buffer.render(Sparkline(series, minimum: 0, maximum: 1, style: Style(role: .chart)), in: chart[0])
    let verdict: (StyleRole, String) =
      switch trend.change.verdict {
      case .better: (.trendGood, "▲ " + l(.satisfactionBetter, state.dashboard.trendWindow))
      case .worse: (.trendBad, "▼ " + l(.satisfactionWorse, state.dashboard.trendWindow))
      case .noClearChange: (.trendNeutral, "= " + l(.satisfactionNoChange))
      }
    _ = buffer.set(line: Line([Span(verdict.1, role: verdict.0)]), at: chart[1].origin, maxWidth: chart[1].width)
    if let current = trend.points.last, let csat = current.csat, let low = current.low, let high = current.high {
      let text = l(
        .satisfactionCsat, state.dashboard.trendWindow, l.percent(csat), l.number(current.windowN), l.percent(low),
        l.percent(high))
      _ = buffer.set(line: Line(text), at: lines[1].origin, maxWidth: lines[1].width)
    } else {
      _ = buffer.set(
        line: Line([Span(l(.satisfactionNoRatings, state.dashboard.trendWindow), role: .muted)]), at: lines[1].origin,
        maxWidth: lines[1].width)
    }
    let comps = state.dashboard.summary.goodwill.comps
    let refusals = state.dashboard.summary.goodwill.refusals
    _ = buffer.set(
      line: Line(
        [
          Span("♥ ", role: .ok),
          Span(l(.satisfactionComps, comps.count, l.money(comps.priceCents), l.money(comps.costCents))),
        ]), at: lines[2].origin, maxWidth: lines[2].width)
    _ = buffer.set(
      line: Line(
        [
          Span("✗ ", role: .warn),
          Span(
            l(
              .satisfactionRefusals, refusals.count, l.money(refusals.priceCents),
              l.money(refusals.costOfYesCents))),
        ]), at: lines[3].origin, maxWidth: lines[3].width)
  }
}
