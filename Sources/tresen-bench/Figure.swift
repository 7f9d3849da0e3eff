import Foundation

/// One line of the result table: a measured value beside its baseline and target.
struct Figure {
  var name: String
  var value: String
  var baseline: String
  var ratio: String
  var target: String
  /// Whether the target is met; `nil` for a figure shown only for context.
  var met: Bool?

  var verdict: String {
    switch met {
    case .some(true): "met"
    case .some(false): "NOT met"
    case .none: "—"
    }
  }

  /// `value / baseline` as "2.31×"; "—" without a baseline.
  static func ratio(_ value: Double, _ baseline: Double) -> String {
    guard baseline > 0 else { return "—" }
    return String(format: "%.2f×", value / baseline)
  }

  /// Seconds in the unit that reads best.
  static func duration(_ seconds: Double) -> String {
    switch seconds {
    case 1...: String(format: "%.2f s", seconds)
    case 0.001...: String(format: "%.1f ms", seconds * 1e3)
    default: String(format: "%.0f µs", seconds * 1e6)
    }
  }

  /// Bytes in MB (10^6), as memory tools print them.
  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.0f MB", Double(bytes) / 1e6)
  }
}
