/// The theme picker's state: the themes found, the one highlighted (and shown), and the one
/// to return to on Esc.
public struct ThemePicker: Sendable, Equatable {
  /// A theme that can be chosen, by the id the config stores.
  public struct Choice: Sendable, Equatable {
    public var id: String
    public var theme: Theme

    public init(id: String, theme: Theme) {
      self.id = id
      self.theme = theme
    }
  }

  public var choices: [Choice]
  public var selected: Int
  /// The theme in use when the picker opened.
  public var original: Theme

  public init(choices: [Choice], current: Theme) {
    self.choices = choices
    self.selected = choices.firstIndex { $0.theme.name == current.name } ?? 0
    self.original = current
  }
}
