import Foundation
import TerminalUI
import TresenCore

extension ThemeCheck {
  /// The lines `tresen themes check` prints for a theme read from `path`: one per role below
  /// 4.5:1 (`path:line: warning: …`), or a note that the theme is exempt.
  public func findings(path: String, roleLines: [StyleRole: Int], _ l: Localizer) -> [String] {
    guard !isExempt else { return [l(.themesExempt, path)] }
    return measurements.compactMap { measurement in
      guard let ratio = measurement.ratio, measurement.verdict == .warning || measurement.verdict == .failure else {
        return nil
      }
      var location = path
      if let line = roleLines[measurement.role] { location += ":\(line)" }
      let failed = measurement.verdict == .failure
      let what = l(
        failed ? .themesContrastFailed : .themesContrastLow, measurement.role.rawValue, Self.ratioText(ratio, l),
        ThemeValue.format(measurement.style))
      return "\(location): \(l(failed ? .themeError : .themeWarning)): \(what)"
    }
  }

  /// The lowest measured ratio, or nil when nothing was measured.
  public var lowestRatio: Double? { measurements.compactMap(\.ratio).min() }

  /// A ratio with two decimals in the localizer's style (`4.48`, `4,48`), rounded down so a
  /// ratio just under a threshold never prints as the threshold.
  public static func ratioText(_ ratio: Double, _ l: Localizer) -> String {
    let text = String(format: "%.2f", (ratio * 100).rounded(.down) / 100)
    return l.language == .de ? text.replacingOccurrences(of: ".", with: ",") : text
  }
}
