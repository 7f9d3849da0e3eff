/// Told how far long work has come: `done` of `total` units (bytes, for reading and repairing
/// the log). `done` never falls and never passes `total`; the last call has `done == total`.
/// Called on the working thread after each step (a segment), so it should be cheap: a progress
/// bar throttles its own drawing.
public typealias ProgressHook = (_ done: Int64, _ total: Int64) -> Void

/// Adds up the steps of one piece of work and passes them on to a ``ProgressHook``.
struct ProgressCounter {
  private let hook: ProgressHook?
  private var total: Int64
  private var done: Int64 = 0

  /// A counter for `total` units; sizes measured before the work may grow while it runs.
  init(total: Int64, hook: ProgressHook?) {
    self.total = total
    self.hook = hook
  }

  /// Reports `units` more done.
  mutating func advance(by units: Int64) {
    guard let hook else { return }
    done += units
    total = max(total, done)
    hook(done, total)
  }

  /// Reports the bytes of the file at `path` done; no `stat` when no one listens.
  mutating func advance(byBytesOf path: String, in directory: DataDirectory) {
    guard hook != nil else { return }
    advance(by: directory.totalBytes(of: [path]))
  }

  /// Reports the work complete, however much it turned out to be, unless the last step did.
  mutating func finish() {
    guard let hook, done < total || done == 0 else { return }
    done = total
    hook(done, total)
  }
}

extension DataDirectory {
  /// The bytes of `files` (paths), as a progress total; a file that cannot be read counts 0.
  func totalBytes(of files: [String]) -> Int64 {
    files.reduce(0) { sum, path in sum + ((try? io.stat(path))??.size ?? 0) }
  }
}
