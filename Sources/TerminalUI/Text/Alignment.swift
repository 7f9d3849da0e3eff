/// Where text sits inside a wider space.
public enum Alignment: Hashable, Sendable {
  /// Against the left edge.
  case left
  /// In the middle; an odd leftover column goes to the right.
  case center
  /// Against the right edge (numbers and money).
  case right
}
