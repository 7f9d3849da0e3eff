/// The JSON-lines export: a backup that `jq` reads.
///
/// Every stored record the filter selects — touchpoints, corrections and types this build does
/// not know alike — as its exact stored line (with `crc`), each followed by `\n`, merged from
/// all devices and sync-conflict copies, deduplicated by id and in history order. Voids and
/// amendments are not applied: they are records of their own.
///
/// Erasures and retention apply here too: a record they redact (one another device has not
/// rewritten yet) is written redacted, re-encoded with a new CRC, never with the name.
///
/// With no filter the output is every readable record, so a data directory whose only segment
/// holds it loads the same events. Lines are read again from the segments one at a time
/// (`RawLineReader`), not kept in memory.
public struct JSONLExport {
  /// The records to write, in history order.
  public let sources: [RecordSource]
  /// Redacted lines (without newline) by position in `sources`.
  private let redacted: [Int: [UInt8]]
  private let reader: RawLineReader

  /// The records of `loaded` (from `LogReader.loadWithSources()`) that `filter` selects, with
  /// `privacy` applied.
  public init(
    loaded: (log: LoadedLog, sources: [RecordSource]), filter: ExportFilter, calendar: BusinessCalendar,
    directory: DataDirectory, privacy: ErasureSet? = nil
  ) {
    let events = loaded.log.events
    // `apply` leaves the erasure records themselves out: match by id.
    var visible: [EventID: Event] = [:]
    if let privacy, !privacy.isEmpty { for event in privacy.apply(to: events) { visible[event.id] = event } }
    var sources: [RecordSource] = []
    var redacted: [Int: [UInt8]] = [:]
    for index in events.indices where filter.isEmpty || filter.includes(events[index], calendar: calendar) {
      if let shown = visible[events[index].id], shown.data != events[index].data {
        redacted[sources.count] = RecordCodec.encode(shown).dropLast()
      }
      sources.append(loaded.sources[index])
    }
    self.sources = sources
    self.redacted = redacted
    reader = RawLineReader(directory: directory)
  }

  /// The number of records.
  public var count: Int { sources.count }

  /// Appends record `index`'s stored line and `\n` to `out`.
  /// - Throws: `StorageError` when the segment cannot be read or changed since it was loaded.
  public func appendLine(_ index: Int, to out: inout [UInt8]) throws(StorageError) {
    if let line = redacted[index] {
      out.append(contentsOf: line)
    } else {
      out.append(contentsOf: try reader.line(sources[index]))
    }
    out.append(0x0A)
  }

  /// The whole export as bytes, for small exports and tests.
  public func document() throws(StorageError) -> [UInt8] {
    var out: [UInt8] = []
    for index in sources.indices { try appendLine(index, to: &out) }
    return out
  }

  /// Closes the segment files.
  public func close() { reader.close() }
}
