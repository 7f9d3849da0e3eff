import TerminalUI

/// The contrast of every text role of a theme against its background (`tresen themes check`).
public struct ThemeCheck: Sendable {
  /// How one role fares.
  public enum Verdict: Equatable, Sendable {
    /// At least 4.5:1.
    case pass
    /// 3:1 up to 4.5:1: readable for large or bold text only.
    case warning
    /// Below 3:1.
    case failure
    /// A colour follows the user's palette; nothing to measure.
    case notMeasured
  }

  /// One role's measurement.
  public struct Measurement: Equatable, Sendable {
    /// The role measured.
    public var role: StyleRole
    /// Its style after falling back to the built-in theme and `text`.
    public var style: Style
    /// Foreground against background, or nil when not measured.
    public var ratio: Double?
    /// What the ratio means.
    public var verdict: Verdict
  }

  /// Whether the whole theme is exempt: `mono`, or only ANSI names and `default`, so every
  /// colour is the user's own.
  public let isExempt: Bool
  /// Every text role, in ``ThemeRole/all`` order (empty when exempt).
  public let measurements: [Measurement]

  /// Measures `theme`.
  public init(_ theme: Theme) {
    let styles = ThemeRole.all.map { theme.style(for: $0.role) }
    let colors = styles.flatMap { [$0.foreground, $0.background] }.compactMap { $0 }
    let usesOwnColors = colors.contains { color in
      if case .default = color { return false }
      return Contrast.rgb(of: color, asForeground: true, kind: theme.kind) != nil
    }
    isExempt = theme.kind == .mono || !usesOwnColors
    guard !isExempt else {
      measurements = []
      return
    }
    measurements = ThemeRole.all.filter(\.isText).map { Self.measure($0.role, in: theme) }
  }

  /// The number of roles with each verdict.
  public func count(_ verdict: Verdict) -> Int { measurements.filter { $0.verdict == verdict }.count }

  private static func measure(_ role: StyleRole, in theme: Theme) -> Measurement {
    let style = theme.style(for: role)
    guard let foreground = style.foreground, let background = style.background,
      let fg = Contrast.rgb(of: foreground, asForeground: true, kind: theme.kind),
      let bg = Contrast.rgb(of: background, asForeground: false, kind: theme.kind)
    else {
      return Measurement(role: role, style: style, ratio: nil, verdict: .notMeasured)
    }
    let ratio = Contrast.ratio(fg, bg)
    let verdict: Verdict =
      ratio >= Contrast.recommended ? .pass : ratio >= Contrast.minimum ? .warning : .failure
    return Measurement(role: role, style: style, ratio: ratio, verdict: verdict)
  }
}
