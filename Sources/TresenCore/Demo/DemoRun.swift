import Foundation

/// One run of the demo generator: plans each day's events, numbers them in time order and
/// writes them per device as one batch.
///
/// Follow-ups of a complaint are planned when it opens and wait in `scheduled` for their
/// day; events that would fall after `now` or after the period are never written (which
/// leaves the last weeks with open and waiting complaints).
struct DemoRun {
  /// Where an event is recorded: at the till, or on the back-office PC.
  enum Desk {
    case counter
    case office
  }

  /// A point in the period: a day index and milliseconds after that day's local midnight.
  struct Moment: Comparable {
    var day: Int
    var millis: Int

    static func < (lhs: Moment, rhs: Moment) -> Bool { (lhs.day, lhs.millis) < (rhs.day, rhs.millis) }
  }

  let timeline: DemoTimeline
  let mood: DemoMood
  let people: DemoPeople
  let now: Timestamp
  let devices: [String]
  let perDay: Double
  let directory: DataDirectory
  var random: Xoshiro256StarStar
  var allDays: [DemoTimeline.Day] = []
  private var volumeScale = 1.0

  private var writers: [LogWriter] = []
  private var reservations: [ReservedIDs] = []
  private var drafts: [[LogWriter.Draft]] = []

  private var nextSerial = 0
  private var today: [PlannedEvent] = []
  private var order: [PlannedEvent.Key] = []
  private var scheduled: [Int: [PlannedEvent]] = [:]
  /// Open references per planned serial, and the ids of referenced events once written.
  private var referenceCounts: [Int: Int] = [:]
  private var ids: [Int: EventID] = [:]

  private var expectedSoFar = 0.0
  private var writtenSoFar = 0
  private var summary: DemoSummary

  /// Today's state, used while planning the day's touchpoints.
  var day: DemoTimeline.Day
  var satisfaction = 0.85
  var yearsAgo = 0.0

  init(_ generator: DemoGenerator, directory: DataDirectory) {
    let days = max(1, generator.days)
    let zone = generator.timeZone
    let lastDay = generator.calendar.day(
      of: Timestamp(
        millis: generator.now.millis, offsetSeconds: zone.secondsFromGMT(for: generator.now.date)))
    let opening = max(generator.openingHour, generator.calendar.dayStartHour)
    timeline = DemoTimeline(
      firstDate: lastDay.adding(days: 1 - days), days: days, timeZone: zone, openingHour: opening,
      closingHour: max(opening + 1, min(generator.closingHour, generator.calendar.dayStartHour + 24)),
      closedWeekday: generator.closedWeekday)
    mood = DemoMood(days: days)
    random = Xoshiro256StarStar(seed: generator.seed, stream: "plan")
    people = DemoPeople(random: &random)
    now = generator.now
    self.directory = directory
    let names = generator.devices.isEmpty ? ["kasse-1"] : generator.devices
    devices = Array(names.prefix(2))
    perDay = Double(max(0, generator.perDay))
    for name in devices {
      let reserved = ReservedIDs(
        base: UUIDv7Generator(random: Xoshiro256StarStar(seed: generator.seed, stream: "ids/" + name)))
      reservations.append(reserved)
      writers.append(LogWriter(directory: directory, device: name, ids: reserved))
      drafts.append([])
    }
    let timeline = self.timeline
    let allDays = (0..<days).map(timeline.day)
    let totalVolume = allDays.reduce(0) { $0 + timeline.volume($1) }
    self.allDays = allDays
    volumeScale = totalVolume > 0 ? Double(days) / totalVolume : 1
    day = allDays[0]
    summary = DemoSummary(firstDay: allDays[0].date, lastDay: lastDay)
  }

  /// The device index for `desk`.
  func device(_ desk: Desk) -> Int { desk == .office && devices.count > 1 ? 1 : 0 }

