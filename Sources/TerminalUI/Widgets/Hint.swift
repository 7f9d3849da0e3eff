/// One entry of a ``HintBar``: a key and what it does.
public struct Hint: Hashable, Sendable {
  /// The key as shown, e.g. `F6` or `q`.
  public var key: String
  /// What the key does, e.g. `Quit`.
  public var label: String
  /// Higher priorities are kept longer when the bar is too narrow; ties keep the earlier hint.
  public var priority: Int

  /// A hint showing `key` and `label`.
  public init(key: String, label: String, priority: Int = 0) {
    self.key = key
    self.label = label
    self.priority = priority
  }

  /// A hint for `key`, written as ``Key/label``.
  public init(_ key: Key, label: String, priority: Int = 0) {
    self.init(key: key.label, label: label, priority: priority)
  }

  /// The columns the hint takes: key, a space, label.
  var width: Int {
    TextSanitizer.sanitize(key).displayWidth + 1 + TextSanitizer.sanitize(label).displayWidth
  }
}
