/// Which events an export includes: business days from–to (inclusive) and stored type words.
public struct ExportFilter: Sendable, Hashable {
  /// The first business day included; `nil` for no lower bound.
  public var from: LocalDate?
  /// The last business day included; `nil` for no upper bound.
  public var to: LocalDate?
  /// Stored type words (`return.refused`); empty for every type.
  public var types: Set<String>

  /// A filter; the default includes everything.
  public init(from: LocalDate? = nil, to: LocalDate? = nil, types: Set<String> = []) {
    self.from = from
    self.to = to
    self.types = types
  }

  /// Whether the filter lets everything through.
  public var isEmpty: Bool { from == nil && to == nil && types.isEmpty }

  /// Whether `event` is included, its day decided by `calendar`.
  public func includes(_ event: Event, calendar: BusinessCalendar) -> Bool {
    if !types.isEmpty, !types.contains(event.type) { return false }
    guard from != nil || to != nil else { return true }
    let day = calendar.day(of: event.at)
    if let from, day < from { return false }
    if let to, day > to { return false }
    return true
  }

  /// The type words `--type` accepts: every known type, and any other type found in `events`
  /// (written by a newer Tresen), sorted.
  public static func typeWords(in events: [Event]) -> [String] {
    var words = Set(EventType.allCases.map(\.rawValue))
    for event in events { words.insert(event.type) }
    return words.sorted()
  }
}
