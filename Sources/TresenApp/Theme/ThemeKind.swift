/// What a theme is made for; the picker groups themes by it and `themes check` uses it to
/// stand in for the terminal's own `default` colours.
public enum ThemeKind: String, CaseIterable, Sendable {
  /// Light text on a dark background; `default` is taken as white on black.
  case dark
  /// Dark text on a light background; `default` is taken as black on white.
  case light
  /// Attributes only (bold, reverse, …); no colours to measure.
  case mono
}
