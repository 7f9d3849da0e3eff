import Foundation

/// Runs every measurement and turns the medians into figures.
struct Measurements {
  var sets: DataSets
  var bench: String
  var runs: Int

  /// The table and the lines printed under it.
  struct Output {
    var table: [Figure] = []
    var notes: [String] = []
  }

  func figures(log: (String) -> Void) throws -> Output {
    var output = Output()
    let median = Stopwatch.median

    log("warm first frame: tresen dash --print, \(runs) runs each on the big and the empty data dir…")
    let warm = try WarmStartBench(sets: sets).run(runs: runs)

    log("cold replay: in a child process, Python + orjson and wc -l, \(runs) runs each…")
    let replay = try ReplayBench(sets: sets, bench: bench).run(runs: runs, log: log)
    let events = replay.swift.first?.storedEvents ?? 0
    let eventsText = events.formatted()

    log("record: \(runs) × \(RecordBench.appends) durable appends beside bare write + fdatasync…")
    let records = try (0..<runs).map { try RecordBench(scratch: sets.scratch).run($0) }

    log("frame: \(FrameBench.renders) renders at 200×60 with \(FrameBench.complaintCount.formatted()) open complaints…")
    let (state, listed, buildSeconds) = try FrameBench.state(loading: sets.complaints)
    let renders = FrameBench.renderTimes(state)

    let warmBig = median(warm.big)
    let warmEmpty = median(warm.empty)
    output.table.append(
      Figure(
        name: "Warm first frame, `dash --print` 120×40, \(eventsText) events", value: Figure.duration(warmBig),
        baseline: "empty data dir " + Figure.duration(warmEmpty), ratio: Figure.ratio(warmBig, warmEmpty),
        target: "≤ 1.5×", met: warmBig <= 1.5 * warmEmpty))

    let swiftSeconds = median(replay.swift.map(\.seconds))
    // The §8 target is 1 s for 1,000,000 events; a smaller set gets its share.
    let limit = Double(events) / 1_000_000
    if replay.python.isEmpty {
      output.table.append(
        Figure(
          name: "Cold replay (load + ledger), \(eventsText) events", value: Figure.duration(swiftSeconds),
          baseline: "Python + orjson not available", ratio: "—",
          target: "≤ " + Figure.duration(limit) + ", < Python", met: swiftSeconds <= limit))
    } else {
      let pythonSeconds = median(replay.python.map(\.seconds))
      output.table.append(
        Figure(
          name: "Cold replay (load + ledger), \(eventsText) events", value: Figure.duration(swiftSeconds),
          baseline: "Python + orjson " + Figure.duration(pythonSeconds),
          ratio: Figure.ratio(swiftSeconds, pythonSeconds),
          target: "≤ " + Figure.duration(limit) + ", < Python",
          met: swiftSeconds <= limit && swiftSeconds < pythonSeconds))
    }
    if !replay.wc.isEmpty {
      let wcSeconds = median(replay.wc)
      output.table.append(
        Figure(
          name: "Cold replay beside `wc -l` on the same files", value: Figure.duration(swiftSeconds),
          baseline: "`wc -l` " + Figure.duration(wcSeconds), ratio: Figure.ratio(swiftSeconds, wcSeconds),
          target: "—", met: nil))
    }

    let writerP50 = median(records.map { Stopwatch.percentile(50, of: $0.writer) })
    let bareP50 = median(records.map { Stopwatch.percentile(50, of: $0.bare) })
    let writerP99 = median(records.map { Stopwatch.percentile(99, of: $0.writer) })
    let bareP99 = median(records.map { Stopwatch.percentile(99, of: $0.bare) })
    output.table.append(
      Figure(
        name: "Record, durable append p50", value: Figure.duration(writerP50),
        baseline: "write + fdatasync " + Figure.duration(bareP50), ratio: Figure.ratio(writerP50, bareP50),
        target: "—", met: nil))
    output.table.append(
      Figure(
        name: "Record, durable append p99", value: Figure.duration(writerP99),
        baseline: "write + fdatasync " + Figure.duration(bareP99), ratio: Figure.ratio(writerP99, bareP99),
        target: "≤ 2×", met: writerP99 <= 2 * bareP99))

    let frame = median(renders)
    output.table.append(
      Figure(
        name: "One frame 200×60, \(FrameBench.complaintCount.formatted()) open complaints",
        value: Figure.duration(frame),
        baseline: "—", ratio: "—", target: "< 2 ms", met: frame < 0.002))

    let peak = Int(median(replay.swift.map { Double($0.peakBytes) }))
    let pythonPeak = replay.python.isEmpty ? nil : Int(median(replay.python.map { Double($0.peakBytes) }))
    output.table.append(
      Figure(
        name: "Peak RSS, full replay of \(eventsText) events", value: Figure.megabytes(peak),
        baseline: pythonPeak.map { "Python + orjson " + Figure.megabytes($0) } ?? "—",
        ratio: pythonPeak.map { Figure.ratio(Double(peak), Double($0)) } ?? "—", target: "< 150 MB",
        met: peak < 150_000_000))

    output.notes = [
      "Medians of \(runs) runs; record percentiles per run of \(RecordBench.appends) appends, then the median; "
        + "frame: median of \(FrameBench.renders) renders.",
      "Replay and Python time their own parse (interpreter and process start excluded); "
        + "`dash --print` and `wc -l` are timed from spawn to exit. Page cache warm throughout.",
      "Frame state: \(listed.formatted()) complaints listed; building it (reducer, `.dataLoaded`) took "
        + Figure.duration(buildSeconds) + ", not counted in the frame.",
    ]
    return output
  }

  /// Date, cores and kernel, for the README.
  static func machine() -> String {
    var name = utsname()
    uname(&name)
    let release = withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    let date = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    return "\(date), \(ProcessInfo.processInfo.activeProcessorCount) cores, Linux \(release)"
  }
}
