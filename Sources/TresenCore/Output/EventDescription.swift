extension Localizer {
  /// One line saying what an event was, for lists and histories. Texts from the data are
  /// sanitized.
  public func describe(_ event: Event) -> String {
    let clean = VisibleText.sanitize
    switch event.payload {
    case .interaction(let interaction):
      return clean(interaction.text)
    case .complaintOpened(let opened):
      return self(.lineComplaintOpened, label(opened.severity), clean(opened.text))
    case .complaintUpdate(let update):
      let id = update.complaint.short
      switch update.change {
      case .noted(let text): return self(.lineNoted, id, clean(text))
      case .waiting(let until, let text):
        let head = until.map { self(.lineWaitingUntil, id, date($0)) } ?? self(.lineWaiting, id)
        return text.map { "\(head): \(clean($0))" } ?? head
      case .resolved(let outcome, let text, _):
        let head = self(.lineResolved, id, label(outcome))
        return text.map { "\(head) · \(clean($0))" } ?? head
      case .reopened(let text):
        return text.map { "\(self(.lineReopened, id)): \(clean($0))" } ?? self(.lineReopened, id)
      case .severityChanged(let severity): return self(.lineSeverity, id, label(severity))
      }
    case .comp(let comp):
      var parts = [self(.lineComp, clean(comp.item), money(comp.priceCents))]
      if let cost = comp.costCents { parts.append(self(.lineCost, money(cost))) }
      parts.append(label(comp.purpose))
      if let reason = comp.reason { parts.append(clean(reason)) }
      return parts.joined(separator: " · ")
    case .refusal(let refusal):
      var parts = [self(.lineRefusal, clean(refusal.item), money(refusal.priceCents))]
      if let cost = refusal.costCents { parts.append(self(.lineCost, money(cost))) }
      parts.append(label(refusal.reason))
      if refusal.defect == .yes { parts.append("\(self(.labelDefect)): \(label(Defect.yes))") }
      if let text = refusal.text { parts.append(clean(text)) }
      return parts.joined(separator: " · ")
    case .correction, .erasure, nil:
      return event.knownType == nil ? self(.lineUnknown, clean(event.type)) : self(.lineInvalid, event.id.short)
    }
  }

  /// The channel of an event, where it has one.
  public func channel(of event: Event) -> Channel? {
    switch event.payload {
    case .interaction(let interaction): interaction.channel
    case .complaintOpened(let opened): opened.channel
    case .comp, .refusal: .counter
    default: nil
    }
  }

  /// A rating as stars, `★★★★☆`.
  public func stars(_ rating: Int) -> String {
    String(repeating: "★", count: rating) + String(repeating: "☆", count: max(0, 5 - rating))
  }
}
