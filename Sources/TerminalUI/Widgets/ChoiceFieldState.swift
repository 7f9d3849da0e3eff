/// The choice made in a field with a fixed list of options (severity, channel, reason, …).
///
/// ←/→ cycle through the options, wrapping at the ends; typing a letter jumps to the next option
/// starting with it, ignoring case.
public struct ChoiceFieldState: Hashable, Sendable {
  /// The options as shown, in order.
  public var options: [String]
  /// The index of the chosen option, clamped to the options.
  public private(set) var index: Int

  /// A field offering `options` with `index` chosen.
  public init(options: [String], index: Int = 0) {
    self.options = options
    self.index = options.isEmpty ? 0 : min(max(0, index), options.count - 1)
  }

  /// The chosen option, or nil when there are none.
  public var selected: String? { options.indices.contains(index) ? options[index] : nil }

  /// Chooses option `index` (clamped).
  public mutating func select(_ index: Int) {
    self.index = options.isEmpty ? 0 : min(max(0, index), options.count - 1)
  }

  /// Applies ←, → or a letter and says whether the key was used.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    guard !options.isEmpty else { return false }
    switch key {
    case .left:
      index = (index + options.count - 1) % options.count
      return true
    case .right:
      index = (index + 1) % options.count
      return true
    case .character(let letter) where letter.isLetter || letter.isNumber:
      let wanted = String(letter).lowercased()
      for step in 1...options.count {
        let candidate = (index + step) % options.count
        if options[candidate].lowercased().hasPrefix(wanted) {
          index = candidate
          return true
        }
      }
      return false
    default:
      return false
    }
  }
}
