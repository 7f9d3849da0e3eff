/// How many of the dashboard's complaints are still to handle, without a pass over them.
extension Dashboard {
  /// Open and waiting complaints: `complaints` lists them first, then those resolved today, so
  /// the count is where the resolved tail begins.
  ///
  /// - Complexity: O(log n), a binary search for the start of the resolved tail; the pane
  ///   title shows it on every frame.
  public var openComplaintCount: Int {
    var low = 0
    var high = complaints.count
    while low < high {
      let middle = low + (high - low) / 2
      if complaints[middle].state == .resolved { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
