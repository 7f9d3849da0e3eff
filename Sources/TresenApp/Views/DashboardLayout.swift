import TerminalUI

/// Where everything sits on the dashboard for a screen size. The screen draws with it and
/// the reducer uses it to find what a mouse click or wheel turn points at.
struct DashboardLayout {
  let header: Rect
  let today: Rect
  let complaints: Rect
  let satisfaction: Rect
  let status: Rect
  let hints: Rect

  /// The panes area between header and status line.
  let body: Rect

  init(size: Size) {
    let rows = Rect(size: size).rows([.length(1), .fill, .length(1), .length(1)])
    header = rows[0]
    body = rows[1]
    status = rows[2]
    hints = rows[3]
    // Today and complaints side by side over the satisfaction pane; wider terminals give
    // Today more room.
    let vertical = body.rows([.fill, .length(6)])
    let top = vertical[0].columns(size.width >= 120 ? [.percentage(55), .fill] : [.percentage(50), .fill])
    today = top[0]
    complaints = top[1]
    satisfaction = vertical[1]
  }

  /// The rows of a list pane's table (inside the border).
  static func listArea(_ pane: Rect) -> Rect { pane.inset(by: 1) }

  /// The pane at `point`, if any.
  func pane(at point: Point) -> Pane? {
    if today.contains(point) { return .today }
    if complaints.contains(point) { return .complaints }
    if satisfaction.contains(point) { return .satisfaction }
    return nil
  }
}
