/// What `DemoGenerator.write` wrote.
public struct DemoSummary: Sendable, Equatable {
  /// Events written per type.
  public var eventsByType: [EventType: Int]
  /// Events written per device.
  public var eventsByDevice: [String: Int]
  /// The first and last business day of the period.
  public var firstDay: LocalDate
  public var lastDay: LocalDate

  /// A summary; the generator builds it while writing.
  public init(
    eventsByType: [EventType: Int] = [:], eventsByDevice: [String: Int] = [:], firstDay: LocalDate,
    lastDay: LocalDate
  ) {
    self.eventsByType = eventsByType
    self.eventsByDevice = eventsByDevice
    self.firstDay = firstDay
    self.lastDay = lastDay
  }

  /// All events written.
  public var total: Int { eventsByType.values.reduce(0, +) }

  /// The devices written to, sorted by name.
  public var devices: [String] { eventsByDevice.keys.sorted() }

  /// Events written of `type`.
  public func count(_ type: EventType) -> Int { eventsByType[type] ?? 0 }
}
