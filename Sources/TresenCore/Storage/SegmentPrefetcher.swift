import Dispatch
import Foundation

/// Scans segments on worker threads ahead of the caller and hands each result over in the
/// given order, so a full replay decodes on every core while the caller merges (DESIGN.md §8).
///
/// At most `lookahead` scanned segments wait for the caller at a time, so memory stays at a
/// few segments' records however long the history is. The order of results, and so of
/// anomalies and errors, is the order of `segments`, whatever the threads do.
struct SegmentPrefetcher: Sendable {
  /// One segment file to scan.
  struct Segment: Sendable, Equatable {
    /// The path to open.
    var path: String
    /// The path relative to the data directory, for anomalies.
    var file: String
    /// The device whose folder holds it.
    var device: String
  }

  let reader: ChunkedSegmentReader
  /// Threads that scan; with one, segments are scanned on the caller's thread.
  var workers = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4)
  /// Scanned segments that may wait for the caller.
  var lookahead = 4

  /// Calls `body` with each segment and what scanning it gave (`nil` for a file that has
  /// gone), in order. When `body` throws, scanning stops and the error is rethrown once the
  /// workers are done.
  /// - Complexity: O(total bytes); memory O(`lookahead` segments).
  func forEach<Failure: Error>(
    _ segments: [Segment], _ body: (Segment, Result<SegmentScanner?, IOFailure>) throws(Failure) -> Void
  ) throws(Failure) {
    guard workers > 1, segments.count > 1 else {
      for segment in segments { try body(segment, scan(segment)) }
      return
    }
    let queue = Handover(lookahead: max(lookahead, 1))
    let group = DispatchGroup()
    for _ in 0..<min(workers, segments.count) {
      DispatchQueue.global().async(group: group) {
        while let index = queue.claim(below: segments.count) { queue.deliver(scan(segments[index]), at: index) }
      }
    }
    defer {
      queue.stop()
      group.wait()
    }
    for index in segments.indices { try body(segments[index], queue.take(index)) }
  }

  private func scan(_ segment: Segment) -> Result<SegmentScanner?, IOFailure> {
    Result { () throws(IOFailure) in try reader.scan(path: segment.path, file: segment.file, device: segment.device) }
  }
}

/// The results between the workers and the caller, under one condition variable.
private final class Handover: @unchecked Sendable {
  private let condition = NSCondition()
  private let lookahead: Int
  private var results: [Int: Result<SegmentScanner?, IOFailure>] = [:]
  private var claimed = 0
  private var taken = 0
  private var stopped = false

  init(lookahead: Int) { self.lookahead = lookahead }

  /// The next segment for a worker, once the caller is close enough; `nil` when all are
  /// claimed or the caller stopped.
  func claim(below count: Int) -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !stopped, claimed < count, claimed - taken >= lookahead { condition.wait() }
    guard !stopped, claimed < count else { return nil }
    claimed += 1
    return claimed - 1
  }

  func deliver(_ result: Result<SegmentScanner?, IOFailure>, at index: Int) {
    condition.lock()
    defer { condition.unlock() }
    results[index] = result
    condition.broadcast()
  }

  /// The result for segment `index`, waiting for it if need be.
  func take(_ index: Int) -> Result<SegmentScanner?, IOFailure> {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result = results.removeValue(forKey: index) {
        taken = index + 1
        condition.broadcast()
        return result
      }
      condition.wait()
    }
  }

  func stop() {
    condition.lock()
    defer { condition.unlock() }
    stopped = true
    condition.broadcast()
  }
}
