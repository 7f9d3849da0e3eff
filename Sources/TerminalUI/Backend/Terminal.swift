/// Draws full frames through a backend, sending only the cells that changed.
///
/// Every ``draw(_:)`` renders the whole screen into a fresh buffer (the view is a pure function of
/// state), diffs it against the previous frame and hands the backend just the differences. After a
/// resize, or after ``invalidate()`` (Ctrl-L), the screen is cleared and every cell is sent.
public final class Terminal<Backend: TerminalBackend> {
  /// The backend drawn to.
  public let backend: Backend
  /// The last frame sent to the backend.
  public private(set) var previous: Buffer
  private var needsFullRedraw = true
  private var lastCursor: (position: Point?, visible: Bool)?

  /// A terminal drawing to `backend`. The first frame is always sent in full.
  public init(backend: Backend) {
    self.backend = backend
    self.previous = Buffer(size: .zero)
  }

  /// The backend's current size.
  public var size: Size { backend.size }

  /// Forgets what is on screen, so the next frame clears it and sends every cell.
  public func invalidate() {
    needsFullRedraw = true
  }

  /// Renders a frame with `render` and sends the changes to the backend; returns what was sent.
  ///
  /// - Complexity: O(cells) for the diff, plus whatever `render` costs.
  @discardableResult
  public func draw(_ render: (inout Frame) -> Void) throws(TerminalError) -> [CellChange] {
    var frame = Frame(size: backend.size)
    render(&frame)
    let full = needsFullRedraw || frame.buffer.size != previous.size
    let changes = full ? frame.buffer.allCells() : frame.buffer.changes(from: previous)
    if full { try backend.clear() }
    if !changes.isEmpty { try backend.draw(changes) }
    if let cursor = frame.cursor { try backend.setCursorPosition(cursor) }
    if full || lastCursor?.visible != frame.isCursorVisible { try backend.setCursorVisible(frame.isCursorVisible) }
    lastCursor = (frame.cursor, frame.isCursorVisible)
    try backend.flush()
    previous = frame.buffer
    needsFullRedraw = false
    return changes
  }

  /// The next key from the backend; a ``Key/resize`` also marks the screen for a full repaint.
  public func readKey(timeoutMilliseconds: Int) throws(TerminalError) -> Key? {
    let key = try backend.readKey(timeoutMilliseconds: timeoutMilliseconds)
    if key == .resize { invalidate() }
    return key
  }
}
