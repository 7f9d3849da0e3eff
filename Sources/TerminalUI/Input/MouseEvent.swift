/// A mouse event at a screen position.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    /// A button was pressed or clicked (1 left, 2 middle, 3 right).
    case press(button: Int)
    /// A button was released.
    case release(button: Int)
    /// The wheel turned up (away from the user).
    case wheelUp
    /// The wheel turned down (towards the user).
    case wheelDown
  }

  /// What happened.
  public var kind: Kind
  /// Where the pointer was.
  public var position: Point

  /// A mouse event of `kind` at `position`.
  public init(_ kind: Kind, at position: Point) {
    self.kind = kind
    self.position = position
  }
}
