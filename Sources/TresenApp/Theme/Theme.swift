import TerminalUI

/// Colours and attributes for each semantic role. Views tag cells with roles only; the theme
/// turns roles into styles once a frame is composed. (Theme files come with the themes work;
/// this is the built-in default every other theme falls back to.)
public struct Theme: Sendable {
  public var name: String
  public var styles: [StyleRole: Style]

  public init(name: String, styles: [StyleRole: Style]) {
    self.name = name
    self.styles = styles
  }

  /// The style for `role`, falling back to the built-in default, then to plain text.
  public func style(for role: StyleRole) -> Style {
    styles[role] ?? Theme.builtIn.styles[role] ?? .plain
  }

  /// Gives every cell of `buffer` its role's colours; attributes a view set explicitly
  /// (reverse for the selection, bold for focus) stay.
  public func apply(to buffer: inout Buffer) {
    buffer.restyle { style in
      guard let role = style.role else { return style }
      return self.style(for: role).patched(with: style)
    }
  }

  /// The built-in default: ANSI colours on the terminal's own background, so it reads on
  /// dark and light terminals alike; meaning never rests on colour alone.
  public static let builtIn = Theme(
    name: "built-in",
    styles: [
      .text: Style(foreground: .default, background: .default),
      .muted: Style(attributes: .dim),
      .title: Style(foreground: .cyan, attributes: .bold),
      .border: Style(foreground: .default),
      .borderFocus: Style(foreground: .cyan, attributes: .bold),
      .selected: Style(attributes: .reverse),
      .header: Style(attributes: .bold),
      .hintKey: Style(foreground: .black, background: .cyan),
      .hintText: Style(foreground: .default),
      .status: Style(foreground: .default),
      .input: Style(attributes: .underline),
      .dialog: Style(foreground: .default, background: .default),
      .chart: Style(foreground: .cyan),
      .ok: Style(foreground: .green),
      .warn: Style(foreground: .yellow, attributes: .bold),
      .error: Style(foreground: .red, attributes: .bold),
      .severityUrgent: Style(foreground: .red, attributes: .bold),
      .severityHigh: Style(foreground: .red),
      .severityNormal: Style(foreground: .default),
      .severityLow: Style(attributes: .dim),
      .waiting: Style(attributes: .dim),
      .trendGood: Style(foreground: .green),
      .trendBad: Style(foreground: .red),
      .trendNeutral: Style(foreground: .yellow),
      .money: Style(foreground: .default),
    ])
}

extension StyleRole {
  static let ok: StyleRole = "ok"
  static let warn: StyleRole = "warn"
  static let error: StyleRole = "error"
  static let severityUrgent: StyleRole = "severity_urgent"
  static let severityHigh: StyleRole = "severity_high"
  static let severityNormal: StyleRole = "severity_normal"
  static let severityLow: StyleRole = "severity_low"
  static let waiting: StyleRole = "waiting"
  static let trendGood: StyleRole = "trend_good"
  static let trendBad: StyleRole = "trend_bad"
  static let trendNeutral: StyleRole = "trend_neutral"
  static let money: StyleRole = "money"
}
