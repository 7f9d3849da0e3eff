import Foundation
import TresenCore

/// Customer names for autocomplete: what is typed is looked up by binary search, never by a
/// pass over every name. The names are ranked and the search tables built when first asked
/// for (a form opened), not at every data load: a start should not pay for thousands of names
/// it may never complete.
public struct CustomerIndex: Sendable, Equatable {
  private let tables: LazyTables

  /// The index of `names`, most frequent first.
  public init(_ names: [String]) {
    tables = LazyTables(.names(names))
  }

  /// The index of the customers of `overview`, ranked when first needed.
  public init(customersOf overview: Overview) {
    tables = LazyTables(.overview(overview))
  }

  /// The names, most frequent first.
  public var names: [String] { tables.search().names }

  /// The most frequent name longer than `text` that starts with it, case and accents ignored.
  public func suggestion(completing text: String) -> String? {
    tables.search().suggestion(completing: text)
  }

  public static func == (lhs: CustomerIndex, rhs: CustomerIndex) -> Bool { lhs.names == rhs.names }

  /// The names and their search tables, made once on first use.
  private final class LazyTables: @unchecked Sendable {
    /// Where the names come from.
    enum Source {
      case names([String])
      case overview(Overview)
    }

    private let lock = NSLock()
    private let source: Source
    private var built: CustomerSearch?

    init(_ source: Source) { self.source = source }

    func search() -> CustomerSearch {
      lock.lock()
      defer { lock.unlock() }
      if let built { return built }
      let names =
        switch source {
        case .names(let names): names
        case .overview(let overview): overview.customers
        }
      let search = CustomerSearch(names)
      built = search
      return search
    }
  }
}

/// The search tables of `CustomerIndex`.
///
/// The answer is the one a plain scan gives — the most frequent name that is longer than what
/// is typed and starts with it, case and accents ignored — found as the earliest name in a
/// range of names sorted by their folded text, with a sparse table of range minima.
struct CustomerSearch: Sendable {
  /// The names, most frequent first.
  let names: [String]
  /// Each name folded (case and accents ignored), by position in `names`.
  private let folded: [String]
  /// Positions in `names`, ordered by the bytes of the folded name in canonical composition.
  private let order: [Int]
  /// Those bytes, in `order`.
  private let keys: [[UInt8]]
  /// `minima[k][i]`: the index into `order` of the earliest name among `order[i ..< i + 2^k]`.
  private let minima: [[Int]]

  init(_ names: [String]) {
    self.names = names
    folded = names.map(CustomerSearch.fold)
    let bytes = folded.map(CustomerSearch.key)
    order = names.indices.sorted { lhs, rhs in
      bytes[lhs] != bytes[rhs] ? bytes[lhs].lexicographicallyPrecedes(bytes[rhs]) : lhs < rhs
    }
    keys = order.map { bytes[$0] }
    var minima = [Array(order.indices)]
    var span = 1
    while span * 2 <= order.count, let previous = minima.last {
      let order = order
      minima.append(
        (0...(order.count - span * 2)).map { start in
          let (left, right) = (previous[start], previous[start + span])
          return order[left] <= order[right] ? left : right
        })
      span *= 2
    }
    self.minima = minima
  }

  /// The most frequent name longer than `text` that starts with it, case and accents ignored.
  ///
  /// - Complexity: O(log n) for the range and its earliest name; each name passed over because
  ///   it is not longer than `text` adds a step.
  func suggestion(completing text: String) -> String? {
    let typed = CustomerSearch.fold(text)
    guard !typed.isEmpty else { return nil }
    let key = CustomerSearch.key(typed)
    let lower = partitionPoint { !$0.lexicographicallyPrecedes(key) }
    let upper = partitionPoint { !$0.lexicographicallyPrecedes(key) && !$0.starts(with: key) }
    // Best first over the range: the earliest name, and if it does not qualify, the earliest
    // of the parts left and right of it.
    var pending: [(index: Int, range: Range<Int>)] = []
    func add(_ range: Range<Int>) {
      if !range.isEmpty { pending.append((earliest(in: range), range)) }
    }
    add(lower..<upper)
    while let next = pending.indices.min(by: { order[pending[$0].index] < order[pending[$1].index] }) {
      let (index, range) = pending.remove(at: next)
      let position = order[index]
      if names[position].count > text.count, folded[position].hasPrefix(typed) { return names[position] }
      add(range.lowerBound..<index)
      add(index + 1..<range.upperBound)
    }
    return nil
  }

  /// The first index into `keys` whose key satisfies `predicate`, which must be false and then true.
  private func partitionPoint(_ predicate: ([UInt8]) -> Bool) -> Int {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = low + (high - low) / 2
      if predicate(keys[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// The index into `order` of the earliest name in `range`, from two overlapping table entries.
  private func earliest(in range: Range<Int>) -> Int {
    let level = Int.bitWidth - 1 - range.count.leadingZeroBitCount
    let left = minima[level][range.lowerBound]
    let right = minima[level][range.upperBound - (1 << level)]
    return order[left] <= order[right] ? left : right
  }

  /// Text folded for matching names: case and accents ignored ("zoe" finds "Zoë").
  static func fold(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  /// The bytes names are ordered by: folded text in canonical composition, so that text equal
  /// as characters is equal as bytes.
  private static func key(_ folded: String) -> [UInt8] {
    Array(folded.precomposedStringWithCanonicalMapping.utf8)
  }

}
