extension String {
  /// The text cut to at most `width` columns, ending in `ellipsis` when something was cut.
  ///
  /// Cuts only between grapheme clusters, so a wide character or a base with its combining marks is
  /// never split; the result may therefore be one column narrower than `width`. Width 0 gives `""`.
  /// The text is measured as ``TextWidth`` does; sanitize it first if it comes from data.
  ///
  /// - Complexity: O(*n*) in the length of the string.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    var used = 0
    var end = startIndex
    var fitsWithEllipsis = startIndex
    let ellipsisWidth = ellipsis.displayWidth
    for index in indices {
      let next = used + self[index].displayWidth
      if next > width { break }
      used = next
      end = self.index(after: index)
      if used + ellipsisWidth <= width { fitsWithEllipsis = end }
    }
    if end == endIndex { return self }
    guard ellipsisWidth <= width else { return "" }
    return String(self[..<fitsWithEllipsis]) + ellipsis
  }

  /// The text padded with spaces (or cut with `…`) to exactly `width` columns, aligned as asked.
  public func fitted(toWidth width: Int, alignment: Alignment = .left) -> String {
    let cut = truncated(toWidth: width)
    let missing = max(0, width - cut.displayWidth)
    switch alignment {
    case .left: return cut + String(repeating: " ", count: missing)
    case .right: return String(repeating: " ", count: missing) + cut
    case .center:
      return String(repeating: " ", count: missing / 2) + cut + String(repeating: " ", count: missing - missing / 2)
    }
  }
}
