/// How much of a rectangle one part of a split takes.
///
/// Lengths are served first, then percentages (of the whole extent, rounded down), and whatever is
/// left goes to the `fill` parts in proportion to their weights. When fixed parts ask for more than
/// there is, the last ones are shrunk first.
public enum Constraint: Hashable, Sendable {
  /// Exactly this many cells.
  case length(Int)
  /// This share (0–100) of the whole extent, rounded down.
  case percentage(Int)
  /// A share of what the fixed parts leave, weighted against the other fills.
  case fill(Int)

  /// One share of what is left; `fill(1)`.
  public static let fill = Constraint.fill(1)
}

/// The direction in which ``Rect/split(_:_:spacing:)`` lays out its parts.
public enum Axis: Hashable, Sendable {
  /// Side by side, left to right: the parts are columns.
  case horizontal
  /// Stacked, top to bottom: the parts are rows.
  case vertical
}
