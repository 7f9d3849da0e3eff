/// The frame being drawn inside ``Terminal/draw(_:)``: a fresh, blank buffer the size of the screen
/// and where the cursor should go.
public struct Frame {
  /// The buffer to render into; blank at the start of every frame.
  public var buffer: Buffer
  /// Where to park the terminal cursor (the selected row or the focused field), or nil to leave it.
  public var cursor: Point?
  /// Whether the cursor should be visible, e.g. in a text field.
  public var isCursorVisible: Bool

  /// A blank frame of `size`.
  public init(size: Size) {
    self.buffer = Buffer(size: size)
    self.cursor = nil
    self.isCursorVisible = false
  }

  /// The whole screen.
  public var area: Rect { buffer.area }

  /// Renders `widget` into `area` of the buffer (the whole screen by default).
  public mutating func render(_ widget: some Widget, in area: Rect? = nil) {
    buffer.render(widget, in: area)
  }
}
