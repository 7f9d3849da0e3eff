/// What staff type for complaints and their life cycle, comps and refused returns.
extension DemoPhrases {
  /// Complaint categories (stored language-neutral) with their weight and opening sentences.
  static let complaintCategories: [(category: String, weight: Double, phrases: DemoPhrases)] = [
    (
      "quality", 34,
      DemoPhrases(
        de: [
          "{item} war trocken", "{item} schmeckte alt", "Haar gefunden: {item}", "{item} angebrannt",
          "Cappuccino lauwarm",
          "{item} innen noch roh", "Sahne sauer ({item})",
        ],
        en: ["The {item} was dry", "The {item} tasted stale", "Found a hair in the {item}", "Cappuccino was lukewarm"])
    ),
    (
      "wait time", 18,
      DemoPhrases(
        de: [
          "20 Minuten auf {item} gewartet", "Vorbestellung nicht fertig bei Abholung",
          "Schlange bis draußen, niemand an der Kasse",
        ],
        en: ["Waited 20 minutes for a {item}", "Pre-order was not ready at pick-up"])
    ),
    (
      "service", 14,
      DemoPhrases(
        de: [
          "Fühlte sich unfreundlich bedient", "Wurde übersehen und ist gegangen",
          "Frage zu Allergenen nicht beantwortet",
        ],
        en: ["Felt the staff were rude", "Was ignored at the counter", "Nobody could answer an allergen question"])
    ),
    (
      "wrong item", 14,
      DemoPhrases(
        de: [
          "Falsche Torte eingepackt – bestellt war {item}", "{item} fehlte in der Tüte",
          "Kuhmilch statt Hafermilch bekommen",
        ],
        en: [
          "Wrong cake in the box — ordered {item}", "{item} missing from the bag", "Got cow's milk instead of oat milk",
        ])
    ),
    (
      "price", 7,
      DemoPhrases(
        de: ["{item} falsch berechnet", "Doppelt abgebucht (Karte)", "Preis am Schild stimmte nicht"],
        en: ["Charged twice on the card", "Price on the sign was different"])
    ),
    (
      "hygiene", 4,
      DemoPhrases(
        de: ["Wespe in der Auslage", "Tisch klebrig, Toilette nicht sauber"],
        en: ["Wasp in the display case", "Sticky table, toilet not clean"])
    ),
    (
      "delivery", 6,
      DemoPhrases(
        de: ["Torte bei Lieferung beschädigt", "Catering 30 Minuten zu spät", "{item} bei Lieferung vergessen"],
        en: ["Cake damaged on delivery", "Catering arrived 30 minutes late"])
    ),
    (
      "billing", 3,
      DemoPhrases(
        de: ["Rechnung ohne USt. ausgewiesen", "Rechnung an falsche Firma adressiert"],
        en: ["Invoice without VAT", "Invoice addressed to the wrong company"])
    ),
  ]

  /// Quality complaints while the new supplier's flour and butter were tried.
  static let supplierTrouble = DemoPhrases(
    de: [
      "{item} schmeckt anders als sonst – neues Rezept?", "Croissants nicht mehr so buttrig", "{item} krümelig und fad",
      "Brötchen am Nachmittag schon zäh",
    ],
    en: ["The {item} tastes different lately", "Croissants are not as good as they used to be"])

  static let notes = DemoPhrases(
    de: [
      "Kundin angerufen, entschuldigt", "Mit Backstube besprochen", "Lieferant informiert", "Fotos per Mail erhalten",
      "Rückruf versucht, nicht erreicht", "Kassenbon geprüft", "Team im Briefing darauf hingewiesen",
    ],
    en: ["Called the customer back", "Discussed with the bakery", "Supplier informed", "Received photos by email"])

  static let waiting = DemoPhrases(
    de: [
      "Warten auf Rückmeldung der Kundin", "Warten auf Gutschrift vom Zahlungsdienstleister",
      "Lieferant prüft die Charge",
      "Kunde kommt nächste Woche vorbei",
    ],
    en: ["Waiting for the customer to reply", "Waiting for the card refund", "Customer will drop by next week"])

  static let resolved = DemoPhrases(
    de: [
      "Neues Stück mitgegeben, Kundin zufrieden", "Betrag erstattet", "Entschuldigt, Gutschein überreicht",
      "Erklärt, dass Rezept gleich geblieben ist", "Torte neu gebacken und geliefert", "Kaffee aufs Haus, alles gut",
    ],
    en: ["Replaced it, customer happy", "Refunded", "Apologised and gave a voucher", "Explained, customer understood"])

  static let reopened = DemoPhrases(
    de: ["Kundin meldet sich erneut", "Gutschein wurde nicht akzeptiert", "Erstattung nicht angekommen"],
    en: ["Customer came back about it", "Refund never arrived"])

  static let compReasons: [CompPurpose: DemoPhrases] = [
    .recovery: DemoPhrases(
      de: ["Entschuldigung für Wartezeit", "Ersatz für {item}", "Wiedergutmachung"],
      en: ["Sorry for the wait", "Replacement for the {item}"]),
    .goodwill: DemoPhrases(
      de: [
        "Stammkundin, Geburtstag", "Kind hat {item} fallen lassen", "{item} kurz vor Schluss übrig",
        "Treue-Stempelkarte voll",
        "Nachbar hat beim Schirm geholfen",
      ],
      en: ["Regular's birthday", "Kid dropped the {item}", "Loyalty card full"]),
    .marketing: DemoPhrases(
      de: ["Probierstück neue Sorte", "Food-Bloggerin", "Nachbarschaftsfest", "Eröffnung Buchladen nebenan"],
      en: ["Tasting sample of a new recipe", "Food blogger visit"]),
    .staff: DemoPhrases(de: ["Personalessen", "Mitarbeiterkaffee", "Praktikantin letzter Tag"], en: ["Staff meal"]),
    .other: DemoPhrases(de: ["Handwerker im Haus", "Spende Kita-Fest"], en: ["Donation for the school fair"]),
  ]

  static let offered = [
    "Gutschein über 3 €", "Kaffee aufs Haus", "Umtausch gegen frisches Stück", "10 % beim nächsten Einkauf",
    "neuer Deckel bestellt", "Store credit",
  ]

  static let refusalTexts = DemoPhrases(
    de: [
      "Kein Bon, Kunde verärgert", "Schon zur Hälfte gegessen", "Packung geöffnet", "Nach zwei Wochen zurückgebracht",
      "Reduzierte Ware vom Vortag", "Kundin akzeptiert Alternative",
    ],
    en: ["No receipt, customer annoyed", "Half eaten", "Opened pack", "Brought back after two weeks"])

  static let voidReasons = ["doppelt erfasst", "falscher Artikel", "versehentlich gespeichert", "wrong customer"]
}
