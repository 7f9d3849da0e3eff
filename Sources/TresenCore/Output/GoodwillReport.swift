/// The text and JSON of `tresen goodwill`: comps and refused returns per day, week, month,
/// comp purpose or refusal reason, at price and at cost, with totals.
public struct GoodwillReport {
  /// What the groups are.
  public enum Grouping: String, Sendable, CaseIterable {
    /// One group per business day.
    case day
    /// One group per ISO week.
    case week
    /// One group per calendar month.
    case month
    /// One group per comp purpose (refusals have none and stay empty).
    case purpose
    /// One group per refusal reason (comps have none and stay empty).
    case reason
  }

  /// What a group stands for.
  public enum Key: Sendable, Hashable {
    /// A day, week or month.
    case period(Period)
    /// A comp purpose.
    case purpose(CompPurpose)
    /// A refusal reason.
    case reason(RefusalReason)

    /// The language-neutral name: `2026-11-23`, `2026-W48`, `2026-11`, `recovery`, `no receipt`.
    public var neutral: String {
      switch self {
      case .period(let period): period.description
      case .purpose(let purpose): purpose.rawValue
      case .reason(let reason): reason.rawValue
      }
    }
  }

  /// One line of the report.
  public struct Group: Sendable, Hashable {
    /// The period, purpose or reason.
    public var key: Key
    /// Its figures.
    public var goodwill: Goodwill

    /// A group from its parts.
    public init(key: Key, goodwill: Goodwill) {
      self.key = key
      self.goodwill = goodwill
    }
  }

  /// The language of the text.
  public let localizer: Localizer

  /// A report in `localizer`'s language.
  public init(localizer: Localizer) { self.localizer = localizer }

  /// The groups of business days `first` through `last`, oldest period first, or purposes
  /// and reasons in their vocabulary order; empty groups included (no comps is a real zero).
  /// - Complexity: O(log n + m + g) for n events, m of them around the range, g groups.
  public static func groups(
    _ ledger: Ledger, by grouping: Grouping, from first: LocalDate, through last: LocalDate,
    calendar: BusinessCalendar
  ) -> [Group] {
    let events = ledger.events
    switch grouping {
    case .day, .week, .month:
      let kind: Period.Kind = grouping == .day ? .day : grouping == .week ? .week : .month
      return Goodwill.grouped(events, by: kind, from: first, through: last, calendar: calendar)
        .map { Group(key: .period($0.period), goodwill: $0.goodwill) }
    case .purpose:
      return Goodwill.byPurpose(events, from: first, through: last, calendar: calendar)
        .map { Group(key: .purpose($0.key), goodwill: $0.goodwill) }
    case .reason:
      return Goodwill.byReason(events, from: first, through: last, calendar: calendar)
        .map { Group(key: .reason($0.key), goodwill: $0.goodwill) }
    }
  }

  /// The table with a total line, and notes on missing costs and defects.
  public func render(
    _ groups: [Group], by grouping: Grouping, from first: LocalDate, through last: LocalDate
  )
    -> String
  {
    let l = localizer
    var rows = [
      [
        l(.goodwillColGroup), l(.goodwillColComps), l(.goodwillColPrice), l(.goodwillColCost), l(.goodwillColRefused),
        l(.goodwillColPrice), l(.goodwillColSayingYes), l(.goodwillColDefects),
      ]
    ]
    var total = Goodwill()
    for group in groups {
      rows.append(row(label(group.key), group.goodwill))
      total.comps.count += group.goodwill.comps.count
      total.comps.priceCents += group.goodwill.comps.priceCents
      total.comps.costCents += group.goodwill.comps.costCents
      total.comps.withoutCost += group.goodwill.comps.withoutCost
      total.refusals.count += group.goodwill.refusals.count
      total.refusals.priceCents += group.goodwill.refusals.priceCents
      total.refusals.costOfYesCents += group.goodwill.refusals.costOfYesCents
      total.refusals.withoutCost += group.goodwill.refusals.withoutCost
      total.refusals.withDefect += group.goodwill.refusals.withDefect
    }
    rows.append(row(l(.goodwillTotal), total))
    var lines = [l(.goodwillTitle, l.date(first), l.date(last), l(Self.byKey(grouping))), ""]
    lines += VisibleText.table(rows, leftAligned: 1)
    lines += ["", l(.goodwillSayingYesNote)]
    let withoutCost = total.comps.withoutCost + total.refusals.withoutCost
    if withoutCost > 0 { lines.append(l(.goodwillWithoutCost, l.number(withoutCost))) }
    if total.refusals.withDefect > 0 { lines.append(l(.goodwillDefects, l.number(total.refusals.withDefect))) }
    return lines.joined(separator: "\n")
  }

  /// The group's name in the report's language: a date, `KW 48/2026` or `2026-W48`, a month,
  /// or a purpose's or reason's label.
  public func label(_ key: Key) -> String {
    let l = localizer
    switch key {
    case .period(let period):
      switch period.kind {
      case .day: return l.date(period.first)
      case .week:
        let (year, week) = period.first.isoWeek
        return l(.periodWeek, pad(year, 4), pad(week, 2))
      case .month: return l(.periodMonth, pad(period.first.year, 4), pad(period.first.month, 2))
      }
    case .purpose(let purpose): return l.label(purpose)
    case .reason(let reason): return l.label(reason)
    }
  }

  private func row(_ label: String, _ goodwill: Goodwill) -> [String] {
    let l = localizer
    let comps = goodwill.comps
    let refusals = goodwill.refusals
    return [
      label, l.number(comps.count), l.money(comps.priceCents), l.money(comps.costCents), l.number(refusals.count),
      l.money(refusals.priceCents), l.money(refusals.costOfYesCents), l.number(refusals.withDefect),
    ]
  }

  private static func byKey(_ grouping: Grouping) -> StringKey {
    switch grouping {
    case .day: .goodwillByDay
    case .week: .goodwillByWeek
    case .month: .goodwillByMonth
    case .purpose: .goodwillByPurpose
    case .reason: .goodwillByReason
    }
  }

  /// An array of groups: `group`, `comps` {`count`, `price_cents`, `cost_cents`}, `refusals`
  /// {`count`, `price_cents`, `cost_cents`, `defects`}; cost sums cover known costs only.
  public static func json(_ groups: [Group]) -> JSONValue {
    .array(
      groups.map { group in
        let comps = group.goodwill.comps
        let refusals = group.goodwill.refusals
        return .object([
          JSONMember("group", .string(group.key.neutral)),
          JSONMember(
            "comps",
            .object([
              JSONMember("count", .int(comps.count)), JSONMember("price_cents", .number(String(comps.priceCents))),
              JSONMember("cost_cents", .number(String(comps.costCents))),
            ])),
          JSONMember(
            "refusals",
            .object([
              JSONMember("count", .int(refusals.count)),
              JSONMember("price_cents", .number(String(refusals.priceCents))),
              JSONMember("cost_cents", .number(String(refusals.costOfYesCents))),
              JSONMember("defects", .int(refusals.withDefect)),
            ])),
        ])
      })
  }
}
