/// A fixed list of choices with relative weights, drawn from in O(log n).
struct WeightedTable<Element: Sendable>: Sendable {
  private(set) var elements: [Element] = []
  private var cumulative: [Double] = []

  init(_ entries: [(Element, Double)]) {
    var total = 0.0
    for (element, weight) in entries where weight > 0 {
      total += weight
      elements.append(element)
      cumulative.append(total)
    }
  }

  var isEmpty: Bool { elements.isEmpty }

  /// A choice with probability proportional to its weight; `nil` for an empty table.
  /// - Complexity: O(log n).
  func draw(_ random: inout Xoshiro256StarStar) -> Element? {
    guard let total = cumulative.last else { return nil }
    let target = random.unit() * total
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] > target { high = middle } else { low = middle + 1 }
    }
    return elements[low]
  }
}
