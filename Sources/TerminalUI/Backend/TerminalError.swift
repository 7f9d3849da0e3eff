/// Why the terminal could not be drawn to or read from; the one error type of this module.
public enum TerminalError: Error, Hashable, Sendable {
  /// The backend could not be set up (no terminal, unusable `TERM`, no UTF-8 locale, …).
  case setupFailed(reason: String)
  /// Writing cells to the screen failed at `position`.
  case drawFailed(position: Point, reason: String)
  /// Pushing the frame to the screen failed.
  case flushFailed(reason: String)
  /// Reading input failed.
  case inputFailed(reason: String)
}
