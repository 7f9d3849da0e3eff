extension Rect {
  /// Splits the rectangle along `axis` into one part per constraint.
  ///
  /// `.horizontal` gives columns side by side, `.vertical` gives rows stacked from the top. The
  /// parts never overlap and never leave the rectangle; `spacing` cells are left empty between
  /// neighbours.
  ///
  /// - Complexity: O(*n*) for *n* constraints.
  public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    let total = axis == .horizontal ? width : height
    let gaps = max(0, spacing) * max(0, constraints.count - 1)
    let lengths = Self.lengths(for: constraints, total: max(0, total - gaps), whole: total)
    var result: [Rect] = []
    result.reserveCapacity(lengths.count)
    var position = axis == .horizontal ? x : y
    let end = axis == .horizontal ? right : bottom
    for length in lengths {
      let start = min(position, end)
      let clipped = max(0, min(length, end - start))
      switch axis {
      case .horizontal: result.append(Rect(x: start, y: y, width: clipped, height: height))
      case .vertical: result.append(Rect(x: x, y: start, width: width, height: clipped))
      }
      position = start + clipped + max(0, spacing)
    }
    return result
  }

  /// Columns side by side; `split(.horizontal, constraints)`.
  public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    split(.horizontal, constraints, spacing: spacing)
  }

  /// Rows stacked from the top; `split(.vertical, constraints)`.
  public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    split(.vertical, constraints, spacing: spacing)
  }

  private static func lengths(for constraints: [Constraint], total: Int, whole: Int) -> [Int] {
    var lengths = constraints.map { constraint -> Int in
      switch constraint {
      case .length(let cells): max(0, cells)
      case .percentage(let percent): max(0, min(100, percent)) * max(0, whole) / 100
      case .fill: 0
      }
    }
    // Shrink the last fixed parts first when they ask for more than there is.
    var excess = lengths.reduce(0, +) - total
    var index = lengths.count - 1
    while excess > 0, index >= 0 {
      let cut = min(excess, lengths[index])
      lengths[index] -= cut
      excess -= cut
      index -= 1
    }
    let weights = constraints.map { constraint -> Int in
      if case .fill(let weight) = constraint { return max(0, weight) }
      return 0
    }
    let weightSum = weights.reduce(0, +)
    let left = max(0, total - lengths.reduce(0, +))
    guard weightSum > 0, left > 0 else { return lengths }
    var handedOut = 0
    for (index, weight) in weights.enumerated() where weight > 0 {
      let share = left * weight / weightSum
      lengths[index] += share
      handedOut += share
    }
    // Rounding leftovers go to the first fills, one cell each.
    var remainder = left - handedOut
    for (index, weight) in weights.enumerated() where weight > 0 && remainder > 0 {
      lengths[index] += 1
      remainder -= 1
    }
    return lengths
  }
}
