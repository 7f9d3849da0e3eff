import Testing
import TresenTestSupport

@testable import TresenCore

/// The AMOUNT and date parsers at CI scale: 100,000 generated texts each, made of the pieces
/// people type at a counter (digits, separators, currency marks, spaces) and hostile scalars.
/// Every failure is a typed `Amount.Failure` or a nil date; every success is in range; and
/// generated well-formed inputs parse to exactly what was meant.
@Suite(.timeLimit(.minutes(5))) struct ParserFuzzTests {
  private static let amountPieces = [
    "0", "1", "2", "3", "5", "9", "00", "12", "345", "999", ",", ".", ",-", ",–", " ", "\u{00A0}", "\u{202F}", "'",
    "€", "EUR", "eur", "Euro", "$", "£", "-", "−", "+", "e", "x", "\u{0}", "\u{1B}", "\u{202E}", "١", "٣", "𝟙", "½",
    "9999999999999", "1.000", "1,000", "\t", "\n",
  ]

  @Test func amountsAreInRangeOrATypedFailure() {
    var random = SeededRandom(seed: 0xA_0047)
    var budget = FuzzBudget()
    var failures: [String] = []
    var parsed = 0
    for run in 0..<Fuzz.runs {
      let text = Fuzz.text(from: Self.amountPieces, maxPieces: 8, using: &random)
      do throws(Amount.Failure) {
        let cents = try Amount.parse(text, currencyCode: run % 5 == 0 ? "USD" : "EUR")
        parsed += 1
        if !(0...Amount.maximumCents).contains(cents), failures.count < 5 { failures.append("\(text) -> \(cents)") }
      } catch {
        // The signature makes the error typed; the text it carries is the input.
        switch error {
        case .empty, .negative: break
        case .notANumber(let input), .tooManyDecimals(let input), .tooLarge(let input):
          if input != text, failures.count < 5 { failures.append("\(text) reported as \(input)") }
        }
      }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(parsed > 1_000)
  }

  @Test func wellFormedAmountsParseToWhatWasMeant() {
    var random = SeededRandom(seed: 0xA_0048)
    var failures: [String] = []
    for _ in 0..<Fuzz.runs {
      let cents = Int64.random(in: 0...Amount.maximumCents, using: &random)
      let units = cents / 100
      let fraction = cents % 100
      let grouped = AmountTests.grouped(units, by: Bool.random(using: &random) ? "." : " ")
      let two = fraction < 10 ? "0\(fraction)" : "\(fraction)"
      let text: String
      switch Int.random(in: 0..<4, using: &random) {
      case 0: text = "\(units),\(two)"
      case 1: text = "€\(units).\(two)"
      case 2: text = "\(grouped),\(two) €"
      default: text = fraction == 0 ? "\(units),-" : "\(units),\(two)"
      }
      let result = try? Amount.parse(text)
      if result != cents, failures.count < 5 {
        failures.append("\(text) -> \(String(describing: result)), not \(cents)")
      }
    }
    #expect(failures.isEmpty, "\(failures)")
  }

  private static let datePieces = [
    "2026", "0", "1", "2", "9", "11", "23", "29", "31", "12", "00", "99", "-", ".", "T", "t", " ", ":", "Z", "+01:00",
    "-12:30", "+24:00", ".123", ".123456789", ".1234567890", "60", "24", "0000", "9999", "\u{0}", "\u{202E}", "٢",
    "\n",
  ]

  @Test func datesAndTimestampsAreValidOrNil() {
    var random = SeededRandom(seed: 0xDA7E)
    var budget = FuzzBudget()
    var failures: [String] = []
    var parsed = 0
    for run in 0..<Fuzz.runs {
      var text = Fuzz.text(from: Self.datePieces, maxPieces: 12, using: &random)
      if run % 3 == 0 {
        // Start from a valid stamp and damage it, so the deep branches run.
        text = "2026-11-23T14:05:00.250+01:00"
        let scalars = Array(text.unicodeScalars)
        let cut = Int.random(in: 0...scalars.count, using: &random)
        text =
          String(String.UnicodeScalarView(scalars[..<cut]))
          + Fuzz.text(from: Self.datePieces, maxPieces: 2, using: &random)
          + String(String.UnicodeScalarView(scalars[min(cut + 1, scalars.count)...]))
      }
      if let date = LocalDate(parsing: text) {
        parsed += 1
        if !(1...12).contains(date.month) || !(1...31).contains(date.day)
          || LocalDate(parsing: date.description) != date
        {
          if failures.count < 5 { failures.append("date \(text) -> \(date)") }
        }
      }
      if let stamp = Timestamp(parsing: text) {
        parsed += 1
        if Timestamp(parsing: stamp.description) != stamp || abs(stamp.offsetSeconds) >= 86_400 {
          if failures.count < 5 { failures.append("stamp \(text) -> \(stamp)") }
        }
      }
      if let slow = budget.slowInput(run), failures.count < 5 { failures.append(slow) }
    }
    #expect(failures.isEmpty, "\(failures)")
    #expect(parsed > 1_000)
  }

  @Test func everyValidTimestampRoundTrips() {
    var random = SeededRandom(seed: 0xDA7F)
    var failures: [String] = []
    for _ in 0..<Fuzz.runs {
      let stamp = Timestamp(
        millis: Int64.random(in: -62_135_596_800_000...253_402_300_799_000, using: &random),
        offsetSeconds: Int.random(in: -18...18, using: &random) * 1800)
      let back = Timestamp(parsing: stamp.description)
      if back != stamp || back?.offsetSeconds != stamp.offsetSeconds, failures.count < 5 {
        failures.append("\(stamp.millis)/\(stamp.offsetSeconds): \(stamp) -> \(String(describing: back))")
      }
      let date = stamp.localDate
      if LocalDate(parsing: date.description) != date, failures.count < 5 { failures.append("date \(date)") }
    }
    #expect(failures.isEmpty, "\(failures)")
  }
}