  /// Plans and writes every day of the period.
  mutating func run(progress: (Int, Int) -> Void) throws(StorageError) -> DemoSummary {
    try directory.prepare()
    for index in allDays.indices {
      day = allDays[index]
      satisfaction = mood.satisfaction(day, noise: random.normal(deviation: 0.02))
      yearsAgo = Double(timeline.lastIndex - index) / 365.25
      let expected = perDay * timeline.volume(day) * volumeScale
      let drift = min(expected / 2, max(-expected / 2, 0.1 * (expectedSoFar - Double(writtenSoFar))))
      let planned = expected * 0.9 + drift + random.normal(deviation: expected.squareRoot() * 0.5)
      expectedSoFar += expected
      for _ in 0..<max(0, Int(planned.rounded())) { planTouchpoint() }
      today += scheduled.removeValue(forKey: index) ?? []
      try flush()
      progress(index + 1, allDays.count)
    }
    return summary
  }

  /// Adds an event at `moment` on `desk`'s device; returns its serial for later references.
  @discardableResult
  mutating func add(_ content: PlannedEvent.Content, at moment: Moment, desk: Desk, staff: String?) -> Int {
    nextSerial += 1
    if let target = content.reference { referenceCounts[target, default: 0] += 1 }
    let event = PlannedEvent(
      at: timeline.timestamp(allDays[moment.day], moment.millis), serial: nextSerial, device: device(desk),
      staff: staff, content: content)
    if moment.day == day.index {
      today.append(event)
    } else {
      scheduled[moment.day, default: []].append(event)
    }
    return nextSerial
  }

  /// Numbers today's events in time order, resolves references to ids and appends one batch
  /// per device.
  private mutating func flush() throws(StorageError) {
    // Sorting small keys instead of whole events: the events are large enums.
    order.removeAll(keepingCapacity: true)
    for (index, event) in today.enumerated() where event.at.millis <= now.millis {
      order.append(PlannedEvent.Key(millis: event.at.millis, serial: event.serial, index: index))
    }
    order.sort()
    for key in order {
      let event = today[key.index]
      guard let payload = resolve(event.content) else { continue }
      let id = reservations[event.device].reserve(at: event.at)
      if referenceCounts[event.serial] != nil { ids[event.serial] = id }
      drafts[event.device].append(LogWriter.Draft(payload, at: event.at, staff: event.staff))
      summary.eventsByType[payload.type, default: 0] += 1
    }
    today.removeAll(keepingCapacity: true)
    for index in writers.indices where !drafts[index].isEmpty {
      try writers[index].append(drafts[index])
      reservations[index].reset()
      writtenSoFar += drafts[index].count
      summary.eventsByDevice[devices[index], default: 0] += drafts[index].count
      drafts[index].removeAll(keepingCapacity: true)
    }
  }

  /// The payload of `content`, with plan serials replaced by the ids they were written with.
  private mutating func resolve(_ content: PlannedEvent.Content) -> Payload? {
    switch content {
    case .payload(let payload):
      return payload
    case .complaintUpdate(let serial, let change):
      return take(serial).map { .complaintUpdate(ComplaintUpdate(complaint: $0, change: change)) }
    case .recoveryComp(var comp, let serial):
      guard let id = take(serial) else { return nil }
      comp.complaint = id
      return .comp(comp)
    case .void(let serial, let reason):
      return take(serial).map { .correction(Correction(target: $0, change: .void(reason: reason))) }
    case .amend(let serial, let changes):
      return take(serial).map { .correction(Correction(target: $0, change: .amend(changes: changes))) }
    }
  }

  /// The id of planned event `serial`, forgetting it once nothing else refers to it.
  private mutating func take(_ serial: Int) -> EventID? {
    guard let id = ids[serial] else { return nil }
    let remaining = (referenceCounts[serial] ?? 1) - 1
    if remaining <= 0 {
      referenceCounts[serial] = nil
      ids[serial] = nil
    } else {
      referenceCounts[serial] = remaining
    }
    return id
  }
}

extension Timestamp {
  /// The instant as a Foundation date (for time-zone lookups).
  fileprivate var date: Date { Date(timeIntervalSince1970: Double(millis) / 1000) }
}
