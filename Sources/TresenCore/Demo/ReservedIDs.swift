/// Hands the log writer ids that were drawn ahead of the write.
///
/// The demo must know an event's id before its batch is written (a recovery comp names a
/// complaint opened minutes earlier, in the same day's batch). It draws ids from a seeded
/// `UUIDv7Generator` in the exact order the writer will number the batch, and the writer then
/// receives them back in that order. Should the queue ever run dry, fresh ids are drawn, so
/// ids stay unique either way.
final class ReservedIDs: IDGenerator, @unchecked Sendable {
  private let base: UUIDv7Generator
  private var queue: [EventID] = []
  private var head = 0

  init(base: UUIDv7Generator) { self.base = base }

  /// Draws the id of the next event the writer will append.
  func reserve(at timestamp: Timestamp) -> EventID {
    let id = base.next(at: timestamp)
    queue.append(id)
    return id
  }

  /// Forgets handed-out ids; called after each batch.
  func reset() {
    queue.removeAll(keepingCapacity: true)
    head = 0
  }

  func next(at timestamp: Timestamp) -> EventID {
    guard head < queue.count else { return base.next(at: timestamp) }
    head += 1
    return queue[head - 1]
  }
}
