/// One result slot per thread of a `concurrentPerform` or a background task: each thread writes
/// only its own slot, through a pointer, and the reader waits for the writers (a `DispatchGroup`
/// or the end of `concurrentPerform`), so the slots need no lock.
final class PerThread<Value>: @unchecked Sendable {
  private let slots: UnsafeMutablePointer<Value?>
  private let count: Int

  init(count: Int) {
    self.count = count
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
  }

  deinit {
    slots.deinitialize(count: count)
    slots.deallocate()
  }

  subscript(index: Int) -> Value? {
    get { slots[index] }
    set { slots[index] = newValue }
  }
}
