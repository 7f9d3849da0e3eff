import CNcursesShim
import Glibc
import TerminalUI

/// The real terminal: a ``TerminalUI/TerminalBackend`` drawing with ncursesw and reading keys with
/// `get_wch`.
///
/// Creating one takes over the screen; ``restore()`` (or deinit, `exit`, or a crash) gives it back
/// with the tty modes, cursor and mouse as they were. Only one can be active at a time.
///
/// ```swift
/// let backend = try NcursesTerminal(options: .init(allowsColor: !noColor))
/// defer { backend.restore() }
/// let terminal = Terminal(backend: backend)
/// while !backend.shouldQuit {
///   try terminal.draw { frame in … }
///   if let key = try terminal.readKey(timeoutMilliseconds: 250) { … }
/// }
/// ```
///
/// SIGINT, SIGTERM and SIGHUP (Ctrl-C included) do not kill the program: they set ``shouldQuit``,
/// and the next ``readKey(timeoutMilliseconds:)`` returns nil early so the app can save and quit.
public final class NcursesTerminal: TerminalBackend {
  /// The options the terminal was set up with.
  public let options: Options
  /// Whether the locale is UTF-8, so umlauts, `€` and box-drawing characters can be shown; when
  /// false the app should draw ASCII borders (other characters are shown as `?`).
  public let supportsUnicode: Bool
  /// The colours the terminal can show (`COLORS`): 256, 16, 8, or 0 without colour support.
  public let colorCount: Int

  var window: UnsafeMutablePointer<WINDOW>?
  private var screen: OpaquePointer?
  var depth: ColorDepth
  var pairs: ColorPairCache
  var styles: [Style: (attributes: attr_t, pair: Int32)] = [:]
  var parkedCursor: Point?

  /// Sets up the terminal on standard input and output.
  ///
  /// - Throws: ``TerminalUI/TerminalError/setupFailed(reason:)`` when standard input or output is
  ///   not a terminal, `TERM` is unknown, or another `NcursesTerminal` is still active.
  public init(options: Options = Options()) throws(TerminalError) {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .setupFailed(reason: "standard input and output must be a terminal")
    }
    guard !TerminalSignals.isCursesActive else {
      throw .setupFailed(reason: "another NcursesTerminal is still active")
    }
    TerminalSignals.install()
    supportsUnicode = UTF8Locale.configure()
    guard let screen = cncurses_newterm(nil), let window = cncurses_stdscr() else {
      TerminalSignals.uninstall()
      let term = getenv("TERM").map { String(cString: $0) } ?? ""
      throw .setupFailed(reason: "ncurses cannot drive the terminal TERM=\"\(term)\"")
    }
    TerminalSignals.markCursesActive()
    self.options = options
    self.screen = screen
    self.window = window
    Self.configureInput(window, options: options)
    let hasColors = has_colors()
    var hasDefaultColors = false
    if hasColors {
      _ = start_color()
      hasDefaultColors = use_default_colors() == OK
    }
    colorCount = hasColors ? Int(max(0, cncurses_colors())) : 0
    depth = options.allowsColor ? ColorDepth(colorCount: colorCount) : .monochrome
    pairs = ColorPairCache(pairLimit: Int(cncurses_color_pairs()), hasDefaultColors: hasDefaultColors)
    _ = curs_set(0)
  }

  deinit {
    restore()
  }

  /// Whether a termination signal (SIGINT from Ctrl-C, SIGTERM, SIGHUP) has arrived; the app should
  /// save, call ``restore()`` and exit.
  public var shouldQuit: Bool { TerminalSignals.terminationSignal != nil }

  /// The termination signal that arrived first, or nil.
  public var terminationSignal: Int32? { TerminalSignals.terminationSignal }

  /// Gives the terminal back: mouse reporting off, curses mode ended (tty modes, cursor and the
  /// normal screen restored), signal handlers as they were. Safe to call more than once; drawing
  /// afterwards does nothing and ``readKey(timeoutMilliseconds:)`` returns nil.
  public func restore() {
    guard let screen else { return }
    TerminalSignals.restoreScreen()
    delscreen(screen)
    self.screen = nil
    window = nil
    TerminalSignals.uninstall()
  }

  /// The screen size, read from ncurses (already updated when ``TerminalUI/Key/resize`` arrives).
  public var size: Size {
    guard let window else { return .zero }
    return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  /// Blanks the screen; the next ``flush()`` repaints it from scratch.
  public func clear() throws(TerminalError) {
    guard let window else { return }
    _ = wclear(window)
  }

  /// Puts the cursor where it was parked and sends everything drawn to the terminal.
  public func flush() throws(TerminalError) {
    guard let window else { return }
    if let parkedCursor { moveCursor(window, to: parkedCursor) }
    guard wrefresh(window) == OK else { throw .flushFailed(reason: "wrefresh failed") }
  }

  /// Parks the cursor at `position` (clamped to the screen), where screen readers follow it.
  public func setCursorPosition(_ position: Point) throws(TerminalError) {
    parkedCursor = position
    if let window { moveCursor(window, to: position) }
  }

  /// Shows or hides the cursor; terminals that cannot hide it keep showing it.
  public func setCursorVisible(_ visible: Bool) throws(TerminalError) {
    guard window != nil else { return }
    _ = curs_set(visible ? 1 : 0)
  }

  private func moveCursor(_ window: UnsafeMutablePointer<WINDOW>, to position: Point) {
    let bounds = size
    guard !bounds.isEmpty else { return }
    let x = min(max(0, position.x), bounds.width - 1)
    let y = min(max(0, position.y), bounds.height - 1)
    _ = wmove(window, Int32(y), Int32(x))
  }

  /// Line-at-a-time input off, no echo, function keys decoded, the ESC delay, and the mouse.
  private static func configureInput(_ window: UnsafeMutablePointer<WINDOW>, options: Options) {
    // cbreak, not raw: Ctrl-C must still raise SIGINT, which our handler turns into a flag.
    _ = cbreak()
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    KeyCodeMapping.defineFallbackKeys()
    if getenv("ESCDELAY") == nil {
      _ = set_escdelay(Int32(clamping: options.escapeDelayMilliseconds))
    }
    if options.mouse {
      _ = mousemask(KeyCodeMapping.reportedMouseEvents, nil)
      _ = mouseinterval(0)
    }
    // Ctrl-S would otherwise freeze output (XON/XOFF) until Ctrl-Q; endwin restores the user's mode.
    var settings = termios()
    if tcgetattr(STDIN_FILENO, &settings) == 0 {
      settings.c_iflag &= ~tcflag_t(IXON)
      if tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 { _ = def_prog_mode() }
    }
  }
}
