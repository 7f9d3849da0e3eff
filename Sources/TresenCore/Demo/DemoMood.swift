/// How satisfied the café's customers are over the period, so the trend has a story:
/// slow improvement over the years, a dip in high summer and the Christmas rush, and a bad
/// spell when a cheaper supplier for flour and butter was tried, followed by a recovery.
struct DemoMood {
  /// First and last day index of the supplier trial; the recovery takes as long again.
  let spellStart: Int
  let spellLength: Int

  init(days: Int) {
    spellLength = min(70, max(14, days / 10))
    spellStart = max(0, Int(Double(days) * 0.55) - spellLength / 2)
  }

  /// How far into the supplier trouble `index` is: 0 outside, up to 1 at its worst.
  func supplierTrouble(_ index: Int) -> Double {
    let offset = index - spellStart
    guard offset >= 0 else { return 0 }
    let rampIn = max(1, spellLength / 5)
    if offset < rampIn { return Double(offset + 1) / Double(rampIn) }
    if offset < spellLength { return 1 }
    let recovery = offset - spellLength
    guard recovery < spellLength else { return 0 }
    return 1 - Double(recovery) / Double(spellLength)
  }

  /// The probability that a customer on `day` leaves satisfied (rates 4 or 5).
  func satisfaction(_ day: DemoTimeline.Day, noise: Double) -> Double {
    let learning = 0.76 + 0.1 * smoothStep(day.progress)
    let season = [0.0, 0.01, 0.02, 0.02, 0.01, 0.0, -0.03, -0.03, 0.01, 0.01, 0.0, -0.02][day.date.month - 1]
    let saturday = day.date.weekday == 6 ? -0.02 : 0
    let afterRecovery = day.index >= spellStart + 2 * spellLength ? 0.02 : 0
    let value = learning + season + saturday + afterRecovery - 0.2 * supplierTrouble(day.index) + noise
    return min(0.97, max(0.35, value))
  }

  /// A 1–5 rating from a customer whose chance of being satisfied is `satisfaction`.
  /// Reviews are more extreme: people post when delighted or annoyed.
  static func rating(satisfaction: Double, extreme: Bool, random: inout Xoshiro256StarStar) -> Int {
    if random.chance(satisfaction) { return random.chance(extreme ? 0.85 : 0.6) ? 5 : 4 }
    let draw = random.unit()
    if extreme { return draw < 0.55 ? 1 : draw < 0.8 ? 2 : 3 }
    return draw < 0.5 ? 3 : draw < 0.82 ? 2 : 1
  }
}

private func smoothStep(_ x: Double) -> Double {
  let t = min(1, max(0, x))
  return t * t * (3 - 2 * t)
}
