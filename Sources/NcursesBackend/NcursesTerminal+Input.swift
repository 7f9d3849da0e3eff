import CNcursesShim
import TerminalUI

extension NcursesTerminal {
  /// The next key, waiting at most `timeoutMilliseconds` (0 polls, negative waits forever).
  ///
  /// Returns nil when the time ran out, when a signal interrupted the wait (check ``shouldQuit``),
  /// and for keys Tresen does not use. A base character and the combining marks typed right after
  /// it arrive as one ``TerminalUI/Key/character(_:)``.
  public func readKey(timeoutMilliseconds: Int) throws(TerminalError) -> Key? {
    guard let window else { return nil }
    wtimeout(window, timeoutMilliseconds < 0 ? -1 : Int32(clamping: timeoutMilliseconds))
    var code: wint_t = 0
    switch wget_wch(window, &code) {
    case KEY_CODE_YES:
      let keyCode = Int32(bitPattern: code)
      return keyCode == KEY_MOUSE ? readMouse() : KeyCodeMapping.key(forKeyCode: keyCode)
    case OK:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      // Control characters typed raw (Tab, Enter, ESC, Ctrl letters) become their named keys.
      return Key(typed: withCombiningMarks(scalar, in: window))
    default:
      return nil
    }
  }

  /// The mouse event behind a `KEY_MOUSE`, or nil if there is none we report.
  private func readMouse() -> Key? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    return KeyCodeMapping.key(forMouseButtons: event.bstate, x: event.x, y: event.y)
  }

  /// `first` together with any combining marks already waiting in the input; the first scalar that
  /// starts a new character is pushed back for the next read.
  private func withCombiningMarks(_ first: Unicode.Scalar, in window: UnsafeMutablePointer<WINDOW>) -> Character {
    // Control characters (Enter, Tab, ESC) stand alone; a following mark must not merge into them.
    guard first.value >= 0x20, first.value != 0x7F else { return Character(first) }
    var text = String(first)
    wtimeout(window, 0)
    while true {
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      if status == KEY_CODE_YES { _ = ungetch(Int32(bitPattern: code)) }
      guard status == OK, let next = Unicode.Scalar(code) else { break }
      var combined = text
      combined.unicodeScalars.append(next)
      guard combined.count == 1 else {
        _ = unget_wch(wchar_t(bitPattern: code))
        break
      }
      text = combined
    }
    return text.first ?? Character(first)
  }
}
