/// The text and JSON of `tresen touchpoints`: per channel the interactions, ratings, mean
/// rating, CSAT, complaints, comps and refusals, plus the complaint figures.
///
/// The text lists the channels that saw anything, the one that hurts most first
/// (`TouchpointMap.Row.hurt`), and says so in its last line. The JSON lists every channel in
/// vocabulary order, so its shape never depends on the data.
public struct TouchpointReport {
  /// The language of the text.
  public let localizer: Localizer

  /// A report in `localizer`'s language.
  public init(localizer: Localizer) { self.localizer = localizer }

  /// The table, the complaint figures and how the table is sorted.
  public func render(
    _ map: TouchpointMap, complaints: ComplaintFigures, from first: LocalDate, through last: LocalDate
  ) -> String {
    let l = localizer
    var lines = [l(.touchpointsTitle, l.date(first), l.date(last)), ""]
    let active = map.byHurt
    if active.isEmpty {
      lines.append(l(.touchpointsEmpty))
    } else {
      var rows = [
        [
          l(.touchpointsColChannel), l(.touchpointsColInteractions), l(.touchpointsColRatings), l(.touchpointsColMean),
          l(.touchpointsColCsat), l(.touchpointsColComplaints), l(.touchpointsColComps), l(.touchpointsColRefused),
        ]
      ]
      for row in active {
        rows.append([
          l.label(row.channel), l.number(row.interactions), l.number(row.ratings.n),
          row.meanRating.map { decimal($0, keepingZero: true) } ?? TrendReport.gap,
          row.csat.map(l.percent) ?? TrendReport.gap,
          l.number(row.complaints), l.number(row.comps), l.number(row.refusals),
        ])
      }
      lines += VisibleText.table(rows, leftAligned: 1)
    }
    lines += ["", complaintLine(complaints), l(.touchpointsSorted)]
    return lines.joined(separator: "\n")
  }

  /// `Complaints: 3 open (1 waiting, 0 past their date) · median age 4 days · …`
  public func complaintLine(_ figures: ComplaintFigures) -> String {
    let l = localizer
    let age = figures.medianAgeDays.map { l(.durationDays, decimal($0)) } ?? TrendReport.gap
    return l(
      .touchpointsComplaints, l.number(figures.open), l.number(figures.waiting), l.number(figures.overdue), age,
      figures.medianResolutionHours.map { duration(hours: $0) } ?? TrendReport.gap, l.number(figures.resolved))
  }

  /// Hours under two days as hours (`5.5 h`), longer ones as days (`3 days`).
  public func duration(hours: Double) -> String {
    hours < 48 ? localizer(.durationHours, decimal(hours)) : localizer(.durationDays, decimal(hours / 24))
  }

  /// A number with at most one decimal in the report's language: `4.3` or `4,3`; `4` when whole
  /// unless `keepingZero` (`4.0`, so a column of means lines up).
  public func decimal(_ value: Double, keepingZero: Bool = false) -> String {
    let tenths = Int((value * 10).rounded())
    let whole = localizer.number(tenths / 10)
    let sign = tenths < 0 && tenths / 10 == 0 ? "-" : ""
    guard tenths % 10 != 0 || keepingZero else { return sign + whole }
    return sign + whole + (localizer.language == .de ? "," : ".") + String(abs(tenths % 10))
  }

  /// One object per channel, in vocabulary order: `channel`, `interactions`, `ratings`,
  /// `csat` (fraction 0–1, `null` without ratings), `complaints`, `comps`, `refusals`.
  /// Comps and refusals carry no channel and are counted under `counter`.
  public static func json(_ map: TouchpointMap) -> JSONValue {
    .array(
      map.rows.map { row in
        .object([
          JSONMember("channel", .string(row.channel.rawValue)), JSONMember("interactions", .int(row.interactions)),
          JSONMember("ratings", .int(row.ratings.n)), JSONMember("csat", TrendReport.fraction(row.csat)),
          JSONMember("complaints", .int(row.complaints)), JSONMember("comps", .int(row.comps)),
          JSONMember("refusals", .int(row.refusals)),
        ])
      })
  }
}
