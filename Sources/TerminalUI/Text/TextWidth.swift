/// Display width in terminal columns, per grapheme cluster.
///
/// Rules, decided once here so every widget agrees:
/// - ASCII, Latin letters with or without umlauts, and most other scripts: 1.
/// - East Asian Wide and Fullwidth characters (the hand-written ``WideCharacterTable``) and
///   characters with the `Emoji_Presentation` property: 2.
/// - A text-style emoji followed by VARIATION SELECTOR-16 (`❤️`, keycaps): 2.
/// - Combining marks, zero-width joiners, variation selectors, other format characters and Hangul
///   vowel/final Jamo: 0 — they join the cluster of their base, so a cluster measures as its widest
///   scalar (`e` + U+0301 is 1, `👍🏽` and `👨‍👩‍👧` are 2, a flag is 2).
/// - Control characters and bidi overrides: 1, because ``TextSanitizer`` shows them as one visible
///   symbol each.
public enum TextWidth {
  /// The columns `character` takes.
  public static func of(_ character: Character) -> Int {
    if character.isASCII {
      // "\r\n" is a single Character; it is shown as two symbols.
      return character.unicodeScalars.count
    }
    // Most characters are one scalar: no presentation selector can widen them.
    let scalars = character.unicodeScalars
    if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
      return TextSanitizer.picture(for: scalar) != nil ? 1 : of(scalar)
    }
    var width = 0
    var emojiBase = false
    var presentationSelector = false
    for scalar in character.unicodeScalars {
      if TextSanitizer.picture(for: scalar) != nil {
        width += 1
        continue
      }
      width = max(width, of(scalar))
      if scalar.properties.isEmoji { emojiBase = true }
      if scalar.value == 0xFE0F { presentationSelector = true }
    }
    if emojiBase && presentationSelector { width = 2 }
    return width
  }

  /// The columns `string` takes, cluster by cluster.
  ///
  /// - Complexity: O(*n*) in the length of the string.
  public static func of<S: StringProtocol>(_ string: S) -> Int {
    var total = 0
    for character in string { total += of(character) }
    return total
  }

  /// The columns one scalar takes on its own: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F { return value < 0x20 ? 0 : 1 }
    if value < 0xA0 { return 0 }
    if value == 0xAD { return 1 }  // soft hyphen: terminals draw it
    if value < 0x300 { return 1 }  // Latin-1 and Latin Extended: no marks, nothing wide
    if (0x1160...0x11FF).contains(value) || value == 0x200B { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
      return 0
    default:
      break
    }
    if scalar.properties.isEmojiPresentation || WideCharacterTable.contains(value) { return 2 }
    return 1
  }
}

extension String {
  /// The columns this text takes in the terminal; see ``TextWidth``.
  public var displayWidth: Int { TextWidth.of(self) }
}

extension Character {
  /// The columns this grapheme cluster takes in the terminal; see ``TextWidth``.
  public var displayWidth: Int { TextWidth.of(self) }
}
