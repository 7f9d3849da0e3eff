import Testing
import TresenCore
import TresenTestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// Storage promises 1, 5 and 6: an append is acknowledged only once durable; a failing system
/// call at any point leaves the segment exactly as it was; a failed `fdatasync` is never retried.
@Suite struct FaultInjectionTests {
  /// Where the append goes.
  enum Target: String, CaseIterable, Sendable {
    /// November's segment already holds two records.
    case existingSegment
    /// Two records sit in October's segment; the append creates November's.
    case newSegment
  }

  /// A data directory with two saved records, and what the test appends to it.
  struct Setup {
    let temp = TemporaryDirectory()
    let target: Target
    let seeded: [Event]
    var segment: String { Sample.segment(temp) }
    let appendAt = Fixtures.at(12)

    init(_ target: Target) throws {
      self.target = target
      let day = target == .newSegment ? Sample.october : Sample.november
      let writer = LogWriter(directory: temp.dataDirectory, device: Sample.device, ids: Fixtures.ids(seed: 1))
      seeded = try [
        writer.append(Sample.payload(0), at: Fixtures.at(9, on: day)),
        writer.append(Sample.payload(1), at: Fixtures.at(10, on: day)),
      ]
    }

    /// A writer whose system calls go through `io`.
    func writer(_ io: any LogIO, seed: UInt64 = 7) -> LogWriter {
      LogWriter(
        directory: DataDirectory(root: temp.dataDirectory.root, io: io), device: Sample.device,
        ids: Fixtures.ids(seed: seed))
    }
  }

  /// One way of failing.
  struct Plan: Sendable, CustomTestStringConvertible {
    var target: Target
    var fault: FaultyIO.Fault
    var counting: Set<FaultyIO.Kind>?
    var mode: FaultyIO.Mode

    var testDescription: String {
      let kinds = counting.map { $0.map(\.rawValue).sorted().joined(separator: "+") } ?? "any call"
      return "\(target.rawValue), \(fault) at the k-th \(kinds), \(mode.rawValue)"
    }

    /// The `errno` the user must be told about.
    var expectedCode: Int32 {
      if case .error(let code) = fault { return code }
      return ENOSPC
    }
  }

  static let plans: [Plan] = Target.allCases.flatMap { target in
    FaultyIO.Mode.allCases.flatMap { mode in
      [
        Plan(target: target, fault: .error(ENOSPC), counting: nil, mode: mode),
        Plan(target: target, fault: .error(EIO), counting: nil, mode: mode),
        Plan(target: target, fault: .shortWrite, counting: [.write], mode: mode),
      ]
    }
      // Only a new segment is fsynced (besides fdatasync).
      + ([FaultyIO.Kind.write, .fdatasync, .open, .pread, .stat] + (target == .newSegment ? [.fsync] : [])).map {
        kind in
        Plan(target: target, fault: .error(EIO), counting: [kind], mode: .persistent)
      }
  }

  // Promise 5 and 6: SQLite's I/O-error loop. Fail call k = 1, 2, 3 … until an append runs
  // without any fault; after each failure the file is as before and the log keeps working.
  @Test(arguments: plans)
  func failingAnyCallLeavesTheSegmentAsItWasAndTheLogUsable(_ plan: Plan) throws {
    var k = 1
    while k < 400 {
      let setup = try Setup(plan.target)
      let before = fileBytes(setup.segment)
      let faulty = FaultyIO()
      faulty.arm(plan.fault, at: k, counting: plan.counting, mode: plan.mode)
      let writer = setup.writer(faulty)
      var failure: StorageError?
      do { try writer.append(Sample.payload(2), at: setup.appendAt) } catch { failure = error }
      guard faulty.faultCount > 0 else {
        #expect(failure == nil, "no fault injected at k=\(k), yet: \(String(describing: failure))")
        break
      }
      let error = try #require(failure, "k=\(k): a fault was injected but the append reported success")
      #expect(errorCode(error) == plan.expectedCode, "k=\(k): \(error)")
      let after = fileBytes(setup.segment) ?? []
      let place = "k=\(k), \(faulty.trace.first(where: \.faulted)?.description ?? "")"
      if case .rollbackFailed = error, plan.mode == .persistent {
        // Truncating back failed too: earlier bytes must still be intact; the next append or
        // `tresen check` deals with the rest.
        let intact = after.starts(with: before ?? [])
        #expect(intact, "\(place): earlier records damaged")
      } else {
        let unchanged = after == before ?? []
        #expect(unchanged, "\(place): segment changed (\(before?.count ?? 0) → \(after.count) bytes) by \(error)")
      }

      faulty.disarm()
      let next = try writer.append(Sample.payload(3), at: setup.appendAt.adding(milliseconds: 1000))
      let log = try LogReader(directory: setup.temp.dataDirectory).load()
      #expect(log.anomalies.map(label) == [], "k=\(k)")
      #expect(log.events.map(\.seq) == Array(1...log.events.count), "k=\(k): seq not gapless")
      #expect(Array(log.events.prefix(2)) == setup.seeded, "k=\(k)")
      #expect(log.events.last == next, "k=\(k)")
      k += 1
    }
    #expect(k > 1, "the loop must have failed at least one call")
    #expect(k < 400, "an append kept hitting faults")
  }

