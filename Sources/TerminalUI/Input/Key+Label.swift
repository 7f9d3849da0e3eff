extension Key {
  /// How the key is written in hint bars and help: `F6`, `Tab`, `Shift-Tab`, `Ctrl-L`, `↑`, `q`.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return TextSanitizer.sanitize(String(character))
    case .function(let number): return "F\(number)"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .insert: return "Ins"
    case .ctrl(let character): return "Ctrl-" + String(character).uppercased()
    case .resize: return "Resize"
    case .mouse: return "Mouse"
    }
  }
}
