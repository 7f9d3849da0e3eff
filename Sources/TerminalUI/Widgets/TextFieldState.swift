/// The contents of a one-line text input: the text, the cursor and the horizontal scroll.
///
/// The cursor and the scroll offset count grapheme clusters, so `ä`, `e` + U+0301 and `👍🏽` each
/// move as one. Editing keys follow readline: Ctrl-A/E go to start/end, Ctrl-K/U delete to the
/// end/start, Ctrl-W deletes the word before the cursor.
public struct TextFieldState: Hashable, Sendable {
  /// The text typed so far.
  public private(set) var text: String
  /// The cursor position in grapheme clusters, 0…`text.count`.
  public private(set) var cursor: Int
  /// The first cluster shown, as last stored with ``scrollToCursor(width:)``.
  public private(set) var offset: Int

  /// A field holding `text` with the cursor at its end.
  public init(text: String = "") {
    self.text = text
    self.cursor = text.count
    self.offset = 0
  }

  /// Whether nothing has been typed.
  public var isEmpty: Bool { text.isEmpty }

  /// Replaces the text, moving the cursor to the end.
  public mutating func setText(_ text: String) {
    self.text = text
    cursor = text.count
    offset = min(offset, cursor)
  }

  /// Applies an editing key and says whether it was one; other keys (Tab, Enter, Esc, …) are left
  /// to the caller. When `width` is given the scroll offset is stored for a field that wide.
  @discardableResult
  public mutating func handle(_ key: Key, width: Int? = nil) -> Bool {
    let handled = apply(key)
    if handled, let width { scrollToCursor(width: width) }
    return handled
  }

  private mutating func apply(_ key: Key) -> Bool {
    if let character = key.insertableCharacter {
      insert(String(character))
      return true
    }
    switch key {
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = text.count
    case .backspace, .ctrl("h"):
      guard cursor > 0 else { return true }
      replace(cursor - 1..<cursor, with: "")
    case .delete, .ctrl("d"):
      guard cursor < text.count else { return true }
      replace(cursor..<cursor + 1, with: "")
    case .ctrl("k"): replace(cursor..<text.count, with: "")
    case .ctrl("u"): replace(0..<cursor, with: "")
    case .ctrl("w"): replace(wordStart(before: cursor)..<cursor, with: "")
    default: return false
    }
    offset = min(offset, cursor)
    return true
  }

  /// Inserts `string` (sanitized) at the cursor and moves the cursor after it.
  public mutating func insert(_ string: String) {
    replace(cursor..<cursor, with: TextSanitizer.sanitize(string))
  }

  private mutating func replace(_ range: Range<Int>, with string: String) {
    let characters = Array(text)
    let prefix = String(characters[..<range.lowerBound]) + string
    text = prefix + String(characters[range.upperBound...])
    // A combining mark typed after its base merges with it, so count again.
    cursor = min(prefix.count, text.count)
  }

  private func wordStart(before position: Int) -> Int {
    let characters = Array(text)
    var index = position
    while index > 0, characters[index - 1].isWhitespace { index -= 1 }
    while index > 0, !characters[index - 1].isWhitespace { index -= 1 }
    return index
  }

  /// The first cluster to show in a field `width` columns wide: the stored offset, moved just
  /// enough that the cursor (and the cell it stands on) stays visible.
  public func visibleOffset(width: Int) -> Int {
    guard width > 0 else { return cursor }
    let characters = Array(text)
    var first = min(offset, cursor)
    // The cursor needs its own column after the text before it.
    func columns(_ from: Int) -> Int {
      characters[from..<cursor].reduce(0) { $0 + $1.displayWidth } + 1
    }
    while first < cursor, columns(first) > width { first += 1 }
    return first
  }

  /// Stores the offset that keeps the cursor visible in a field `width` columns wide.
  public mutating func scrollToCursor(width: Int) {
    offset = visibleOffset(width: width)
  }
}
