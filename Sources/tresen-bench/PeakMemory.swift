import Foundation

/// The process's peak resident set size, as the kernel counts it.
enum PeakMemory {
  /// `VmHWM` from `/proc/self/status` in bytes; `nil` where there is no such file.
  static func current() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.dropFirst("VmHWM:".count).filter(\.isNumber)
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }
}
