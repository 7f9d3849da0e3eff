import Foundation
import Testing
import TresenTestSupport

@testable import TresenApp

@Suite struct CustomerIndexTests {
  /// What the index replaces: a pass over every name, most frequent first.
  static func scan(_ names: [String], _ text: String) -> String? {
    let typed = CustomerSearch.fold(text)
    guard !typed.isEmpty else { return nil }
    return names.first { $0.count > text.count && CustomerSearch.fold($0).hasPrefix(typed) }
  }

  static let parts = [
    "Jürgen", "jurgen", "Müller", "Zoë", "Zoe", "Weiß", "Anna", "Ann", "An", "Åse", "Ærø", "Ole", "Öztürk", "Ozturk",
    "Frau", "Herr", "Dr.", "de", "la", "O'Neil", "李", "Nguyễn", "👩‍💻", "👩", "e\u{301}", "é", "A", "a",
  ]

  @Test func suggestsWhatAScanOverEveryNameSuggests() {
    var random = SeededRandom(seed: 42)
    for _ in 0..<30 {
      // Names of one to three parts, some repeated in other case, most frequent first.
      var names: [String] = []
      for _ in 0..<Int.random(in: 0...120, using: &random) {
        let count = Int.random(in: 1...3, using: &random)
        let name = (0..<count).map { _ in Self.parts.randomElement(using: &random) ?? "" }.joined(separator: " ")
        if !names.contains(name) { names.append(name) }
      }
      let index = CustomerIndex(names)
      var queries = ["", " ", "x", "ZZZ", "👩", "e", "é", "ann", "ANNA", "jur", "Jür", "weiss", "weiß"]
      for name in names {
        let characters = Array(name)
        let cut = Int.random(in: 0...characters.count, using: &random)
        let prefix = String(characters.prefix(cut))
        queries += [prefix, prefix.uppercased(), prefix.lowercased(), name]
      }
      for query in queries {
        #expect(index.suggestion(completing: query) == Self.scan(names, query), "\(query) in \(names)")
      }
    }
  }

  @Test func prefersTheMostFrequentNameAndNeverTheTypedOneItself() {
    let index = CustomerIndex(["Anna Schmidt", "Anna", "Annabell", "Zoë Weiß"])
    #expect(index.suggestion(completing: "ann") == "Anna Schmidt")
    #expect(index.suggestion(completing: "Anna S") == "Anna Schmidt")
    #expect(index.suggestion(completing: "Anna Schmidt") == nil)
    #expect(index.suggestion(completing: "annab") == "Annabell")
    #expect(index.suggestion(completing: "zoe w") == "Zoë Weiß")
    #expect(index.suggestion(completing: "") == nil)
    #expect(CustomerIndex([]).suggestion(completing: "a") == nil)
  }
}
