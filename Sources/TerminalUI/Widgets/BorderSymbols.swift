/// The characters a ``Block`` draws its border with.
public struct BorderSymbols: Hashable, Sendable {
  /// Top-left corner.
  public var topLeft: Character
  /// Top-right corner.
  public var topRight: Character
  /// Bottom-left corner.
  public var bottomLeft: Character
  /// Bottom-right corner.
  public var bottomRight: Character
  /// Top and bottom edges.
  public var horizontal: Character
  /// Left and right edges.
  public var vertical: Character

  /// A border of the given characters.
  public init(
    topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character,
    horizontal: Character, vertical: Character
  ) {
    self.topLeft = topLeft
    self.topRight = topRight
    self.bottomLeft = bottomLeft
    self.bottomRight = bottomRight
    self.horizontal = horizontal
    self.vertical = vertical
  }

  /// Unicode light box drawing: `┌─┐│└┘`.
  public static let unicode = BorderSymbols(
    topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘", horizontal: "─", vertical: "│")

  /// Unicode heavy box drawing `┏━┓┃┗┛`, e.g. to mark the focused pane without colour.
  public static let heavy = BorderSymbols(
    topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛", horizontal: "━", vertical: "┃")

  /// Plain ASCII `+-+|++` for consoles without box drawing glyphs (`TERM=linux`, non-UTF-8 locale).
  public static let ascii = BorderSymbols(
    topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+", horizontal: "-", vertical: "|")
}
