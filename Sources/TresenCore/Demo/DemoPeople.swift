/// The demo café's customers and staff: who comes back, who is new, who works the counter.
///
/// Regulars come and go over the years (each has a window of the period in which they
/// visit); occasional guests are drawn from first × last names; most counter touchpoints are
/// walk-ins without a name.
struct DemoPeople {
  /// A regular and the share of the period (0…1) in which they visit.
  struct Regular {
    var name: String
    var from: Double
    var until: Double
    /// Prefers English (expats, tourists who stayed).
    var speaksEnglish: Bool
  }

  /// Someone behind the counter and the share of the period they work there.
  struct StaffMember {
    var initials: String
    var from: Double
    var until: Double
  }

  private(set) var regulars: [Regular] = []
  let staff: [StaffMember] = [
    StaffMember(initials: "AM", from: 0, until: 1),  // the owner
    StaffMember(initials: "JS", from: 0, until: 0.7),
    StaffMember(initials: "KB", from: 0, until: 0.35),
    StaffMember(initials: "TÖ", from: 0.3, until: 1),
    StaffMember(initials: "LW", from: 0.45, until: 1),
    StaffMember(initials: "ÇY", from: 0.7, until: 1),
  ]

  init(random: inout Xoshiro256StarStar) {
    for (index, name) in DemoPeople.regularNames.enumerated() {
      // The first dozen stay the whole time, the rest come and go.
      let stays = index < 12
      let from = stays ? 0 : random.unit() * 0.8
      let until = stays ? 1 : min(1, from + 0.2 + random.unit() * 0.6)
      regulars.append(
        Regular(name: name, from: from, until: until, speaksEnglish: DemoPeople.englishSpeakers.contains(name)))
    }
  }

  /// A regular who visits at `progress` (0…1 through the period), if one is found quickly.
  func regular(at progress: Double, random: inout Xoshiro256StarStar) -> Regular? {
    for _ in 0..<4 {
      guard let candidate = random.pick(regulars) else { return nil }
      if candidate.from <= progress, progress <= candidate.until { return candidate }
    }
    return nil
  }

  /// A one-off guest's name (first × last name).
  func guest(random: inout Xoshiro256StarStar) -> (name: String, speaksEnglish: Bool) {
    let english = random.chance(0.25)
    let first = random.pick(english ? DemoPeople.englishFirstNames : DemoPeople.germanFirstNames) ?? "Anna"
    let last = random.pick(english ? DemoPeople.englishLastNames : DemoPeople.germanLastNames) ?? "Müller"
    return (first + " " + last, english)
  }

  /// Staff on duty at `progress` (the owner is always there).
  func staffMember(at progress: Double, random: inout Xoshiro256StarStar) -> String {
    for _ in 0..<4 {
      guard let member = random.pick(staff) else { break }
      if member.from <= progress, progress <= member.until { return member.initials }
    }
    return "AM"
  }

  static let regularNames = [
    "Jürgen Müller", "Zoë Weiß", "Björn Schäfer", "Anna Hoffmann", "Mehmet Yılmaz", "Sarah O'Connor",
    "Käthe Groß", "Sören Köhler", "Herr Döring", "Frau Özdemir", "Günther Strauß", "Renée Böhm",
    "Lukas Krüger", "Ayşe Demir", "Jörg Möller", "Hannelore Fuß", "Noël Lefèvre", "Emily Brown",
    "Oliver Smith", "Chloé Martin", "Maximilian Jäger", "Lena Schröder", "Ümit Kaya", "Grace Kelly-Nowak",
    "Paula Hübner", "Dr. Friedrich Bäcker", "Mia Lehmann", "Tomasz Kowalski", "Ingrid Wüst", "Liam Murphy",
    "Fatma Çelik", "Heike Schütz", "Malte Thießen", "Frau Weißmüller", "Elif Şahin", "Niklas Götz",
    "Charlotte Knöpfle", "James O'Brien", "Ursula Jürgens", "Kai-Uwe Brückner",
  ]

  static let englishSpeakers: Set<String> = [
    "Sarah O'Connor", "Emily Brown", "Oliver Smith", "Grace Kelly-Nowak", "Liam Murphy", "James O'Brien",
    "Noël Lefèvre", "Chloé Martin",
  ]

  static let germanFirstNames = [
    "Jürgen", "Björn", "Anna", "Jörg", "Günther", "Käthe", "Sören", "Mia", "Lukas", "Jonas", "Lea", "Marie",
    "Hans-Jürgen", "Dörte", "Bärbel", "Uwe", "Özlem", "Mehmet", "Ümit", "Ayşe", "Zoë", "Agnieszka", "Ralf",
    "Sabine", "Felix", "Jana", "Gülşen", "Henrik", "Till", "Frauke",
  ]

  static let germanLastNames = [
    "Müller", "Weiß", "Schäfer", "Hoffmann", "Yılmaz", "Schröder", "Köhler", "Krüger", "Groß", "Fuß", "Böhm",
    "Lehmann", "Wagner", "Becker", "Schmitz", "Jäger", "Özdemir", "Hübner", "Döring", "Möller", "Strauß",
    "Kowalczyk", "Nguyen", "Bäumer", "Günther", "Klöckner", "Wößner", "Petersen",
  ]

  static let englishFirstNames = [
    "Sarah", "Emily", "Oliver", "James", "Grace", "Liam", "Chloe", "Zoë", "Harry", "Amelia", "Noah", "Olivia",
  ]

  static let englishLastNames = [
    "O'Connor", "Smith", "Brown", "Taylor", "Murphy", "Wilson", "Evans", "O'Neill", "Clarke", "Walsh",
  ]
}
