import Foundation
import Testing
import TresenCore

@Suite struct LocalizerTests {
  let english = Localizer(.en)
  let german = Localizer(.de)

  @Test func everyKeyHasEnglishAndGermanTextWithTheSamePlaceholders() {
    for key in StringKey.allCases {
      let en = english(key)
      let de = german(key)
      #expect(en != key.rawValue, "English text missing for \(key)")
      #expect(de != key.rawValue, "German text missing for \(key)")
      for index in 1...5 {
        #expect(en.contains("%\(index)") == de.contains("%\(index)"), "placeholder %\(index) differs in \(key)")
      }
    }
  }

  @Test func oneSubstitutionPassGivesWhatReplacingEachPlaceholderGives() {
    let arguments = ["‹one›", "‹two›", "‹three›", "‹four›", "‹five›"]
    for localizer in [english, german] {
      for key in StringKey.allCases {
        let template = localizer(key)
        let expected = arguments.indices.reversed().reduce(template) { text, index in
          text.replacingOccurrences(of: "%\(index + 1)", with: arguments[index])
        }
        #expect(localizer(key, arguments[0], arguments[1], arguments[2], arguments[3], arguments[4]) == expected)
      }
    }
  }

  @Test func anArgumentIsNeverSubstitutedAgain() {
    #expect(english(.errorCannotOpen, "50%2", "gone") == "Cannot open 50%2 (gone). Check its permissions.")
    #expect(english(.errorCannotOpen, "a", "%1") == "Cannot open a (%1). Check its permissions.")
  }

  @Test func everyStoredWordHasALabelInBothLanguages() {
    func check<Word: RawRepresentable<String> & CaseIterable>(_ type: Word.Type) {
      for word in Word.allCases {
        #expect(!english.label(word).isEmpty)
        #expect(
          german.label(word) != word.rawValue || ["normal", "Chat"].contains(german.label(word)),
          "German label missing for \(Word.self).\(word.rawValue)")
      }
    }
    check(Channel.self)
    check(Severity.self)
    check(Outcome.self)
    check(CompPurpose.self)
    check(RefusalReason.self)
    check(Defect.self)
    check(ComplaintState.self)
    check(Urgency.Factor.self)
  }

  @Test func moneyDatesAndNumbersFollowTheLanguage() {
    #expect(german.money(300) == "3,00 €")
    #expect(english.money(300) == "€3.00")
    #expect(german.money(123_456) == "1.234,56 €")
    #expect(english.money(123_456) == "€1,234.56")
    #expect(Localizer(.de, currency: "CHF").money(550) == "5,50 CHF")
    let date = LocalDate(year: 2026, month: 11, day: 23)!
    #expect(german.date(date) == "23.11.2026")
    #expect(english.date(date) == "2026-11-23")
    #expect(german.number(1_000_000) == "1.000.000")
    #expect(english.number(-1234) == "-1,234")
    #expect(german.percent(0.8) == "80 %")
    #expect(english.percent(0.8) == "80%")
    #expect(english.time(Timestamp(date: date, hour: 7, minute: 5, offsetSeconds: 3600)) == "07:05")
  }

  @Test func wordsAreUnderstoodByStoredWordLabelOrUniquePrefixInEitherLanguage() {
    #expect(german.parse("Telefon", as: Channel.self) == .phone)
    #expect(english.parse("telefon", as: Channel.self) == .phone)
    #expect(english.parse("PHONE", as: Channel.self) == .phone)
    #expect(english.parse("no receipt", as: RefusalReason.self) == .noReceipt)
    #expect(german.parse("kein kassenbon", as: RefusalReason.self) == .noReceipt)
    #expect(german.parse("dring", as: Severity.self) == .urgent)
    #expect(german.parse("ja", as: Defect.self) == .yes)
    #expect(english.parse("p", as: Channel.self) == nil, "ambiguous prefix")
    #expect(english.parse("", as: Channel.self) == nil)
  }
}
