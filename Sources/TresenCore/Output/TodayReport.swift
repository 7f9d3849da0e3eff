/// The text of `tresen today`: the day's touchpoints, newest last, and the day's figures.
public struct TodayReport {
  public let localizer: Localizer

  public init(localizer: Localizer) { self.localizer = localizer }

  /// The report for `date`; `isToday` picks the heading.
  public func render(
    date: LocalDate, isToday: Bool, events: [Event], ledger: Ledger, businessName: String
  ) -> String {
    let l = localizer
    let heading = isToday ? l(.todayTitle, l.date(date)) : l(.todayTitleDate, l.date(date))
    var lines = ["\(VisibleText.sanitize(businessName)) — \(heading)", ""]
    if events.isEmpty { lines.append(l(.todayEmpty)) }
    for event in events {
      let channel = l.channel(of: event).map { l.label($0) } ?? ""
      let customer = event.payload?.customer ?? ""
      var line =
        "\(event.id.short)  \(l.time(event.at))  \(VisibleText.column(channel, 12))  "
        + "\(VisibleText.column(customer, 18))  \(VisibleText.fit(l.describe(event), 120))"
      if let rating = event.payload?.rating { line += "  \(l.stars(rating))" }
      lines.append(line)
    }
    lines.append("")
    lines.append(summaryLine(DaySummary(events: events, ledger: ledger)))
    return lines.joined(separator: "\n")
  }

  /// `12 touchpoints · 5 ratings, CSAT 80% · 2 comps €6.40 at cost €1.90 · …`
  public func summaryLine(_ summary: DaySummary) -> String {
    let l = localizer
    var parts = [l.count(summary.touchpoints, .todayTouchpoint, .todayTouchpoints)]
    var ratings = l.count(summary.ratings.n, .todayRating, .todayRatings)
    if let csat = summary.ratings.csat { ratings += ", " + l(.todayCsat, l.percent(csat)) }
    parts.append(ratings)
    let comps = summary.goodwill.comps
    parts.append(
      l.count(comps.count, .todayComp, .todayComps) + " \(l.money(comps.priceCents)) "
        + l(.todayAtCost, l.money(comps.costCents)))
    let refusals = summary.goodwill.refusals
    parts.append(
      l.count(refusals.count, .todayRefusal, .todayRefusals) + " \(l.money(refusals.priceCents)), "
        + l(.todaySayingYes, l.money(refusals.costOfYesCents)))
    parts.append(l.count(summary.openComplaints, .todayOpenComplaint, .todayOpenComplaints))
    return parts.joined(separator: " · ")
  }
}
