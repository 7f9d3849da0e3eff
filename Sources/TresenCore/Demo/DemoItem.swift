/// Something the demo café sells, with today's price and cost (Wareneinsatz) in cents.
struct DemoItem: Sendable {
  /// What kind of thing it is; decides where it appears (comps, refusals, complaints).
  enum Kind: Sendable {
    case drink
    case pastry
    case cake
    case bread
    case wholeCake
    case retail
  }

  var name: String
  var kind: Kind
  /// Price at the end of the demo period; earlier years are cheaper (see `price(yearsAgo:)`).
  var priceCents: Int64
  var costCents: Int64
  /// How often it is sold, relatively.
  var popularity: Double
  /// Sold only in November and December (Stollen).
  var isSeasonal = false

  /// The price `yearsAgo` years before the end: about 3 % inflation a year, rounded to 10 cents
  /// like a price board.
  func price(yearsAgo: Double) -> Int64 {
    let factor = 1 / pow103(yearsAgo)
    return max(10, Int64((Double(priceCents) * factor / 10).rounded()) * 10)
  }

  /// The cost `yearsAgo` years before the end, in whole cents.
  func cost(yearsAgo: Double) -> Int64 {
    max(1, Int64((Double(costCents) / pow103(yearsAgo)).rounded()))
  }
}

/// 1.03 raised to `years` (years ≥ 0), without Foundation's `pow`.
private func pow103(_ years: Double) -> Double {
  var result = 1.0
  var remaining = max(0, years)
  while remaining >= 1 {
    result *= 1.03
    remaining -= 1
  }
  return result * (1 + 0.03 * remaining)
}

extension DemoItem {
  /// The café-bakery's range. Käsekuchen is the one from the design: 3,00 € that cost 0,90 €.
  static let catalog: [DemoItem] = [
    DemoItem(name: "Espresso", kind: .drink, priceCents: 220, costCents: 35, popularity: 6),
    DemoItem(name: "Cappuccino", kind: .drink, priceCents: 380, costCents: 70, popularity: 12),
    DemoItem(name: "Milchkaffee", kind: .drink, priceCents: 390, costCents: 75, popularity: 7),
    DemoItem(name: "Latte macchiato", kind: .drink, priceCents: 410, costCents: 80, popularity: 7),
    DemoItem(name: "Filterkaffee", kind: .drink, priceCents: 280, costCents: 40, popularity: 6),
    DemoItem(name: "Heiße Schokolade", kind: .drink, priceCents: 380, costCents: 85, popularity: 3),
    DemoItem(name: "Chai Latte mit Hafermilch", kind: .drink, priceCents: 450, costCents: 105, popularity: 2),
    DemoItem(name: "Früchtetee", kind: .drink, priceCents: 290, costCents: 30, popularity: 2),
    DemoItem(name: "Brötchen", kind: .bread, priceCents: 45, costCents: 12, popularity: 10),
    DemoItem(name: "Körnerbrötchen", kind: .bread, priceCents: 75, costCents: 20, popularity: 5),
    DemoItem(name: "Laugenbrezel", kind: .pastry, priceCents: 120, costCents: 30, popularity: 8),
    DemoItem(name: "Franzbrötchen", kind: .pastry, priceCents: 290, costCents: 70, popularity: 6),
    DemoItem(name: "Croissant", kind: .pastry, priceCents: 180, costCents: 45, popularity: 6),
    DemoItem(name: "Schoko-Croissant", kind: .pastry, priceCents: 230, costCents: 60, popularity: 4),
    DemoItem(name: "Zimtschnecke", kind: .pastry, priceCents: 320, costCents: 80, popularity: 4),
    DemoItem(name: "Belegtes Brötchen (Käse)", kind: .pastry, priceCents: 390, costCents: 110, popularity: 4),
    DemoItem(name: "Quiche Lorraine", kind: .pastry, priceCents: 550, costCents: 160, popularity: 2),
    DemoItem(name: "Käsekuchen", kind: .cake, priceCents: 300, costCents: 90, popularity: 7),
    DemoItem(name: "Apfelstrudel", kind: .cake, priceCents: 420, costCents: 120, popularity: 4),
    DemoItem(name: "Schwarzwälder Kirschtorte", kind: .cake, priceCents: 450, costCents: 140, popularity: 3),
    DemoItem(name: "Bienenstich", kind: .cake, priceCents: 350, costCents: 100, popularity: 3),
    DemoItem(name: "Mohnkuchen", kind: .cake, priceCents: 330, costCents: 95, popularity: 2),
    DemoItem(name: "Zwetschgendatschi", kind: .cake, priceCents: 340, costCents: 95, popularity: 2),
    DemoItem(name: "Roggenbrot 750 g", kind: .bread, priceCents: 480, costCents: 130, popularity: 3),
    DemoItem(name: "Dinkelvollkornbrot", kind: .bread, priceCents: 520, costCents: 150, popularity: 2),
    DemoItem(name: "Geburtstagstorte 26 cm", kind: .wholeCake, priceCents: 4200, costCents: 1300, popularity: 0.4),
    DemoItem(name: "Käse-Sahne-Torte (ganz)", kind: .wholeCake, priceCents: 3600, costCents: 1050, popularity: 0.3),
    DemoItem(name: "Kaffeebohnen 250 g", kind: .retail, priceCents: 990, costCents: 420, popularity: 1.2),
    DemoItem(name: "Thermobecher", kind: .retail, priceCents: 1500, costCents: 600, popularity: 0.4),
    DemoItem(name: "Stollen 750 g", kind: .retail, priceCents: 1800, costCents: 600, popularity: 1.5, isSeasonal: true),
    DemoItem(name: "Lebkuchen-Tüte", kind: .retail, priceCents: 650, costCents: 210, popularity: 1, isSeasonal: true),
  ]
}
