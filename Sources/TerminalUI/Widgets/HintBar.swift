/// The footer line of key hints: `?Help  /Filter  F6 Refusal  q Quit` as key + label pairs.
///
/// Hints that do not fit are dropped whole, lowest ``Hint/priority`` first and later ones before
/// earlier ones, while the rest keep their order; a hint is never cut in half.
public struct HintBar: Widget {
  /// The hints, in display order.
  public var hints: [Hint]
  /// The columns between two hints.
  public var separator: String
  /// The style of the keys.
  public var keyStyle: Style
  /// The style of the labels.
  public var labelStyle: Style
  /// The style of the whole row.
  public var style: Style

  /// A bar of `hints`.
  public init(
    _ hints: [Hint], separator: String = "  ", keyStyle: Style = Style(role: .hintKey, attributes: .bold),
    labelStyle: Style = Style(role: .hintText), style: Style = Style(role: .hintText)
  ) {
    self.hints = hints
    self.separator = separator
    self.keyStyle = keyStyle
    self.labelStyle = labelStyle
    self.style = style
  }

  /// The hints that fit in `width` columns, in display order.
  public func fitting(width: Int) -> [Hint] {
    let separatorWidth = separator.displayWidth
    let byImportance = hints.indices.sorted {
      hints[$0].priority > hints[$1].priority || (hints[$0].priority == hints[$1].priority && $0 < $1)
    }
    var kept = Set<Int>()
    var used = 0
    for index in byImportance {
      let extra = hints[index].width + (kept.isEmpty ? 0 : separatorWidth)
      if used + extra <= width {
        kept.insert(index)
        used += extra
      }
    }
    return hints.indices.filter(kept.contains).map { hints[$0] }
  }

  /// Draws the hints that fit on the first row of `area`.
  public func render(in area: Rect, buffer: inout Buffer) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    buffer.setStyle(style, in: row)
    var spans: [Span] = []
    for (position, hint) in fitting(width: row.width).enumerated() {
      if position > 0 { spans.append(Span(separator, style: labelStyle)) }
      spans.append(Span(hint.key, style: keyStyle))
      spans.append(Span(" " + hint.label, style: labelStyle))
    }
    buffer.set(line: Line(spans), at: row.origin, maxWidth: row.width)
  }
}
