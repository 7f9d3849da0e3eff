import TerminalUI

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

/// One role a theme file may set: its name and whether it colours text (and so must be
/// readable against its background) or only lines and bars.
public struct ThemeRole: Hashable, Sendable {
  /// The role as views tag cells with it and theme files spell it.
  public let role: StyleRole
  /// Whether the role draws words or numbers; `themes check` measures the contrast of these.
  public let isText: Bool

  /// Every role a theme may set, in the order `Themes/README.md` documents them.
  public static let all: [ThemeRole] =
    [
      text(.text), text(.muted), text(.title), ThemeRole(role: .border, isText: false),
      ThemeRole(role: .borderFocus, isText: false), text(.selected), text(.header), text(.hintKey),
      text(.hintText), text(.status), text(.input), text(.dialog), ThemeRole(role: .chart, isText: false),
      text(.ok), text(.warn), text(.error), text(.severityUrgent), text(.severityHigh), text(.severityNormal),
      text(.severityLow), text(.waiting), text(.trendGood), text(.trendBad), text(.trendNeutral), text(.money),
    ]

  /// The names of every role, for messages.
  public static var names: [String] { all.map(\.role.rawValue) }

  /// The role called `name`, or nil when no view uses such a role.
  public static func named(_ name: String) -> ThemeRole? {
    all.first { $0.role.rawValue == name }
  }

  /// The known role closest to a misspelt `name` (at most two edits away), for "did you mean".
  public static func suggestion(for name: String) -> String? {
    let candidates = names.map { ($0, editDistance(Array(name.lowercased()), Array($0))) }
    guard let best = candidates.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
    return best.0
  }

  private static func text(_ role: StyleRole) -> ThemeRole { ThemeRole(role: role, isText: true) }

  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
      var current = [i + 1]
      for (j, right) in b.enumerated() {
        current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
      }
      previous = current
    }
    return previous[b.count]
  }
}
