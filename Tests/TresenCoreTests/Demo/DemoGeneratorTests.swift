import Foundation
import Testing
import TresenCore
import TresenTestSupport

@Suite struct DemoGeneratorTests {
  /// Monday 23 November 2026, 15:30 in Berlin: the rest day, which is open when it is today.
  static let now = Timestamp(date: Fixtures.today, hour: 15, minute: 30, offsetSeconds: 3600)

  /// A generated data directory, read back.
  struct Generated {
    let temp: TemporaryDirectory
    let summary: DemoSummary
    let log: LoadedLog
    var byID: [EventID: Event] { Dictionary(log.events.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
  }

  static func generate(
    days: Int = 90, perDay: Int = 60, seed: UInt64 = 1, now: Timestamp = now,
    devices: [String] = ["kasse-1", "buero"]
  ) throws -> Generated {
    let temp = TemporaryDirectory("tresen-demo")
    let demo = DemoGenerator(seed: seed, days: days, perDay: perDay, now: now, devices: devices)
    let summary = try demo.write(to: temp.dataDirectory)
    let log = try LogReader(directory: temp.dataDirectory).load()
    return Generated(temp: temp, summary: summary, log: log)
  }

  /// Every file under the data directory, by relative path, with its bytes.
  static func files(_ temp: TemporaryDirectory) -> [String: [UInt8]] {
    let root = temp.appending("data")
    var result: [String: [UInt8]] = [:]
    for case let path as String in FileManager.default.enumerator(atPath: root)?.allObjects ?? [] {
      if let bytes = temp.bytes("data/" + path), path.hasSuffix(".jsonl") || path == "FORMAT" { result[path] = bytes }
    }
    return result
  }

  @Test func sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot() throws {
    let first = try Self.generate(days: 40, perDay: 40, seed: 11)
    let second = try Self.generate(days: 40, perDay: 40, seed: 11)
    let other = try Self.generate(days: 40, perDay: 40, seed: 12)
    let files = Self.files(first.temp)
    #expect(files.count > 3)
    #expect(files == Self.files(second.temp))
    #expect(first.summary == second.summary)
    #expect(files != Self.files(other.temp))
  }

  @Test func writesAboutDaysTimesPerDayEventsAsSummarized() throws {
    let demo = try Self.generate(days: 90, perDay: 60)
    let total = demo.log.events.count
    #expect(abs(total - 90 * 60) < 90 * 60 / 10, "wrote \(total)")
    #expect(demo.summary.total == total)
    #expect(demo.summary.devices == ["buero", "kasse-1"])
    #expect(demo.summary.eventsByDevice.values.reduce(0, +) == total)
    #expect((demo.summary.eventsByDevice["kasse-1"] ?? 0) > (demo.summary.eventsByDevice["buero"] ?? 0) * 3)
    #expect(demo.summary.lastDay == Fixtures.today)
    #expect(demo.summary.firstDay == Fixtures.today.adding(days: -89))
    for type in EventType.allCases {
      #expect(demo.summary.count(type) == demo.log.events.count { $0.type == type.rawValue })
    }
  }

  @Test func everyEventDecodesInOrderWithGaplessSequenceAndNothingAfterNow() throws {
    let demo = try Self.generate()
    #expect(demo.log.anomalies.filter(\.isProblem).isEmpty)
    #expect(demo.log.events.allSatisfy { $0.payload != nil && $0.knownType != nil })
    #expect(demo.log.events.allSatisfy { $0.at <= Self.now })
    for device in demo.summary.devices {
      let events = demo.log.events.filter { $0.device == device }
      #expect(events.map(\.seq) == Array(1...events.count))
      #expect(zip(events, events.dropFirst()).allSatisfy { $0.at <= $1.at && $0.id < $1.id })
    }
    let calendar = BusinessCalendar()
    #expect(demo.log.events.allSatisfy { calendar.day(of: $0.at) >= demo.summary.firstDay })
  }

  @Test func referencesPointToEarlierEventsOfTheRightKind() throws {
    let demo = try Self.generate()
    let byID = demo.byID
    var checked = 0
    for event in demo.log.events {
      let target: EventID?
      var wantsComplaint = true
      switch event.payload {
      case .complaintUpdate(let update): target = update.complaint
      case .comp(let comp): target = comp.complaint
      case .correction(let correction):
        target = correction.target
        wantsComplaint = false
      default: target = nil
      }
      guard let target else { continue }
      checked += 1
      let referenced = try #require(byID[target], "\(event.type) \(event.id) names unknown \(target)")
      #expect(Event.historyOrder(referenced, event))
      #expect(referenced.at < event.at)
      if wantsComplaint { #expect(referenced.type == EventType.complaintOpened.rawValue) }
    }
    #expect(checked > 100)
  }

  @Test func ninetyDaysShowEveryTypeAndChannel() throws {
    let demo = try Self.generate()
    // Demo data never erases anyone.
    for type in EventType.allCases where type != .customerErased {
      #expect(demo.summary.count(type) > 0, "no \(type.rawValue)")
    }
    var channels = Set<Channel>()
    var purposes = Set<CompPurpose>()
    var reasons = Set<RefusalReason>()
    var ratings = Set<Int>()
    for event in demo.log.events {
      switch event.payload {
      case .interaction(let interaction):
        channels.insert(interaction.channel)
        if let rating = interaction.rating { ratings.insert(rating) }
      case .complaintOpened(let opened): channels.insert(opened.channel)
      case .comp(let comp): purposes.insert(comp.purpose)
      case .refusal(let refusal): reasons.insert(refusal.reason)
      default: break
      }
    }
    #expect(channels == Set(Channel.allCases))
    #expect(purposes.isSuperset(of: [.recovery, .goodwill, .marketing, .staff]))
    #expect(reasons.count >= 5)
    #expect(ratings == [1, 2, 3, 4, 5])
    let interactions = demo.log.events.filter { $0.type == EventType.interactionRecorded.rawValue }.count
    let complaints = demo.summary.count(.complaintOpened)
    let share = Double(complaints) / Double(interactions + complaints)
    #expect((0.015...0.05).contains(share), "complaint share \(share)")
  }

  @Test func textsAndNamesKeepTheirUmlauts() throws {
    let demo = try Self.generate(days: 30, perDay: 60)
    let bytes = Self.files(demo.temp).values.reduce(into: [UInt8]()) { $0 += $1 }
    let text = String(decoding: bytes, as: UTF8.self)
    for word in ["Käsekuchen", "Müller", "Weiß", "Brötchen", "ö", "ü", "ß"] {
      #expect(text.contains(word), "missing \(word)")
    }
    let customers = Set(demo.log.events.compactMap { $0.payload?.customer })
    #expect(customers.contains { $0.contains("ü") || $0.contains("ö") || $0.contains("ä") })
    #expect(demo.log.events.contains { $0.payload?.customer == nil })
  }

  @Test func offsetsFollowBerlinSummerTime() throws {
    let july = Timestamp(
      date: LocalDate(year: 2026, month: 7, day: 31) ?? Fixtures.today, hour: 18, minute: 0,
      offsetSeconds: 7200)
    let demo = try Self.generate(days: 220, perDay: 10, now: july)
    let january = demo.log.events.filter { $0.at.localDate.month == 1 }
    let summer = demo.log.events.filter { $0.at.localDate.month == 7 }
    #expect(!january.isEmpty && !summer.isEmpty)
    #expect(january.allSatisfy { $0.at.offsetSeconds == 3600 })
    #expect(summer.allSatisfy { $0.at.offsetSeconds == 7200 })
    let segment = String(decoding: demo.temp.bytes("data/devices/kasse-1/2026-07.jsonl") ?? [], as: UTF8.self)
    #expect(segment.contains("+02:00\""))
    #expect(!segment.contains("+01:00\""))
    // Opening hours hold on the wall clock in summer too.
    #expect(summer.filter { $0.device == "kasse-1" }.allSatisfy { (6...19).contains($0.at.localTime.hour) })
  }

  @Test func complaintsLeaveWorkOpenNearNow() throws {
    let demo = try Self.generate()
    var state: [EventID: String] = [:]
    var until: [EventID: LocalDate] = [:]
    var opened: [EventID: LocalDate] = [:]
    for event in demo.log.events {
      switch event.payload {
      case .complaintOpened:
        state[event.id] = "open"
        opened[event.id] = event.at.localDate
      case .complaintUpdate(let update):
        switch update.change {
        case .resolved: state[update.complaint] = "resolved"
        case .reopened: state[update.complaint] = "open"
        case .waiting(let date, _):
          state[update.complaint] = "waiting"
          until[update.complaint] = date
        case .noted, .severityChanged: break
        }
      default: break
      }
    }
    let open = state.filter { $0.value == "open" }.count
    let waiting = state.filter { $0.value == "waiting" }.keys
    #expect(open >= 2)
    #expect(!waiting.isEmpty)
    #expect(waiting.contains { (until[$0] ?? Fixtures.today) < Fixtures.today }, "no overdue waiting complaint")
    #expect(state.values.filter { $0 == "resolved" }.count > open + waiting.count)
    // Old complaints were all dealt with; only the last weeks leave work.
    let oldest = Fixtures.today.adding(days: -60)
    #expect(state.filter { $0.value != "resolved" }.keys.allSatisfy { (opened[$0] ?? oldest) > oldest })
  }

  @Test func restDaysAreQuietAndWeekendsBusy() throws {
    let demo = try Self.generate(days: 84, perDay: 60)
    var perWeekday = [Int](repeating: 0, count: 8)
    for event in demo.log.events where event.at.localDate != Fixtures.today {
      perWeekday[event.at.localDate.weekday] += 1
      if event.at.localDate.weekday == 1 { #expect(event.device == "buero") }
    }
    #expect(perWeekday[1] * 6 < perWeekday[3], "Mondays \(perWeekday[1]), Wednesdays \(perWeekday[3])")
    #expect(perWeekday[6] > perWeekday[3])
  }

  @Test func satisfactionDipsDuringTheSupplierTrialAndRecovers() throws {
    let demo = try Self.generate(days: 400, perDay: 25, devices: ["kasse-1"])
    let first = demo.summary.firstDay.daysSinceEpoch
    func csat(_ range: Range<Int>) -> Double {
      var satisfied = 0
      var rated = 0
      for event in demo.log.events {
        guard let rating = event.payload?.rating, range.contains(event.at.localDate.daysSinceEpoch - first) else {
          continue
        }
        rated += 1
        if rating >= 4 { satisfied += 1 }
      }
      return Double(satisfied) / Double(max(1, rated))
    }
    // The trial starts around 55 % of the period (day ~200) and lasts 40 days.
    let before = csat(120..<190)
    let during = csat(210..<240)
    let after = csat(330..<400)
    #expect(during < before - 0.08, "before \(before), during \(during)")
    #expect(after > during + 0.08, "during \(during), after \(after)")
  }

  @Test func reportsProgressAfterEveryDay() throws {
    let temp = TemporaryDirectory("tresen-demo")
    var calls: [Int] = []
    let demo = DemoGenerator(seed: 5, days: 12, perDay: 20, now: Self.now, devices: ["kasse-1"])
    let summary = try demo.write(to: temp.dataDirectory) { done, total in
      #expect(total == 12)
      calls.append(done)
    }
    #expect(calls == Array(1...12))
    #expect(summary.devices == ["kasse-1"])
  }
}
