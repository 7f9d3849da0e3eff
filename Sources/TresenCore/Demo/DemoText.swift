/// A sentence with an optional `{item}` gap, split once so filling it is one concatenation.
struct DemoText: Sendable {
  private let head: String
  private let tail: String?

  init(_ text: String) {
    if let range = text.firstRange(of: "{item}") {
      head = String(text[..<range.lowerBound])
      tail = String(text[range.upperBound...])
    } else {
      head = text
      tail = nil
    }
  }

  /// The sentence with `item` in the gap.
  func render(item: String) -> String {
    guard let tail else { return head }
    return head + item + tail
  }
}

/// Sentences in German and English; the demo writes the customer's language.
struct DemoPhrases: Sendable {
  var german: [DemoText]
  var english: [DemoText]

  init(de german: [String], en english: [String]) {
    self.german = german.map(DemoText.init)
    self.english = english.map(DemoText.init)
  }

  /// One sentence, in English when `english` is set, filled with `item`.
  func draw(english: Bool, item: String, random: inout Xoshiro256StarStar) -> String {
    let pool = english && !self.english.isEmpty ? self.english : german
    return random.pick(pool)?.render(item: item) ?? item
  }
}
