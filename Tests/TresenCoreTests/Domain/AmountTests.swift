import Testing
import TresenCore
import TresenTestSupport

@Suite struct AmountTests {
  @Test(
    arguments: [
      ("3", 300), ("3,00", 300), ("3.00", 300), ("3,5", 350), ("3.5", 350), ("€3", 300), ("3 €", 300),
      ("3€", 300), ("€ 3,50", 350), ("3,50€", 350), ("EUR 3", 300), ("3 EUR", 300), ("eur 3", 300), ("EUR3", 300),
      ("3 Euro", 300), ("3 euro", 300), ("1.234,50", 123_450), ("1,234.50", 123_450), ("12 345,00", 1_234_500),
      ("12\u{00A0}345,00\u{00A0}€", 1_234_500), ("3,50\u{202F}€", 350), ("1'234.50", 123_450), (",50", 50), (".5", 50),
      ("0", 0), ("0,00", 0), ("0,01", 1), ("3.", 300), ("+3", 300), ("  3,50  ", 350), ("\t3,50\n", 350),
      ("0003", 300), ("1.000", 100_000), ("1.000,00", 100_000), ("12.345", 1_234_500), ("100.000,00", 10_000_000),
      ("100000", 10_000_000), ("3,-", 300), ("3,– €", 300), ("€ 12,--", 1200), ("3.-", 300),
    ] as [(String, Int64)])
  func acceptsWhatIsTypedAtTheCounter(input: String, cents: Int64) throws {
    #expect(try Amount.parse(input) == cents)
  }

  @Test(
    arguments: [
      ("", .empty), ("   ", .empty), ("\t\n", .empty),
      ("-3", .negative), ("−3", .negative), ("€-3", .negative), ("- 3", .negative), ("-0,50 €", .negative),
      ("abc", .notANumber("abc")), ("€", .notANumber("€")), ("EUR", .notANumber("EUR")), (",", .notANumber(",")),
      (".", .notANumber(".")), ("+", .notANumber("+")), ("NaN", .notANumber("NaN")), ("nan", .notANumber("nan")),
      ("inf", .notANumber("inf")), ("Infinity", .notANumber("Infinity")), ("1e5", .notANumber("1e5")),
      ("0x10", .notANumber("0x10")), ("3,,5", .notANumber("3,,5")), ("1,23,45", .notANumber("1,23,45")),
      ("1.23,45", .notANumber("1.23,45")), ("3 45", .notANumber("3 45")), ("3, 5", .notANumber("3, 5")),
      ("3,5 0", .notANumber("3,5 0")), ("3€50", .notANumber("3€50")), ("3 Äpfel", .notANumber("3 Äpfel")),
      ("$3", .notANumber("$3")), ("£3", .notANumber("£3")), ("3 USD", .notANumber("3 USD")),
      ("3,456", .tooManyDecimals("3,456")), ("12,345", .tooManyDecimals("12,345")),
      ("3.4567", .tooManyDecimals("3.4567")), ("0.500", .tooManyDecimals("0.500")),
      ("0,500", .tooManyDecimals("0,500")),
      ("1,000.000", .tooManyDecimals("1,000.000")),
      ("99999999999999", .tooLarge("99999999999999")), ("100000,01", .tooLarge("100000,01")),
      ("100.001", .tooLarge("100.001")), ("1.234.567,89", .tooLarge("1.234.567,89")),
      ("1,000,000", .tooLarge("1,000,000")), ("100001", .tooLarge("100001")),
    ] as [(String, Amount.Failure)])
  func rejectsWithTheReason(input: String, failure: Amount.Failure) {
    #expect(throws: failure) { try Amount.parse(input) }
  }

  @Test(arguments: [
    "１２", "٣", "३", "3\u{0301}", "3\u{200B}", "\u{202E}3", "3\u{FE0F}\u{20E3}", "3\u{0000}", "😀", "3😀",
    "Ⅻ", "½", "3\u{2009}€", "\u{FEFF}3",
  ])
  func rejectsHostileUnicode(input: String) {
    #expect(throws: Amount.Failure.notANumber(input)) { try Amount.parse(input) }
  }

  @Test func veryLongInputsFailFastAndTyped() throws {
    let nines = String(repeating: "9", count: 100_000)
    #expect(throws: Amount.Failure.tooLarge(nines)) { try Amount.parse(nines) }
    let garbage = String(repeating: "3,", count: 50_000)
    #expect(throws: Amount.Failure.notANumber(garbage)) { try Amount.parse(garbage) }
    // Leading zeros do not count as size.
    #expect(try Amount.parse(String(repeating: "0", count: 10_000) + "3") == 300)
  }

  @Test func theMaximumIsInclusive() throws {
    #expect(Amount.maximumCents == 10_000_000)
    #expect(try Amount.parse("100000,00") == Amount.maximumCents)
    #expect(throws: Amount.Failure.tooLarge("100000,01")) { try Amount.parse("100000,01") }
  }

  @Test func onlyTheDataDirectorysCurrencyIsAccepted() throws {
    #expect(try Amount.parse("$3.50", currencyCode: "USD") == 350)
    #expect(try Amount.parse("3 usd", currencyCode: "USD") == 300)
    #expect(try Amount.parse("£3", currencyCode: "GBP") == 300)
    #expect(throws: Amount.Failure.notANumber("€3")) { try Amount.parse("€3", currencyCode: "USD") }
  }

  @Test func everyCentValueSurvivesGermanAndEnglishFormatting() throws {
    var random = SeededRandom(seed: 7)
    for _ in 0..<2_000 {
      let cents = Int64.random(in: 0...Amount.maximumCents, using: &random)
      let units = cents / 100
      let fraction = (cents % 100 < 10 ? "0" : "") + String(cents % 100)
      #expect(try Amount.parse("\(units),\(fraction)") == cents)
      #expect(try Amount.parse("€\(units).\(fraction)") == cents)
      #expect(try Amount.parse("\(Self.grouped(units, by: ".")),\(fraction) €") == cents)
      #expect(try Amount.parse("\(Self.grouped(units, by: ",")).\(fraction)") == cents)
    }
  }

  /// `value` with `separator` between groups of three digits (also used by the parser fuzz).
  static func grouped(_ value: Int64, by separator: String) -> String {
    let digits = Array(String(value))
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { out += separator }
      out.append(digit)
    }
    return out
  }
}
