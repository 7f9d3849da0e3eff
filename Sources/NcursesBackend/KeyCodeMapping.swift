import CNcursesShim
import TerminalUI

/// Translates what `get_wch` and `getmouse` return into ``TerminalUI/Key`` values.
enum KeyCodeMapping {
  /// The key for a function-key code (`get_wch` returned `KEY_CODE_YES`), or nil for codes we do
  /// not use (`KEY_MOUSE` is read separately with `getmouse`).
  static func key(forKeyCode code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_RESIZE: return .resize
    case cncurses_key_f(1)...cncurses_key_f(12): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  /// Teaches ncurses the Home and End sequences that terminfo may not list: tmux sends `ESC[1~` and
  /// `ESC[4~` whatever `TERM` says inside it, rxvt sends `ESC[7~` and `ESC[8~`. Sequences the
  /// terminal description already defines (or that clash with one) are left alone.
  static func defineFallbackKeys() {
    let fallbacks: [(String, Int32)] = [
      ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
      ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
    ]
    for (sequence, code) in fallbacks where key_defined(sequence) == 0 {
      _ = define_key(sequence, code)
    }
  }

  /// The key for a mouse event with button state `buttons` at column `x`, row `y`; nil for events
  /// we do not report (motion, double clicks, modifiers alone).
  static func key(forMouseButtons buttons: mmask_t, x: Int32, y: Int32) -> Key? {
    guard let kind = kind(of: buttons) else { return nil }
    return .mouse(MouseEvent(kind, at: Point(x: Int(x), y: Int(y))))
  }

  /// The mask given to `mousemask`: presses, releases and clicks of buttons 1–3 and the wheel,
  /// without motion reports (they would wake the loop for nothing).
  static var reportedMouseEvents: mmask_t {
    pressMasks.reduce(releaseMasks.reduce(0, |), |) | cncurses_button4_pressed() | cncurses_button5_pressed()
  }

  private static func kind(of buttons: mmask_t) -> MouseEvent.Kind? {
    if buttons & cncurses_button4_pressed() != 0 { return .wheelUp }
    if buttons & cncurses_button5_pressed() != 0 { return .wheelDown }
    for (index, mask) in pressMasks.enumerated() where buttons & mask != 0 {
      return .press(button: index / 2 + 1)
    }
    for (index, mask) in releaseMasks.enumerated() where buttons & mask != 0 {
      return .release(button: index + 1)
    }
    return nil
  }

  /// Press and click masks, two per button, buttons 1–3 in order (a click is reported as a press).
  private static var pressMasks: [mmask_t] {
    [
      cncurses_button1_pressed(), cncurses_button1_clicked(),
      cncurses_button2_pressed(), cncurses_button2_clicked(),
      cncurses_button3_pressed(), cncurses_button3_clicked(),
    ]
  }

  private static var releaseMasks: [mmask_t] {
    [cncurses_button1_released(), cncurses_button2_released(), cncurses_button3_released()]
  }
}
