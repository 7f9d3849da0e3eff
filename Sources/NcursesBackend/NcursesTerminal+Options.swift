extension NcursesTerminal {
  /// How an ``NcursesTerminal`` sets the terminal up.
  public struct Options: Hashable, Sendable {
    /// Whether clicks and the wheel are reported as ``TerminalUI/Key/mouse(_:)``. Capturing the
    /// mouse takes away the terminal's own text selection (Shift-drag still selects).
    public var mouse: Bool
    /// Whether colours may be drawn at all; false (for `NO_COLOR` or a monochrome theme) keeps
    /// attributes only. ``NcursesTerminal/colorCount`` reports what the terminal could do either way.
    public var allowsColor: Bool
    /// How long ncurses waits after ESC for the rest of an escape sequence; the `ESCDELAY`
    /// environment variable, when set, wins.
    public var escapeDelayMilliseconds: Int

    /// Options with the mouse on, colours allowed and a 25 ms ESC delay unless given otherwise.
    public init(mouse: Bool = true, allowsColor: Bool = true, escapeDelayMilliseconds: Int = 25) {
      self.mouse = mouse
      self.allowsColor = allowsColor
      self.escapeDelayMilliseconds = escapeDelayMilliseconds
    }
  }
}
