/// The text of `tresen check`: one line per anomaly (file, line, what is wrong, where the
/// bytes went) and a summary.
public struct CheckReport {
  public let localizer: Localizer

  public init(localizer: Localizer) { self.localizer = localizer }

  /// Lines for the anomalies, problems first, then notes; then the summary.
  public func render(_ log: LoadedLog, repairs: [RepairAction] = []) -> String {
    let l = localizer
    var lines: [String] = repairs.map(describe)
    let problems = log.anomalies.filter(\.isProblem)
    let notes = log.anomalies.filter { !$0.isProblem }
    for anomaly in problems + notes {
      let place = anomaly.line > 0 ? "\(anomaly.file):\(anomaly.line)" : anomaly.file
      var line = "\(place): \(describe(anomaly.kind))"
      if let copy = anomaly.quarantinedAs { line += " — " + l(.checkQuarantined, copy) }
      lines.append(line)
    }
    lines.append(
      l(
        .checkSummary, l.number(log.files.count), l.number(log.events.count), l.number(problems.count),
        l.number(notes.count)))
    if !problems.isEmpty { lines.append(l(.checkRepairHint)) }
    return lines.joined(separator: "\n")
  }

  /// What an anomaly means, in words.
  public func describe(_ kind: Anomaly.Kind) -> String {
    let l = localizer
    switch kind {
    case .unreadable(let failure): return l(.checkUnreadable, reason(failure))
    case .tornTail(let bytes): return l(.checkTornTail, l.number(bytes))
    case .checksumMismatch: return l(.checkChecksum)
    case .invalidData(let error): return l(.checkInvalidData, reason(error))
    case .conflictingDuplicate(let id): return l(.checkDuplicate, id)
    case .sequenceGap(let device, let after, let next): return l(.checkSeqGap, device, after + 1, next - 1)
    case .sequenceReused(let device, let seq): return l(.checkSeqReused, device, seq)
    case .blankLine: return l(.checkBlank)
    case .byteOrderMark: return l(.checkBom)
    case .carriageReturn: return l(.checkCrlf)
    case .noChecksum: return l(.checkNoChecksum)
    case .unknownType(let type, let version): return l(.checkUnknownType, VisibleText.fit(type, 60), version)
    }
  }

  func describe(_ action: RepairAction) -> String {
    let l = localizer
    switch action.kind {
    case .cutTornTail(let bytes, let copy): return l(.checkRepairedTail, action.file, l.number(bytes), copy)
    case .addedNewline: return l(.checkRepairedNewline, action.file)
    case .removedUnreadable(let count): return l(.checkRepairedLines, action.file, l.number(count))
    }
  }

  func reason(_ failure: RecordCodec.LineFailure) -> String {
    let l = localizer
    switch failure {
    case .notJSON(let parse): return l(.reasonNotJSON, l.label(parse.reason), parse.offset + 1)
    case .notAnObject: return l(.reasonNotObject)
    case .missingField(let field): return l(.reasonMissingField, field)
    case .invalidField(let field): return l(.reasonInvalidField, field)
    }
  }

  func reason(_ error: PayloadError) -> String {
    let l = localizer
    switch error {
    case .notAnObject: return l(.reasonDataNotObject)
    case .missingField(let field): return l(.reasonMissingField, field)
    case .invalidField(let field, let value): return l(.reasonInvalidValue, field, VisibleText.fit(value, 40))
    }
  }
}
