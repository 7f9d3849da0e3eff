import TerminalUI

/// Colours and attributes for each semantic role. Views tag cells with roles only; the theme
/// turns roles into styles once a frame is composed.
///
/// A role a theme leaves out falls back to the built-in default. A role without its own
/// foreground or background takes the one of `text`, so a theme that paints the screen's
/// background paints it everywhere.
public struct Theme: Sendable, Equatable {
  /// The name shown in the picker and in `tresen themes list`.
  public var name: String
  /// Dark, light or mono.
  public var kind: ThemeKind
  /// The style of each role this theme sets.
  public var styles: [StyleRole: Style]

  /// A theme called `name` with the given styles.
  public init(name: String, kind: ThemeKind = .dark, styles: [StyleRole: Style]) {
    self.name = name
    self.kind = kind
    self.styles = styles
  }

  /// The style for `role`, falling back to the built-in default, then to plain text; missing
  /// colours come from the `text` role.
  public func style(for role: StyleRole) -> Style {
    let own = styles[role] ?? Theme.builtIn.styles[role] ?? .plain
    guard role != .text else { return own }
    let base = styles[.text] ?? Theme.builtIn.styles[.text] ?? .plain
    return Style(foreground: base.foreground, background: base.background).patched(with: own)
  }

  /// Gives every cell of `buffer` its role's colours, and cells without a role the colours of
  /// `text`. Attributes a view set explicitly (bold for focus) stay; a `reverse` the view added
  /// for a selection is dropped when the theme gives the role a background of its own, so the
  /// theme's highlight shows as written.
  public func apply(to buffer: inout Buffer) {
    let text = style(for: .text)
    let screen = Style(foreground: text.foreground, background: text.background)
    // Per role once per frame: its style and whether a view's `reverse` gives way to it.
    var resolved: [StyleRole: (themed: Style, dropsReverse: Bool)] = [:]
    func resolve(_ role: StyleRole) -> (themed: Style, dropsReverse: Bool) {
      let themed = style(for: role)
      let entry = (themed: themed, dropsReverse: ownsBackground(role) && !themed.attributes.contains(.reverse))
      resolved[role] = entry
      return entry
    }
    buffer.restyle { style in
      guard let role = style.role else { return screen.patched(with: style) }
      let entry = resolved[role] ?? resolve(role)
      var patch = style
      if entry.dropsReverse { patch.attributes.remove(.reverse) }
      return entry.themed.patched(with: patch)
    }
  }

  /// Whether this theme gives `role` a background different from the screen's.
  private func ownsBackground(_ role: StyleRole) -> Bool {
    guard role != .text, let background = styles[role]?.background else { return false }
    return background != style(for: .text).background
  }
}
