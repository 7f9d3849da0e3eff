/// The pieces every format of the report shares: the period keys typed on the command line,
/// the title, and the localized figures.
extension DayReport {
  /// The ISO week `YYYY-Www` (`2026-W48`) as a period; `nil` when it is not a week that exists.
  public static func period(week input: String) -> Period? {
    let parts = input.trimmingWhitespace().uppercased().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 3, parts[1].hasPrefix("W"),
      parts[0].allSatisfy(\.isASCIIDigit), parts[1].dropFirst().allSatisfy(\.isASCIIDigit),
      let year = Int(parts[0]), let week = Int(parts[1].dropFirst()), (1...53).contains(week),
      let january4 = LocalDate(year: year, month: 1, day: 4)
    else { return nil }
    // 4 January always lies in week 1.
    let monday = january4.startOfISOWeek.adding(days: (week - 1) * 7)
    guard monday.isoWeek == (year, week) else { return nil }
    return Period(containing: monday, kind: .week)
  }

  /// The month `YYYY-MM` (`2026-11`) as a period; `nil` when it is not a month.
  public static func period(month input: String) -> Period? {
    let parts = input.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count),
      parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      let year = Int(parts[0]), let month = Int(parts[1]),
      let first = LocalDate(year: year, month: month, day: 1)
    else { return nil }
    return Period(containing: first, kind: .month)
  }

  /// `Day close 2026-11-23`, `Week report 2026-W48 (…)` or `Month report 2026-11`.
  func title(_ l: Localizer) -> String {
    switch period.kind {
    case .day: l(.reportTitleDay, l.date(period.first))
    case .week: l(.reportTitleWeek, period.description, l.date(period.first), l.date(period.last))
    case .month: l(.reportTitleMonth, period.description, l.date(period.first), l.date(period.last))
    }
  }

  /// `Created 2026-11-23 14:05`.
  func createdLine(_ l: Localizer) -> String { l(.reportCreated, l.dateTime(now)) }

  /// The CSAT as a percentage, or `–` without ratings.
  func csatText(_ l: Localizer) -> String { ratings.csat.map(l.percent) ?? "–" }

  /// The interval as `64 %–90 %`, or `–` without ratings.
  func intervalText(_ l: Localizer) -> String {
    interval.map { "\(l.percent($0.low))–\(l.percent($0.high))" } ?? "–"
  }

  /// The ratings' rows: label and value, for tables in every format.
  func ratingRows(_ l: Localizer) -> [(String, String)] {
    [
      (l(.reportRatingsN), l.number(ratings.n)),
      (l(.reportSatisfied), l.number(ratings.satisfied)),
      (l(.reportNeutral), l.number(ratings.neutral)),
      (l(.reportUnhappy), l.number(ratings.unhappy)),
      (l(.reportCsat), csatText(l)),
      (l(.reportInterval), intervalText(l)),
    ]
  }

  /// The goodwill rows: what, count, at price, at cost.
  func goodwillRows(_ l: Localizer) -> [[String]] {
    let comps = goodwill.comps
    let refusals = goodwill.refusals
    return [
      [l(.reportComps), l.number(comps.count), l.money(comps.priceCents), l.money(comps.costCents)],
      [l(.reportRefusals), l.number(refusals.count), l.money(refusals.priceCents), l.money(refusals.costOfYesCents)],
    ]
  }

  /// The sentences under the goodwill table: cost of saying yes, missing costs, defects.
  func goodwillNotes(_ l: Localizer) -> [String] {
    let comps = goodwill.comps
    let refusals = goodwill.refusals
    var notes: [String] = []
    if refusals.count > 0 { notes.append(l(.reportCostOfYes, l.money(refusals.costOfYesCents))) }
    if comps.withoutCost + refusals.withoutCost > 0 {
      notes.append(l(.reportWithoutCost, l.number(comps.withoutCost + refusals.withoutCost)))
    }
    if refusals.withDefect > 0 { notes.append(l(.reportDefects, l.number(refusals.withDefect))) }
    return notes
  }

  /// The header of the complaint tables.
  func complaintHeader(_ l: Localizer) -> [String] {
    [l(.colId), l(.reportColAge), l(.reportColSeverity), l(.reportColState), l(.reportColCustomer), l(.reportColText)]
  }

  /// One complaint as table cells (unescaped, sanitized).
  func complaintCells(_ complaint: Complaint, _ l: Localizer) -> [String] {
    var state = l.label(complaint.state)
    if complaint.state == .waiting, let until = complaint.waitingUntil { state += " " + l.date(until) }
    return [
      complaint.id.short, l(.ageDays, complaint.ageInDays(now: now)), l.label(complaint.severity), state,
      VisibleText.sanitize(complaint.customer ?? l(.complaintWalkIn)), VisibleText.sanitize(complaint.text),
    ]
  }

  /// The complaint sections: heading and complaints, in report order.
  func complaintSections(_ l: Localizer) -> [(String, [Complaint])] {
    [
      (l(.reportOpened, l.number(opened.count)), opened),
      (l(.reportResolved, l.number(resolved.count)), resolved),
      (l(.reportStillOpen, l.number(stillOpen.count)), stillOpen),
      (l(.reportDueNext, l.date(dayAfter), l.number(dueNext.count)), dueNext),
    ]
  }
}
