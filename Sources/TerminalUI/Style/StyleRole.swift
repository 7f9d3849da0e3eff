/// The semantic theme role that chose a style, such as `text`, `title` or `selected`.
///
/// Roles travel with every cell so that tests can snapshot *what* coloured a cell without caring
/// about the concrete colours of a theme. The widgets here use the roles below by default; the app
/// may use any other name (`severity_urgent`, `channel_phone`, …).
public struct StyleRole: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The role's name as it appears in theme files.
  public let rawValue: String

  /// A role named `rawValue`.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A role from a string literal: `let role: StyleRole = "severity_urgent"`.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The role's name.
  public var description: String { rawValue }

  /// Ordinary text.
  public static let text: StyleRole = "text"
  /// Less important text.
  public static let muted: StyleRole = "muted"
  /// Pane and dialog titles.
  public static let title: StyleRole = "title"
  /// Borders of unfocused panes.
  public static let border: StyleRole = "border"
  /// The border of the focused pane.
  public static let borderFocus: StyleRole = "border_focus"
  /// The selected row of a list or table.
  public static let selected: StyleRole = "selected"
  /// Column headers of a table.
  public static let header: StyleRole = "header"
  /// The key part of a hint bar entry.
  public static let hintKey: StyleRole = "hint_key"
  /// The label part of a hint bar entry.
  public static let hintText: StyleRole = "hint_text"
  /// The status line.
  public static let status: StyleRole = "status"
  /// Text input fields.
  public static let input: StyleRole = "input"
  /// Dialog boxes.
  public static let dialog: StyleRole = "dialog"
  /// Charts: sparklines and bars.
  public static let chart: StyleRole = "chart"
}
