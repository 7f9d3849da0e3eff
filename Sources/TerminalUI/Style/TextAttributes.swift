/// Text attributes a cell can carry besides its colours.
///
/// They are what a monochrome theme has left, so focus and selection must stay visible with
/// attributes alone (bold for focus, reverse for selection).
public struct TextAttributes: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: UInt8

  /// Attributes from raw bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Heavier text.
  public static let bold = TextAttributes(rawValue: 1 << 0)
  /// Fainter text.
  public static let dim = TextAttributes(rawValue: 1 << 1)
  /// Underlined text.
  public static let underline = TextAttributes(rawValue: 1 << 2)
  /// Foreground and background swapped.
  public static let reverse = TextAttributes(rawValue: 1 << 3)
  /// Slanted text (not every terminal shows it).
  public static let italic = TextAttributes(rawValue: 1 << 4)

  /// Every attribute with its theme spelling, in a fixed order.
  public static let named: [(name: String, attribute: TextAttributes)] = [
    ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse), ("italic", .italic),
  ]
}
