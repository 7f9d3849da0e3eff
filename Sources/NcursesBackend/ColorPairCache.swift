import CNcursesShim

/// Colour pairs allocated on demand, one per foreground/background combination in use.
///
/// Pair 0 is the terminal's default pair and is never redefined. When the terminal runs out of
/// pairs, further combinations fall back to pair 0 rather than failing the frame.
struct ColorPairCache {
  private struct Key: Hashable {
    var foreground: Int32
    var background: Int32
  }

  private var pairs: [Key: Int32] = [:]
  private var nextPair: Int32 = 1
  private let pairLimit: Int32
  private let defaultForeground: Int32
  private let defaultBackground: Int32

  /// A cache for a terminal with `pairLimit` pairs (`COLOR_PAIRS`). Without `use_default_colors`
  /// (`hasDefaultColors` false) the default colours are white on black instead of -1.
  init(pairLimit: Int, hasDefaultColors: Bool) {
    self.pairLimit = Int32(clamping: pairLimit)
    self.defaultForeground = hasDefaultColors ? -1 : Int32(COLOR_WHITE)
    self.defaultBackground = hasDefaultColors ? -1 : Int32(COLOR_BLACK)
  }

  /// The pair showing `foreground` on `background` (nil meaning the terminal's default), allocated
  /// with `init_extended_pair` the first time it is asked for.
  mutating func pair(foreground: Int32?, background: Int32?) -> Int32 {
    let key = Key(foreground: foreground ?? defaultForeground, background: background ?? defaultBackground)
    if key.foreground == defaultForeground && key.background == defaultBackground { return 0 }
    if let pair = pairs[key] { return pair }
    guard nextPair < pairLimit, init_extended_pair(nextPair, key.foreground, key.background) == OK else {
      return 0
    }
    pairs[key] = nextPair
    nextPair += 1
    return pairs[key] ?? 0
  }
}
