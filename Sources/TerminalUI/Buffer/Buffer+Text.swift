extension Buffer {
  /// Writes `string` from `point` to the right, display-width aware, and returns the column after
  /// the last cell written.
  ///
  /// The text is sanitized first (see ``TextSanitizer``), so no control character reaches a cell.
  /// It is clipped at `maxWidth` columns and at the right edge of the buffer; text that does not fit
  /// ends in `…`, and a wide character or grapheme cluster is never split. Zero-width clusters with
  /// no base (a lone combining mark) are dropped. `style` is patched over the existing cell styles.
  /// Nothing is written when `point` lies outside the buffer.
  ///
  /// - Complexity: O(*n*) in the length of the string.
  @discardableResult
  public mutating func set(string: String, at point: Point, style: Style = .plain, maxWidth: Int? = nil) -> Int {
    guard point.y >= 0, point.y < height, point.x >= 0, point.x < width else { return point.x }
    let limit = min(width - point.x, maxWidth ?? Int.max)
    guard limit > 0 else { return point.x }
    let text = TextSanitizer.sanitize(string).truncated(toWidth: limit)
    var x = point.x
    for character in text {
      let columns = character.displayWidth
      guard columns > 0 else { continue }
      if columns == 1 {
        setNarrow(character, patching: style, at: Point(x: x, y: point.y))
      } else {
        let existing = self[x, point.y].style
        set(
          Cell(sanitized: character, width: columns, style: existing.patched(with: style)), at: Point(x: x, y: point.y))
      }
      x += min(2, columns)
    }
    return x
  }

  /// Writes the spans of `line` from `point`, each in its own style patched over the line's style,
  /// and returns the column after the last cell written.
  ///
  /// The line as a whole is truncated with `…` to `maxWidth` (and the buffer edge); with an
  /// alignment other than `.left` and a `maxWidth`, it is placed inside that width.
  @discardableResult
  public mutating func set(
    line: Line, at point: Point, maxWidth: Int? = nil, alignment: Alignment = .left
  ) -> Int {
    guard point.y >= 0, point.y < height, point.x >= 0, point.x < width else { return point.x }
    let limit = min(width - point.x, maxWidth ?? Int.max)
    guard limit > 0 else { return point.x }
    // Styles per span, pieces pointing at them: a style is copied once, not per character.
    let styles = line.spans.map { line.style.patched(with: $0.style) }
    if let total = Self.printableASCIIWidth(of: line) {
      let x = point.x + (total > limit ? 0 : Self.offset(of: total, in: limit, maxWidth: maxWidth, alignment))
      return setASCII(line, styles: styles, total: total, at: Point(x: x, y: point.y), limit: limit)
    }
    var pieces: [TextPiece] = []
    // A piece per character up to one past the limit: one allocation, not a growing array.
    pieces.reserveCapacity(min(limit + 1, line.spans.reduce(0) { $0 + $1.text.utf8.count }))
    var total = 0
    // Collecting stops one piece past the limit: that is enough to know the line is cut.
    collect: for (span, content) in line.spans.enumerated() {
      // Printable ASCII is safe and one column a byte: no grapheme breaking, no width lookup.
      if content.text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) {
        for byte in content.text.utf8 {
          pieces.append(TextPiece(character: Character(Unicode.Scalar(byte)), width: 1, span: span))
          total += 1
          if total > limit { break collect }
        }
        continue
      }
      for character in TextSanitizer.sanitize(content.text) {
        let width = character.displayWidth
        guard width > 0 else { continue }
        pieces.append(TextPiece(character: character, width: width, span: span))
        total += width
        if total > limit { break collect }
      }
    }
    var x = point.x
    if total > limit {
      // Keep what fits before a `…`, which takes the style of the first piece cut off.
      var used = 0
      var kept = 0
      while kept < pieces.count, used + pieces[kept].width <= limit - 1 {
        used += pieces[kept].width
        kept += 1
      }
      let ellipsisSpan = pieces[kept].span
      pieces.removeSubrange(kept...)
      pieces.append(TextPiece(character: "…", width: 1, span: ellipsisSpan))
    } else {
      x += Self.offset(of: total, in: limit, maxWidth: maxWidth, alignment)
    }
    for piece in pieces {
      let style = styles[piece.span]
      if piece.width == 1 {
        setNarrow(piece.character, patching: style, at: Point(x: x, y: point.y))
      } else {
        let existing = self[x, point.y].style
        let cell = Cell(sanitized: piece.character, width: piece.width, style: existing.patched(with: style))
        set(cell, at: Point(x: x, y: point.y))
      }
      x += min(2, piece.width)
    }
    return x
  }
}

extension Buffer {
  /// The columns of `line` when every span is printable ASCII (one column a byte, nothing to
  /// sanitize); `nil` otherwise.
  fileprivate static func printableASCIIWidth(of line: Line) -> Int? {
    var total = 0
    for span in line.spans {
      guard span.text.utf8.allSatisfy({ $0 &- 0x20 < 0x5F }) else { return nil }
      total += span.text.utf8.count
    }
    return total
  }

  /// Where a line `total` columns wide starts within `limit` columns (`maxWidth` given).
  fileprivate static func offset(of total: Int, in limit: Int, maxWidth: Int?, _ alignment: Alignment) -> Int {
    guard maxWidth != nil else { return 0 }
    switch alignment {
    case .left: return 0
    case .center: return (limit - total) / 2
    case .right: return limit - total
    }
  }

  /// `set(line:…)` for a line of printable ASCII, `total` columns: byte by byte into the cells,
  /// no characters made; cut like the general way, to `limit - 1` columns and a `…` in the
  /// style of the first byte cut off.
  fileprivate mutating func setASCII(
    _ line: Line, styles: [Style], total: Int, at point: Point, limit: Int
  ) -> Int {
    let kept = total > limit ? limit - 1 : total
    var x = point.x
    var column = 0
    for (span, content) in line.spans.enumerated() {
      for byte in content.text.utf8.prefix(kept - column) {
        setNarrow(ascii: byte, patching: styles[span], at: Point(x: x, y: point.y))
        x += 1
      }
      column += content.text.utf8.count
      // The first byte cut off is in this span.
      if column > kept, total > limit {
        setNarrow("…", patching: styles[span], at: Point(x: x, y: point.y))
        return x + 1
      }
    }
    return x
  }
}

/// One character of a line on its way into the buffer: its columns and the span it came from.
private struct TextPiece {
  var character: Character
  var width: Int
  var span: Int
}
