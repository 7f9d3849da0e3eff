/// A key press (or a terminal event that arrives the same way, such as a resize or the mouse).
///
/// Backends translate their key codes into these cases: Shift-Tab is ``backTab``, Ctrl with a
/// letter is ``ctrl(_:)`` with the lowercase letter (`ctrl("l")`), and everything typed as text,
/// umlauts included, is ``character(_:)``.
public enum Key: Hashable, Sendable {
  /// A typed character, e.g. `a`, `ä`, `€`, `?`.
  case character(Character)
  /// A function key F1…F12.
  case function(Int)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Home / Pos1.
  case home
  /// End.
  case end
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Enter / Return.
  case enter
  /// Escape.
  case escape
  /// Backspace.
  case backspace
  /// Delete (Entf).
  case delete
  /// Insert (Einfg).
  case insert
  /// Ctrl with a letter, given in lowercase: `ctrl("a")`.
  case ctrl(Character)
  /// The terminal changed its size; read the new size from the backend.
  case resize
  /// A mouse click or wheel turn.
  case mouse(MouseEvent)

  /// The key for a character, mapping control characters typed raw (Tab, Enter, Backspace, Ctrl
  /// letters, ESC) to their named cases.
  public init(typed character: Character) {
    guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
      self = character == "\r\n" ? .enter : .character(character)
      return
    }
    switch scalar.value {
    case 0x09: self = .tab
    case 0x0A, 0x0D: self = .enter
    case 0x1B: self = .escape
    case 0x08, 0x7F: self = .backspace
    case 0x01...0x1A:
      self = .ctrl(Character(Unicode.Scalar(UInt8(scalar.value) + 0x60)))
    default: self = .character(character)
    }
  }

  /// Whether this is a typed character that can go into a text field (not a control symbol).
  public var insertableCharacter: Character? {
    guard case .character(let character) = self, TextSanitizer.isSafe(String(character)) else { return nil }
    return character
  }
}
