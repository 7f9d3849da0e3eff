/// The reports the app shows as scrollable text.
public enum ReportKind: Sendable, Equatable {
  /// `m`: every touchpoint over the last 30 days, the one that hurts most first.
  case touchpoints
  /// `d`: today's day close (Tagesabschluss); `s` saves it as a printable HTML file.
  case dayClose
}
