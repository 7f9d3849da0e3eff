import Foundation
import TresenCore

/// The data directories the bench measures, built once and reused from `--keep`.
struct DataSets {
  /// The folder holding every data set and the scratch files.
  let root: String
  /// Events asked for in the big set.
  let events: Int
  let tresen: String

  /// The `tresen demo` set of about `events` events.
  var big: String { root + "/demo-\(events)" }
  /// An empty data directory: what a first start sees.
  var empty: String { root + "/empty" }
  /// Open complaints for the frame test.
  var complaints: String { root + "/complaints-\(FrameBench.complaintCount)" }
  /// Stdout and stderr of children, record runs.
  var scratch: String { root + "/scratch" }
  /// A config path that does not exist, so no one's own config changes the figures.
  var noConfig: String { root + "/no-config.toml" }

  /// `tresen demo` covers days up to today with about 274 events per day at `--per-day 270`.
  static let perDay = 270
  static let eventsPerDay = 274

  /// Days of demo data that give about `events` events.
  var days: Int { min(3650, max(1, (events + DataSets.eventsPerDay / 2) / DataSets.eventsPerDay)) }

  /// Creates whatever `groups` need and is missing; a set counts as present once its marker
  /// file exists.
  func prepare(for groups: [Measurements.Group], log: (String) -> Void) throws(BenchError) {
    try makeFolder(root)
    try makeFolder(scratch)
    if groups.contains(where: \.needsBigSet), !isComplete(big) {
      log("writing the demo set (\(days) days × \(DataSets.perDay) per day) with tresen demo…")
      remove(big)
      let seconds = try Subprocess(
        executable: tresen,
        arguments: [
          "demo", "--out", big, "--days", String(days), "--per-day", String(DataSets.perDay), "--seed", "1",
          "--device", "bench", "--config", noConfig, "--lang", "en",
        ], scratch: scratch
      ).runChecked().seconds
      markComplete(big)
      log(String(format: "  done in %.1f s", seconds))
    }
    if groups.contains(.frame), !isComplete(complaints) {
      log("writing \(FrameBench.complaintCount) open complaints with LogWriter…")
      remove(complaints)
      let seconds = try Stopwatch.time { () throws(BenchError) in try writeComplaints() }
      markComplete(complaints)
      log(String(format: "  done in %.1f s", seconds))
    }
    remove(empty)
    try makeFolder(empty)
  }

  /// 100,000 `complaint.opened` events, one a minute back from now, in batches (group commit).
  private func writeComplaints() throws(BenchError) {
    let writer = LogWriter(directory: DataDirectory(root: complaints), device: "bench")
    let now = SystemClock().now()
    let problems = ["Kaffee kalt", "Croissant trocken", "zu lange gewartet", "falsche Bestellung", "Tisch klebrig"]
    let count = FrameBench.complaintCount
    var drafts: [LogWriter.Draft] = []
    // Oldest first, so the log stays in time order.
    for index in stride(from: count, to: 0, by: -1) {
      let opened = ComplaintOpened(
        channel: .counter, text: "\(problems[index % problems.count]) (#\(index))", customer: "Gast \(index % 997)",
        severity: index.isMultiple(of: 10) ? .high : .normal)
      drafts.append(LogWriter.Draft(.complaintOpened(opened), at: now.adding(milliseconds: -Int64(index) * 60_000)))
      if drafts.count == 10_000 || index == 1 {
        do { try writer.append(drafts) } catch { throw .cannotPrepare("complaints set: \(error)") }
        drafts.removeAll(keepingCapacity: true)
      }
    }
  }

  private func isComplete(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path + "/.bench-complete")
  }

  private func markComplete(_ path: String) {
    _ = FileManager.default.createFile(atPath: path + "/.bench-complete", contents: Data())
  }

  private func remove(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
  }

  private func makeFolder(_ path: String) throws(BenchError) {
    do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
      throw .cannotPrepare(path)
    }
  }

  /// Lines in the segment files of the data set at `path`: one stored event each.
  static func lineCount(of path: String) -> Int {
    segments(of: path).reduce(0) { sum, file in
      sum + (FileManager.default.contents(atPath: file).map { $0.count { $0 == UInt8(ascii: "\n") } } ?? 0)
    }
  }

  /// Every segment file of the data set at `path`, sorted: what the baselines read.
  static func segments(of path: String) -> [String] {
    let devices = path + "/devices"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: devices)) ?? []
    return names.sorted().flatMap { device in
      let folder = devices + "/" + device
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      return files.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder + "/" + $0 }
    }
  }
}
