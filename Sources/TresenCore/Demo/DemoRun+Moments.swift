/// When things happen: the day's rhythm at the counter, office hours, and the next working
/// moment for a follow-up.
extension DemoRun {
  /// Opening and closing of `desk` on `day`, in milliseconds after local midnight.
  func hours(_ desk: Desk, on day: DemoTimeline.Day) -> (opens: Int, closes: Int) {
    desk == .counter ? (day.opens, day.closes) : (timeline.officeOpens, timeline.officeCloses)
  }

  /// Whether `desk` works on `day`: the counter on open days, the office on every day but
  /// Sunday; both on the last day.
  func works(_ desk: Desk, on day: DemoTimeline.Day) -> Bool {
    if day.isOpen || day.index == timeline.lastIndex { return true }
    return desk == .office && day.date.weekday != 7
  }

  /// A time at the counter today: the breakfast rush after opening, lunch, coffee and cake in
  /// the afternoon (more so at weekends), a trickle in between.
  mutating func counterMoment() -> Moment {
    let weekend = day.date.weekday >= 6
    let (opens, closes) = (day.opens, day.closes)
    let draw = random.unit()
    var minute: Double
    if draw < (weekend ? 0.3 : 0.42) {
      minute = random.normal(mean: Double(opens) / 60_000 + 75, deviation: 50)
    } else if draw < (weekend ? 0.48 : 0.62) {
      minute = random.normal(mean: 12.75 * 60, deviation: 40)
    } else if draw < 0.88 {
      minute = random.normal(mean: 15.5 * 60, deviation: 60)
    } else {
      minute = Double(opens / 60_000 + random.below(max(1, (closes - opens) / 60_000)))
    }
    var millis = Int(minute * 60_000) + random.below(60_000)
    if millis < opens || millis >= closes { millis = opens + random.below(max(1, closes - opens)) }
    return Moment(day: day.index, millis: millis)
  }

  /// A time today on `desk`: the counter's rhythm, or evenly through office hours.
  mutating func moment(_ desk: Desk) -> Moment {
    guard desk == .office || !day.isOpen else { return counterMoment() }
    let (opens, closes) = hours(.office, on: day)
    return Moment(day: day.index, millis: opens + random.below(closes - opens))
  }

  /// A moment `minutes` later on the same desk, or the next working day's if the desk has
  /// closed by then; `nil` after the period.
  mutating func later(_ moment: Moment, minutes: ClosedRange<Int>, desk: Desk) -> Moment? {
    let millis = moment.millis + random.int(in: minutes) * 60_000 + random.below(60_000)
    if millis < hours(desk, on: allDays[moment.day]).closes { return Moment(day: moment.day, millis: millis) }
    return nextWorkday(after: moment.day, desk: desk)
  }

  /// A moment some `days` later on `desk` (the same day means minutes later); `nil` after
  /// the period.
  mutating func after(_ moment: Moment, days: ClosedRange<Int>, desk: Desk) -> Moment? {
    let wanted = moment.day + random.int(in: days)
    if wanted <= moment.day { return later(moment, minutes: 5...90, desk: desk) }
    return nextWorkday(after: wanted - 1, desk: desk)
  }

  /// A random time on the first day after `index` on which `desk` works.
  private mutating func nextWorkday(after index: Int, desk: Desk) -> Moment? {
    var candidate = index + 1
    while candidate < allDays.count, !works(desk, on: allDays[candidate]) { candidate += 1 }
    guard candidate < allDays.count else { return nil }
    let (opens, closes) = hours(desk, on: allDays[candidate])
    return Moment(day: candidate, millis: opens + random.below(max(1, closes - opens)))
  }
}
