import TresenCore

/// Everything a key can do on the dashboard. The key table maps keys to commands; the
/// reducer carries them out.
public enum Command: String, CaseIterable, Sendable {
  case help, quit, nextPane, previousPane, focusToday, focusComplaints, focusSatisfaction
  case moveUp, moveDown, pageUp, pageDown, first, last, details, back
  case newRefusal, newComp, newComplaint, newInteraction
  case resolve, wait, reopen, raiseSeverity, lowerSeverity, addNote
  case undo, redraw, pickTheme, toggleTrendWindow, showGoodwill, showTouchpoints, showDayClose

  /// What the command does, as shown in the hint bar and help.
  var label: StringKey {
    switch self {
    case .help: .actionHelp
    case .quit: .actionQuit
    case .nextPane: .actionNextPane
    case .previousPane: .actionPreviousPane
    case .focusToday: .actionFocusToday
    case .focusComplaints: .actionFocusComplaints
    case .focusSatisfaction: .actionFocusSatisfaction
    case .moveUp: .actionMoveUp
    case .moveDown: .actionMoveDown
    case .pageUp: .actionPageUp
    case .pageDown: .actionPageDown
    case .first: .actionFirst
    case .last: .actionLast
    case .details: .actionDetails
    case .back: .actionBack
    case .newRefusal: .actionNewRefusal
    case .newComp: .actionNewComp
    case .newComplaint: .actionNewComplaint
    case .newInteraction: .actionNewInteraction
    case .resolve: .actionResolve
    case .wait: .actionWait
    case .reopen: .actionReopen
    case .raiseSeverity: .actionRaiseSeverity
    case .lowerSeverity: .actionLowerSeverity
    case .addNote: .actionAddNote
    case .undo: .actionUndo
    case .redraw: .actionRedraw
    case .pickTheme: .actionPickTheme
    case .toggleTrendWindow: .actionToggleTrendWindow
    case .showGoodwill: .actionShowGoodwill
    case .showTouchpoints: .actionShowTouchpoints
    case .showDayClose: .actionShowDayClose
    }
  }
}
