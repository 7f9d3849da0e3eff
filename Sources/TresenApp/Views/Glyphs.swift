import TresenCore

/// One-column symbols that say what a row is, so meaning never rests on colour alone.
enum Glyphs {
  static func channel(_ channel: Channel) -> String {
    switch channel {
    case .counter: "⌂"
    case .phone: "☎"
    case .email: "✉"
    case .chat: "✎"
    case .social: "#"
    case .review: "✍"
    case .invoice: "§"
    case .delivery: "→"
    case .product: "◆"
    case .website: "@"
    case .other: "·"
    }
  }

  /// What kind of touchpoint an event is.
  static func kind(of event: Event) -> String {
    switch event.payload {
    case .interaction(let interaction): channel(interaction.channel)
    case .complaintOpened: "!"
    case .complaintUpdate(let update):
      if case .resolved = update.change { "✓" } else { "›" }
    case .comp: "♥"
    case .refusal: "✗"
    case .correction, .erasure, nil: "?"
    }
  }

  static func severity(_ severity: Severity) -> String {
    switch severity {
    case .urgent: "‼"
    case .high: "!"
    case .normal: "·"
    case .low: " "
    }
  }
}
