/// What staff type for an interaction, by channel and by how it went.
extension DemoPhrases {
  /// How an interaction went, from its rating (unrated ones are `plain`).
  enum Mood {
    case good
    case mixed
    case bad
    case plain

    init(rating: Int?) {
      switch rating {
      case .none: self = .plain
      case .some(let value) where value >= 4: self = .good
      case .some(3): self = .mixed
      default: self = .bad
      }
    }
  }

  /// The phrases for an interaction on `channel` that went `mood`.
  static func interaction(_ channel: Channel, _ mood: Mood) -> DemoPhrases {
    switch (channel, mood) {
    case (.counter, .good): counterGood
    case (.counter, .mixed): counterMixed
    case (.counter, .bad): counterBad
    case (.counter, .plain): counterPlain
    case (.phone, _): phone
    case (.email, _): email
    case (.chat, _): chat
    case (.social, _): social
    case (.review, .bad), (.review, .mixed): reviewCritical
    case (.review, _): reviewGood
    case (.invoice, _): invoice
    case (.delivery, _): delivery
    case (.product, _): product
    case (.website, _): website
    case (.other, _): other
    }
  }

  static let counterGood = DemoPhrases(
    de: [
      "{item} gelobt – „wie bei Oma“", "Stammgast happy, {item} wie immer", "Hat sich für die Beratung bedankt",
      "{item} war noch warm, sehr zufrieden", "Kinder begeistert: {item}", "Lob für die freundliche Bedienung",
      "Fragt nach dem Rezept für {item}", "Kommt wegen {item} extra aus Altona", "Nettes Gespräch, {item} top",
      "Hafermilch-Option gelobt", "Schnelle Bedienung trotz Schlange gelobt", "{item} zum Mitnehmen, sehr freundlich",
    ],
    en: [
      "Loved the {item}", "Regular, happy as always with the {item}", "Thanked us for the quick service",
      "Said the {item} is the best in town", "Tourist, came back for another {item}",
      "Complimented the oat milk option",
    ])

  static let counterMixed = DemoPhrases(
    de: [
      "{item} ok, aber etwas teuer", "Wartezeit etwas lang, sonst okay", "{item} heute etwas trocken",
      "Wollte {item}, war aus – nahm Alternative", "Platz war voll, musste draußen sitzen",
      "Kaffee lauwarm, hat nichts gesagt",
      "Fand den Preis für {item} gestiegen",
    ],
    en: [
      "{item} was fine, a bit pricey", "Waited a while but okay", "Wanted {item}, sold out — took something else",
      "Said the {item} was a bit dry today",
    ])

  static let counterBad = DemoPhrases(
    de: [
      "Unzufrieden: {item} nicht frisch", "Lange Schlange, Kundin genervt gegangen", "{item} falsch eingepackt",
      "Beschwert sich über Preiserhöhung bei {item}", "Kartenzahlung ging nicht, sauer",
      "{item} zu süß, kommt so nicht wieder",
      "Milchschaum zusammengefallen, Kunde unzufrieden",
    ],
    en: [
      "Unhappy: {item} not fresh", "Long queue, left annoyed", "Card payment failed, customer upset",
      "Said the {item} tasted different than before",
    ])

  static let counterPlain = DemoPhrases(
    de: [
      "Fragt nach glutenfreiem Gebäck", "Vorbestellung {item} für Samstag", "Fragt nach Allergenen: {item}",
      "Möchte Stempelkarte", "Fragt, ob wir Hafermilch haben", "Bestellt {item} für das Büro",
      "Fragt nach Öffnungszeiten an Feiertagen", "Reserviert {item} für morgen früh", "Gutschein eingelöst",
    ],
    en: [
      "Asked about gluten-free pastries", "Pre-ordered {item} for Saturday", "Asked about allergens in the {item}",
      "Wanted a loyalty card", "Asked whether we take cards",
    ])

  static let phone = DemoPhrases(
    de: [
      "Telefonische Vorbestellung {item}", "Anruf: Frage nach Tortenbestellung für Hochzeit",
      "Anruf: {item} für 20 Personen am Freitag?", "Rückruf wegen Allergenen ({item})", "Fragt, ob {item} noch da ist",
    ],
    en: [
      "Phone order: {item} for tomorrow", "Called to ask about a wedding cake",
      "Called to check if {item} is available",
    ])

  static let email = DemoPhrases(
    de: [
      "Mail: Anfrage Catering Firmenfrühstück", "Mail: Dank für die Geburtstagstorte",
      "Mail: Frage zu Allergenen ({item})",
      "Mail: Bitte um Rechnung mit USt.", "Mail: Lob für {item}, Rezeptanfrage",
    ],
    en: [
      "Email: catering request for an office breakfast", "Email: thanks for the birthday cake",
      "Email: asked for an invoice",
    ])

  static let chat = DemoPhrases(
    de: [
      "WhatsApp: Vorbestellung {item}", "WhatsApp: Ist heute geöffnet?", "WhatsApp: Foto von {item} geschickt, gelobt",
    ],
    en: ["WhatsApp: pre-order {item}", "WhatsApp: are you open today?"])

  static let social = DemoPhrases(
    de: [
      "Instagram: {item} geteilt, viele Likes", "Instagram: „Bestes Gebäck im Viertel“ unter Foto von {item}",
      "Facebook: Frage nach Ruhetag",
    ],
    en: ["Instagram: shared our {item}", "Instagram comment: best {item} in town", "Tagged us in a story"])

  static let reviewGood = DemoPhrases(
    de: [
      "Google-Bewertung: {item} himmlisch", "Google: „Gemütlich, freundlich, {item} lecker“",
      "Google: Lob für die Bedienung",
    ],
    en: ["Google review: lovely {item}", "Google review: cosy café, friendly staff", "Tripadvisor: great breakfast"])

  static let reviewCritical = DemoPhrases(
    de: ["Google-Bewertung: zu teuer für {item}", "Google: lange Wartezeit am Samstag", "Google: {item} war trocken"],
    en: ["Google review: overpriced {item}", "Google review: slow service at the weekend"])

  static let invoice = DemoPhrases(
    de: [
      "Rechnung Catering an Kanzlei geschickt", "Rechnung für {item}-Bestellung korrigiert",
      "Zahlungserinnerung Firmenkunde",
    ],
    en: ["Sent invoice for office catering", "Corrected an invoice for {item}"])

  static let delivery = DemoPhrases(
    de: [
      "{item} ans Büro geliefert, pünktlich", "Lieferung Torte zur Hochzeit, Dank erhalten",
      "Lieferung etwas verspätet",
    ],
    en: ["Delivered {item} to the office", "Cake delivery to a wedding, thanks received"])

  static let product = DemoPhrases(
    de: [
      "Feedback zu {item}: Packung schwer zu öffnen", "Fragt nach Herkunft der Bohnen", "{item} als Geschenk gekauft",
    ],
    en: ["Feedback on {item}: great gift", "Asked where the beans come from"])

  static let website = DemoPhrases(
    de: ["Online-Vorbestellung {item}", "Kontaktformular: Frage nach Mittagstisch", "Online-Bestellung Torte"],
    en: ["Online pre-order: {item}", "Contact form: asked about opening hours"])

  static let other = DemoPhrases(
    de: ["Nachbarin bringt Fundsache vorbei", "Flohmarkt-Stand: {item} verkauft", "Straßenfest: Gespräch am Stand"],
    en: ["Met a regular at the street fair", "Farmers' market stand: sold {item}"])
}
