/// The screen and keyboard that a ``Terminal`` drives: ncurses in the app, ``TestBackend`` in tests.
///
/// A backend never decides what to draw; it receives the cells that changed since the last frame
/// and shows them. It must skip continuation cells (``Cell/isContinuation``): the wide character
/// before them already covers them.
public protocol TerminalBackend: AnyObject {
  /// The current size of the screen.
  var size: Size { get }

  /// Shows `changes`, in the order given (row by row).
  func draw(_ changes: [CellChange]) throws(TerminalError)

  /// Blanks the whole screen before a full repaint (after a resize or ``Terminal/invalidate()``).
  func clear() throws(TerminalError)

  /// Makes everything drawn so far visible.
  func flush() throws(TerminalError)

  /// Moves the terminal cursor to `position`, where screen readers follow it.
  func setCursorPosition(_ position: Point) throws(TerminalError)

  /// Shows or hides the terminal cursor.
  func setCursorVisible(_ visible: Bool) throws(TerminalError)

  /// The next key, waiting at most `timeoutMilliseconds` (0 polls, negative waits forever); nil when
  /// none arrived in time.
  func readKey(timeoutMilliseconds: Int) throws(TerminalError) -> Key?
}
