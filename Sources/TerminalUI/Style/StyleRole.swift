import Synchronization

/// The semantic theme role that chose a style, such as `text`, `title` or `selected`.
///
/// Roles travel with every cell so that tests can snapshot *what* coloured a cell without caring
/// about the concrete colours of a theme. The widgets here use the roles below by default; the app
/// may use any other name (`severity_urgent`, `channel_phone`, …).
///
/// A role is its name's number in a process-wide list of the names seen so far, so a cell's
/// ``Style`` copies and compares as plain bits: no reference count and no string comparison per
/// cell of a frame (they were about a quarter of a 200×60 frame's instructions).
public struct StyleRole: RawRepresentable, Hashable, Sendable, ExpressibleByStringLiteral,
  CustomStringConvertible
{
  /// The name's place in ``RoleNames``; equal names have equal numbers.
  private let number: UInt32

  /// The role's name as it appears in theme files.
  public var rawValue: String { RoleNames.name(of: number) }

  /// A role named `rawValue`.
  public init(rawValue: String) { number = RoleNames.number(of: rawValue) }

  /// A role from a string literal: `let role: StyleRole = "severity_urgent"`.
  public init(stringLiteral value: String) { self.init(rawValue: value) }

  /// The role's name.
  public var description: String { rawValue }

  // Spelled out: `RawRepresentable`'s defaults would compare and hash the names.
  public static func == (lhs: StyleRole, rhs: StyleRole) -> Bool { lhs.number == rhs.number }

  public func hash(into hasher: inout Hasher) { hasher.combine(number) }

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

/// The role names the process has seen, each numbered once in the order they came.
///
/// Names are never forgotten: they come from the code and from theme files, a few dozen in all.
private enum RoleNames {
  private struct Table {
    var names: [String] = []
    var numbers: [String: UInt32] = [:]
  }

  private static let table = Mutex(Table())

  static func number(of name: String) -> UInt32 {
    table.withLock { table in
      if let number = table.numbers[name] { return number }
      let number = UInt32(table.names.count)
      table.names.append(name)
      table.numbers[name] = number
      return number
    }
  }

  static func name(of number: UInt32) -> String {
    table.withLock { $0.names[Int(number)] }
  }
}
