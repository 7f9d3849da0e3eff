import Foundation
import Testing

/// Compares `text` with the snapshot stored as `__Snapshots__/<suite>/<name>.txt` in the test
/// target's folder (found from `filePath`), the way swift-argument-parser's `assertSnapshot`
/// does.
///
/// A missing snapshot is recorded (and the test passes, except on CI, where a missing file is a
/// failure); with `RECORD_SNAPSHOTS=1` in the environment every snapshot is re-recorded. A
/// difference is reported with `Issue.record` as a line diff: `-` the stored line, `+` the new one.
///
/// - Parameters:
///   - text: the screen or other text to compare, without a trailing newline.
///   - name: the snapshot's file name, without `.txt`.
///   - suite: the folder inside `__Snapshots__`; the test file's name without `.swift` by default.
public func assertSnapshot(
  _ text: String, named name: String, suite: String? = nil, filePath: StaticString = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let file = URL(fileURLWithPath: "\(filePath)")
  let folder = snapshotRoot(for: file)
    .appendingPathComponent("__Snapshots__")
    .appendingPathComponent(suite ?? file.deletingPathExtension().lastPathComponent)
  let url = folder.appendingPathComponent(name + ".txt")
  let actual = text + "\n"
  let environment = ProcessInfo.processInfo.environment
  let stored = try? String(contentsOf: url, encoding: .utf8)
  if stored == nil || environment["RECORD_SNAPSHOTS"] == "1" {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try actual.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("Could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
      return
    }
    if stored == nil, environment["CI"] != nil {
      Issue.record("Snapshot \(url.path) was missing; recorded it. Commit it.", sourceLocation: sourceLocation)
    }
    return
  }
  guard let stored, stored != actual else { return }
  Issue.record(
    """
    Snapshot \(name) differs from \(url.path) (re-record with RECORD_SNAPSHOTS=1):
    \(lineDiff(expected: stored, actual: actual))
    """, sourceLocation: sourceLocation)
}

/// The folder of the test target holding `file`: the ancestor directly under `Tests/`, or the
/// file's own folder when there is none.
private func snapshotRoot(for file: URL) -> URL {
  var folder = file.deletingLastPathComponent()
  while folder.pathComponents.count > 1 {
    if folder.deletingLastPathComponent().lastPathComponent == "Tests" { return folder }
    folder = folder.deletingLastPathComponent()
  }
  return file.deletingLastPathComponent()
}

/// The lines that differ, numbered, as `-` expected and `+` actual, with a `|` after each line
/// so trailing spaces show.
private func lineDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(old.count, new.count) {
    let before = index < old.count ? String(old[index]) : nil
    let after = index < new.count ? String(new[index]) : nil
    guard before != after else { continue }
    let number = String(index + 1).leftPadded(to: 3)
    if let before { out.append("\(number) - \(before)|") }
    if let after { out.append("\(number) + \(after)|") }
  }
  return out.joined(separator: "\n")
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
