import Foundation
import TresenCore

/// A progress bar with an estimate on stderr when it is a terminal; silent when piped.
final class Progress {
  private let title: String
  private let localizer: Localizer
  private let start = Date()
  private var lastDraw = Date.distantPast
  private let enabled = Console.isInteractive

  init(_ title: String, localizer: Localizer) {
    self.title = title
    self.localizer = localizer
  }

  /// Shows `done` of `total`, at most ten times a second.
  func update(_ done: Int, of total: Int) {
    guard enabled, total > 0 else { return }
    let now = Date()
    guard done == total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    let fraction = Double(done) / Double(total)
    let width = 30
    let filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    var line = "\r\(title) \(bar) \(localizer.percent(fraction))"
    let elapsed = now.timeIntervalSince(start)
    if fraction > 0.02, done < total {
      let left = Int(elapsed / fraction - elapsed)
      line += " · " + localizer(.progressEta, "\(left / 60):\(String(format: "%02d", left % 60))")
    }
    // ESC [K clears what a longer earlier line left behind.
    FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