  // Promise 6: fsyncgate. A failed fdatasync is reported, not retried, and the record is
  // taken back out so the file matches "not saved".
  @Test(arguments: Target.allCases, FaultyIO.Mode.allCases)
  func failedFdatasyncIsReportedOnceAndTheRecordTakenBack(_ target: Target, _ mode: FaultyIO.Mode) throws {
    let setup = try Setup(target)
    let before = fileBytes(setup.segment) ?? []
    let faulty = FaultyIO()
    faulty.arm(.error(EIO), at: 1, counting: [.fdatasync], mode: mode)
    let writer = setup.writer(faulty)
    #expect(throws: StorageError.syncFailed(path: setup.segment, code: EIO)) {
      try writer.append(Sample.payload(2), at: setup.appendAt)
    }
    let segmentCalls = faulty.trace.filter { $0.path == setup.segment }
    #expect(segmentCalls.filter { $0.kind == .fdatasync }.count == 1)
    #expect(segmentCalls.filter { $0.kind == .write }.count == 1)
    #expect(fileBytes(setup.segment) ?? [] == before)

    faulty.disarm()
    let saved = try writer.append(Sample.payload(2), at: setup.appendAt)
    let log = try LogReader(directory: setup.temp.dataDirectory).load()
    #expect(log.events == setup.seeded + [saved])
    #expect(saved.seq == 3)
  }

  // Promise 5: a failing fsync of a new segment (or of its directory) must not leave a record
  // the user was told is unsaved.
  @Test(arguments: [FaultyIO.Fault.error(EIO), .error(ENOSPC)])
  func failedFsyncOfANewSegmentLeavesNoRecordBehind(_ fault: FaultyIO.Fault) throws {
    for occurrence in 1...2 {
      let setup = try Setup(.newSegment)
      let faulty = FaultyIO()
      faulty.arm(fault, at: occurrence, counting: [.fsync])
      let writer = setup.writer(faulty)
      #expect(throws: StorageError.self) { try writer.append(Sample.payload(2), at: setup.appendAt) }
      let noRecordLeft = fileBytes(setup.segment) ?? [] == []
      #expect(noRecordLeft, "fsync #\(occurrence): the unsaved record stayed in the file")
      faulty.disarm()
      faulty.clearTrace()
      let saved = try writer.append(Sample.payload(3), at: setup.appendAt)
      #expect(saved.seq == 3)
      // The retry must still make the new file's directory entry durable.
      let directoryFsyncs = faulty.trace.filter {
        $0.kind == .fsync && $0.path == setup.temp.dataDirectory.devicePath(Sample.device)
      }
      #expect(directoryFsyncs.count == 1, "fsync #\(occurrence): \(faulty.trace)")
    }
  }

  // Promise 1: saved means one whole write under the lock, then fdatasync; a new segment also
  // fsyncs the file and its directory before the append returns.
  @Test(arguments: Target.allCases)
  func appendReturnsOnlyAfterOneWriteAndItsSyncsUnderTheLock(_ target: Target) throws {
    let setup = try Setup(target)
    let faulty = FaultyIO()
    let event = try setup.writer(faulty).append(Sample.payload(2), at: setup.appendAt)
    let trace = faulty.trace
    let directory = setup.temp.dataDirectory
    let lock = try #require(trace.firstIndex { $0.kind == .lock && $0.path == directory.lockPath(Sample.device) })
    let writes = trace.indices.filter { trace[$0].kind == .write && trace[$0].path == setup.segment }
    #expect(writes.count == 1, "one write per record")
    let write = try #require(writes.first)
    let datasync = try #require(trace.firstIndex { $0.kind == .fdatasync && $0.path == setup.segment })
    #expect(lock < write && write < datasync)
    let lockClosed = try #require(trace.lastIndex { $0.kind == .close && $0.path == directory.lockPath(Sample.device) })
    #expect(datasync < lockClosed, "the lock is held until the record is durable")
    let fileSync = trace.firstIndex { $0.kind == .fsync && $0.path == setup.segment }
    let directorySync = trace.firstIndex { $0.kind == .fsync && $0.path == directory.devicePath(Sample.device) }
    if target == .newSegment {
      let fileSync = try #require(fileSync)
      let directorySync = try #require(directorySync)
      #expect(datasync < fileSync && fileSync < directorySync)
    } else {
      #expect(fileSync == nil && directorySync == nil)
    }
    #expect(fileBytes(setup.segment)?.suffix(RecordCodec.encode(event).count) == ArraySlice(RecordCodec.encode(event)))
  }
}
