/// The three panes of the dashboard, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
  case today
  case complaints
  case satisfaction

  /// The next pane, wrapping around.
  var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count) ?? .today }

  /// The previous pane, wrapping around.
  var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .today }
}
