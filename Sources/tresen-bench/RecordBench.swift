import Foundation
import TresenCore

#if canImport(Glibc)
  import Glibc
#endif

/// Durable appends through `LogWriter` against a bare `write` + `fdatasync` of the same bytes.
struct RecordBench {
  /// Appends timed per run.
  static let appends = 200

  var scratch: String

  /// Latencies of one run, in seconds.
  struct Run {
    var writer: [Double] = []
    var bare: [Double] = []
  }

  /// One run in a fresh data directory. Each `LogWriter` append is followed by the bare
  /// write of the very line it stored, to a scratch file in the same folder, so both see
  /// the same disk at the same moment.
  func run(_ number: Int) throws(BenchError) -> Run {
    let root = scratch + "/record-\(number)"
    try? FileManager.default.removeItem(atPath: root)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let writer = LogWriter(directory: DataDirectory(root: root), device: "bench")
    let clock = SystemClock()
    let payload = Payload.complaintOpened(
      ComplaintOpened(
        channel: .counter, text: "Cappuccino lauwarm, Milchschaum schon zusammengefallen; Gast wartet am Tresen",
        customer: "Frau Berger", severity: .normal, category: "Getränke"))
    // The first append creates the segment (and syncs its folder); not what a key press costs.
    let first: Event
    do { first = try writer.append(payload, at: clock.now(), staff: "AB") } catch {
      throw .cannotPrepare("record data dir: \(error)")
    }
    let barePath = writer.directory.devicePath("bench") + "/bare.scratch"
    let fd = open(barePath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .cannotPrepare(barePath) }
    defer { close(fd) }
    try bareWrite(RecordCodec.encode(first), to: fd)

    var result = Run()
    for _ in 0..<RecordBench.appends {
      var event: Event?
      let durable = try Stopwatch.time { () throws(BenchError) in
        do { event = try writer.append(payload, at: clock.now(), staff: "AB") } catch {
          throw .cannotPrepare("append: \(error)")
        }
      }
      guard let event else { continue }
      let line = RecordCodec.encode(event)
      let bare = try Stopwatch.time { () throws(BenchError) in try bareWrite(line, to: fd) }
      result.writer.append(durable)
      result.bare.append(bare)
    }
    return result
  }

  private func bareWrite(_ bytes: [UInt8], to fd: Int32) throws(BenchError) {
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count, fdatasync(fd) == 0 else { throw .cannotPrepare("bare write: errno \(errno)") }
  }
}
