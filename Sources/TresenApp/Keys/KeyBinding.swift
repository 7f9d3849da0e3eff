import TerminalUI

/// Keys bound to one command in one scope, and whether the hint bar shows them.
public struct KeyBinding: Sendable {
  /// Where a binding applies.
  public enum Scope: Sendable, Hashable, CaseIterable {
    /// On the dashboard, whatever pane has focus.
    case global
    /// In the Today and complaints lists.
    case lists
    /// Only when the complaints pane has focus.
    case complaints
    /// Only when the satisfaction pane has focus.
    case satisfaction
  }

  public var keys: [Key]
  public var command: Command
  public var scope: Scope
  /// Position in the hint bar (lower is shown first and dropped last); `nil` = help only.
  public var hintPriority: Int?
  /// How many of `keys` the hint bar names (help names all).
  public var hintKeyCount: Int

  public init(_ keys: [Key], _ command: Command, scope: Scope = .global, hint: Int? = nil, hintKeys: Int = 2) {
    self.keys = keys
    self.command = command
    self.scope = scope
    self.hintPriority = hint
    self.hintKeyCount = hintKeys
  }
}
