/// How bad a complaint is, in rising order.
///
/// Raw values are the words stored on disk; labels are localized (see `Strings`).
public enum Severity: String, CaseIterable, Sendable, Hashable {
  case low
  case normal
  case high
  case urgent
}

extension Severity: Comparable {
  /// Position in the scale low < normal < high < urgent.
  public var rank: Int { Severity.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// One step up, or the same at `urgent`.
  public var raised: Severity { Severity.allCases[min(rank + 1, Severity.allCases.count - 1)] }

  /// One step down, or the same at `low`.
  public var lowered: Severity { Severity.allCases[max(rank - 1, 0)] }
}
