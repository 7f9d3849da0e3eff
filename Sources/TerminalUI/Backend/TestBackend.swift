/// An in-memory ``TerminalBackend`` for tests: a screen buffer, a script of keys, and a record of
/// what each draw sent.
///
/// ```swift
/// let backend = TestBackend(width: 80, height: 24, keys: [.character("q")])
/// let terminal = Terminal(backend: backend)
/// try terminal.draw { frame in frame.render(Block(title: "Today")) }
/// #expect(backend.screenText() == …)
/// ```
public final class TestBackend: TerminalBackend {
  /// The current size; change it with ``resize(to:)``.
  public private(set) var size: Size
  /// What the screen shows: every cell drawn so far, applied in order.
  public private(set) var screen: Buffer
  /// The number of cells each ``draw(_:)`` call received, in order.
  public private(set) var drawnCellCounts: [Int] = []
  /// How often the screen was cleared.
  public private(set) var clearCount = 0
  /// How often the screen was flushed.
  public private(set) var flushCount = 0
  /// Where the cursor was parked last.
  public private(set) var cursorPosition: Point?
  /// Whether the cursor is visible.
  public private(set) var isCursorVisible = true
  /// Keys still to be returned by ``readKey(timeoutMilliseconds:)``, first one next.
  public private(set) var pendingKeys: [Key]
  /// The timeouts ``readKey(timeoutMilliseconds:)`` was called with.
  public private(set) var readTimeouts: [Int] = []

  /// A backend of `width × height` that will return `keys` one by one.
  public init(width: Int, height: Int, keys: [Key] = []) {
    self.size = Size(width: width, height: height)
    self.screen = Buffer(size: size)
    self.pendingKeys = keys
  }

  /// Changes the size as a terminal window would, and queues a ``Key/resize`` to announce it.
  public func resize(to size: Size) {
    self.size = size
    var resized = Buffer(size: size)
    for y in 0..<min(size.height, screen.height) {
      for x in 0..<min(size.width, screen.width) where !screen[x, y].isContinuation {
        resized.set(screen[x, y], at: Point(x: x, y: y))
      }
    }
    screen = resized
    pendingKeys.append(.resize)
  }

  /// Adds `keys` to the end of the script.
  public func queue(_ keys: [Key]) {
    pendingKeys.append(contentsOf: keys)
  }

  /// The number of cells the last draw sent, or nil before the first.
  public var lastDrawnCellCount: Int? { drawnCellCounts.last }

  /// The screen as plain text; see ``Buffer/plainText(trimmingTrailingSpaces:)``.
  public func screenText(trimmingTrailingSpaces: Bool = true) -> String {
    screen.plainText(trimmingTrailingSpaces: trimmingTrailingSpaces)
  }

  /// The roles on screen as runs per row; see ``Buffer/roleText()``.
  public func roleText() -> String {
    screen.roleText()
  }

  /// Applies `changes` to ``screen`` and records how many there were.
  public func draw(_ changes: [CellChange]) throws(TerminalError) {
    drawnCellCounts.append(changes.count)
    for change in changes where !change.cell.isContinuation {
      guard screen.area.contains(change.position) else {
        throw .drawFailed(position: change.position, reason: "outside the \(size) screen")
      }
      screen.set(change.cell, at: change.position)
    }
  }

  /// Blanks ``screen``.
  public func clear() throws(TerminalError) {
    clearCount += 1
    screen.clear()
  }

  /// Counts the flush.
  public func flush() throws(TerminalError) {
    flushCount += 1
  }

  /// Records where the cursor was parked.
  public func setCursorPosition(_ position: Point) throws(TerminalError) {
    cursorPosition = position
  }

  /// Records whether the cursor is shown.
  public func setCursorVisible(_ visible: Bool) throws(TerminalError) {
    isCursorVisible = visible
  }

  /// The next scripted key, or nil when the script is used up (as if the timeout passed).
  public func readKey(timeoutMilliseconds: Int) throws(TerminalError) -> Key? {
    readTimeouts.append(timeoutMilliseconds)
    return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
  }
}
