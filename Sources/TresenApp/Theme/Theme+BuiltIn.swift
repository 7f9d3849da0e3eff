import TerminalUI

extension Theme {
  /// The built-in default: ANSI colours on the terminal's own background, so it reads on
  /// dark and light terminals alike; meaning never rests on colour alone. The only place
  /// outside `Themes/` where colours are named.
  public static let builtIn = Theme(
    name: "built-in",
    kind: .dark,
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

  /// Whether `selector` names the built-in theme (`built-in`, `builtin`, `default`).
  static func isBuiltInName(_ selector: String) -> Bool {
    ["built-in", "builtin", "default"].contains(selector.lowercased())
  }
}
