import ArgumentParser
import Foundation

/// Runs the measurements asked for and turns their medians into figures.
struct Measurements {
  /// The groups of figures, each measured on its own (`--only`).
  enum Group: String, CaseIterable, ExpressibleByArgument {
    /// Warm first frame of `dash --print`, big data dir against an empty one.
    case warm
    /// Cold replay against Python + orjson and `wc -l`, and its peak memory.
    case replay
    /// Durable append latency against a bare `write` + `fdatasync`.
    case record
    /// One 200×60 frame with 100,000 open complaints.
    case frame

    /// Whether the group reads the big `tresen demo` set.
    var needsBigSet: Bool { self == .warm || self == .replay }
  }

  var sets: DataSets
  var bench: String
  var runs: Int

  /// The table and the lines printed under it.
  struct Output {
    var table: [Figure] = []
    var notes: [String] = []
  }

  func figures(_ groups: [Group], log: (String) -> Void) throws -> Output {
    var output = Output()
    output.notes.append(
      "Medians of \(runs) runs; record percentiles per run of \(RecordBench.appends) appends, then the median; "
        + "frame: median of \(FrameBench.renders) renders. Page cache warm throughout.")
    for group in Group.allCases where groups.contains(group) {
      switch group {
      case .warm: try warm(into: &output, log: log)
      case .replay: try replay(into: &output, log: log)
      case .record: try record(into: &output, log: log)
      case .frame: try frame(into: &output, log: log)
      }
    }
    return output
  }

  private func warm(into output: inout Output, log: (String) -> Void) throws {
    // A start takes 10–30 ms, where the shared machine's hiccups weigh most: more runs, still
    // alternating, steady the medians at little cost.
    let starts = runs * WarmStartBench.runsPerRun
    log("warm first frame: tresen dash --print, \(starts) runs each on the big and the empty data dir…")
    let warm = try WarmStartBench(sets: sets).run(runs: starts)
    let events = DataSets.lineCount(of: sets.big)
    let big = Stopwatch.median(warm.big.map(\.frame))
    let empty = Stopwatch.median(warm.empty.map(\.frame))
    let bigExit = Stopwatch.median(warm.big.map(\.exit))
    let emptyExit = Stopwatch.median(warm.empty.map(\.exit))
    output.table.append(
      Figure(
        name: "Warm first frame, `dash --print` 120×40, \(events.formatted()) events", value: Figure.duration(big),
        baseline: "empty data dir " + Figure.duration(empty), ratio: Figure.ratio(big, empty),
        target: "≤ 1.5×", met: big <= 1.5 * empty))
    output.notes.append(
      "`dash --print` is timed from spawn to the last line of its frame, medians of \(starts) starts of each; "
        + "to the process's exit: \(Figure.duration(bigExit)) against \(Figure.duration(emptyExit)) "
        + "(\(Figure.ratio(bigExit, emptyExit))).")
  }

  private func replay(into output: inout Output, log: (String) -> Void) throws {
    let median = Stopwatch.median
    log("cold replay: in a child process, Python + orjson and wc -l, \(runs) runs each…")
    let replay = try ReplayBench(sets: sets, bench: bench).run(runs: runs, log: log)
    let events = DataSets.lineCount(of: sets.big)
    let eventsText = events.formatted()
    let swiftSeconds = median(replay.swift.map(\.seconds))
    // The §8 target is 1 s for 1,000,000 events; a smaller set gets its share.
    let limit = Double(events) / 1_000_000
    let name = "Cold replay (no snapshot), \(eventsText) events"
    let target = "≤ " + Figure.duration(limit) + ", < Python"
    if replay.python.isEmpty {
      output.table.append(
        Figure(
          name: name, value: Figure.duration(swiftSeconds), baseline: "Python + orjson not available", ratio: "—",
          target: target, met: false))
    } else {
      let pythonSeconds = median(replay.python.map(\.seconds))
      output.table.append(
        Figure(
          name: name, value: Figure.duration(swiftSeconds),
          baseline: "Python + orjson " + Figure.duration(pythonSeconds),
          ratio: Figure.ratio(swiftSeconds, pythonSeconds), target: target,
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
    let peak = Int(median(replay.swift.map { Double($0.peakBytes) }))
    let pythonPeak = replay.python.isEmpty ? nil : Int(median(replay.python.map { Double($0.peakBytes) }))
    output.table.append(
      Figure(
        name: "Peak RSS, full replay of \(eventsText) events", value: Figure.megabytes(peak),
        baseline: pythonPeak.map { "Python + orjson " + Figure.megabytes($0) } ?? "—",
        ratio: pythonPeak.map { Figure.ratio(Double(peak), Double($0)) } ?? "—", target: "< 150 MB",
        met: peak < 150_000_000))
    output.notes.append(
      "Replay and Python time their own parse (interpreter and process start excluded); `wc -l` is timed "
        + "from spawn to exit.")
  }

  private func record(into output: inout Output, log: (String) -> Void) throws {
    log("record: \(runs) × \(RecordBench.appends) durable appends beside bare write + fdatasync…")
    let records = try (0..<runs).map { try RecordBench(scratch: sets.scratch).run($0) }
    for (percentile, target) in [(50.0, "—"), (99.0, "≤ 2×")] {
      let writer = Stopwatch.median(records.map { Stopwatch.percentile(percentile, of: $0.writer) })
      let bare = Stopwatch.median(records.map { Stopwatch.percentile(percentile, of: $0.bare) })
      output.table.append(
        Figure(
          name: "Record, durable append p\(Int(percentile))", value: Figure.duration(writer),
          baseline: "write + fdatasync " + Figure.duration(bare), ratio: Figure.ratio(writer, bare),
          target: target, met: percentile == 99 ? writer <= 2 * bare : nil))
    }
  }

  private func frame(into output: inout Output, log: (String) -> Void) throws {
    log("frame: \(FrameBench.renders) renders at 200×60 with \(FrameBench.complaintCount.formatted()) open complaints…")
    let (state, listed, buildSeconds) = try FrameBench.state(loading: sets.complaints)
    let renders = FrameBench.renderTimes(state)
    let frame = Stopwatch.median(renders.map(\.wall))
    output.table.append(
      Figure(
        name: "One frame 200×60, \(FrameBench.complaintCount.formatted()) open complaints",
        value: Figure.duration(frame), baseline: "—", ratio: "—", target: "< 2 ms", met: frame < 0.002))
    output.notes.append(
      "Frame: \(listed.formatted()) complaints listed; CPU time per frame (median) "
        + Figure.duration(Stopwatch.median(renders.map(\.cpu))) + "; building the state (reducer, `.dataLoaded`) took "
        + Figure.duration(buildSeconds) + ", not counted in the frame.")
  }

  /// Date, cores and kernel, for the README.
  static func machine() -> String {
    var name = utsname()
    uname(&name)
    let release = withUnsafeBytes(of: name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    let date = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
    let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
      .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces)
    let memory = Figure.megabytes(Int(ProcessInfo.processInfo.physicalMemory))
    return "\(date), \(ProcessInfo.processInfo.activeProcessorCount) cores" + (model.map { " (\($0))" } ?? "")
      + ", \(memory) RAM, Linux \(release)"
  }
}
