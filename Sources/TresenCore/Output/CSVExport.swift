/// The CSV export for the accountant or a spreadsheet: one header row, then one row per
/// effective event (`Ledger.events`: voided events left out, amendments applied, corrections
/// not listed — like `tresen today --json`).
///
/// Columns, in this fixed order:
///
///     id, type, date, time, at, device, seq, staff, channel, customer, text, rating,
///     severity, category, outcome, purpose, reason, defect, offered, item, price, cost,
///     complaint, until, tags, extra
///
/// - `date` is the business day (`YYYY-MM-DD`), `time` the local wall clock (`HH:MM:SS`),
///   `at` the instant in RFC 3339 with offset, as Tresen stores it.
/// - Vocabulary (`channel`, `severity`, `outcome`, …) stays in the stored, language-neutral
///   words; `tags` are joined with `, `; `complaint` is the complaint an update, comp or
///   refusal refers to.
/// - `price` and `cost` are amounts from the stored cents: `3.00`, or `3,00` in a German
///   spreadsheet export.
/// - `extra` holds, as compact JSON, every data field without a column (or that does not fit
///   its column), and the whole data of a type this build does not know: nothing is lost.
///
/// The header uses these column names in every language, so scripts can rely on them.
public struct CSVExport: Sendable {
  /// The column names, in order.
  public static let columns = [
    "id", "type", "date", "time", "at", "device", "seq", "staff", "channel", "customer", "text", "rating",
    "severity", "category", "outcome", "purpose", "reason", "defect", "offered", "item", "price", "cost",
    "complaint", "until", "tags", "extra",
  ]

  /// Data fields shown as plain text, by column name (the data key is the same).
  private static let textColumns: Set<String> = [
    "channel", "customer", "text", "severity", "category", "outcome", "purpose", "reason", "defect", "offered",
    "item", "complaint", "until",
  ]
  /// Each column's position.
  private static let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
  private static let extraIndex = columns.count - 1
  /// Money columns and the data key of their cents.
  private static let moneyColumns = ["price": "price_cents", "cost": "cost_cents"]

  /// Separator, decimal mark and byte order mark of the output.
  public let style: CSVStyle
  /// Decides the `date` column.
  public let calendar: BusinessCalendar
  private let writer: CSVWriter

  /// An export in `style`, dating events with `calendar`.
  public init(style: CSVStyle = .plain, calendar: BusinessCalendar = BusinessCalendar()) {
    self.style = style
    self.calendar = calendar
    self.writer = CSVWriter(separator: style.separator)
  }

  /// The byte order mark (if the style has one) and the header row.
  public func header() -> [UInt8] {
    (style.byteOrderMark ? CSVWriter.byteOrderMark : []) + writer.row(Self.columns)
  }

  /// Appends the row of `event` to `out`.
  /// - Complexity: O(n) in the size of the event.
  public func appendRow(_ event: Event, to out: inout [UInt8]) {
    writer.appendRow(fields(event), to: &out)
  }

  /// The whole export of `events` as bytes, for small exports and tests.
  public func document(_ events: [Event]) -> [UInt8] {
    var out = header()
    for event in events { appendRow(event, to: &out) }
    return out
  }

  /// The effective events `filter` selects, in history order.
  public static func events(_ ledger: Ledger, filter: ExportFilter, calendar: BusinessCalendar) -> [Event] {
    filter.isEmpty ? ledger.events : ledger.events.filter { filter.includes($0, calendar: calendar) }
  }

  /// The cells of one row, in column order (before quoting).
  func fields(_ event: Event) -> [String] {
    let (hour, minute, second) = event.at.localTime
    var cells = [
      event.id.text, event.type, calendar.day(of: event.at).description,
      "\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))", event.at.description, event.device, String(event.seq),
      event.staff ?? "",
    ]
    cells += repeatElement("", count: Self.columns.count - cells.count)
    var extra: [JSONMember] = []
    if event.payload == nil {
      // Not interpreted (unknown type, newer version or data that does not fit): kept whole.
      if event.data != .object([]) { cells[Self.extraIndex] = JSONWriter.string(event.data) }
    } else {
      for member in event.data.members ?? [] {
        if let (column, text) = cell(for: member), let index = Self.columnIndex[column] {
          cells[index] = text
        } else {
          extra.append(member)
        }
      }
      if !extra.isEmpty { cells[Self.extraIndex] = JSONWriter.string(.object(extra)) }
    }
    return cells
  }

  /// The column and text of a data field, or `nil` when it belongs in `extra`.
  private func cell(for member: JSONMember) -> (String, String)? {
    let value = member.value
    if Self.textColumns.contains(member.key), let text = value.stringValue { return (member.key, text) }
    if member.key == "rating", let rating = value.intValue { return ("rating", String(rating)) }
    if let column = Self.moneyColumns.first(where: { $0.value == member.key })?.key,
      let cents = value.intValue, cents >= 0
    {
      return (column, amount(Int64(cents)))
    }
    if member.key == "tags", let elements = value.elements {
      let tags = elements.compactMap(\.stringValue)
      guard tags.count == elements.count else { return nil }
      return ("tags", tags.joined(separator: ", "))
    }
    return nil
  }

  /// `3.00` or `3,00`: no currency symbol and no grouping, so spreadsheets read a number.
  private func amount(_ cents: Int64) -> String {
    "\(cents / 100)\(style.decimalSeparator)\(pad(Int(cents % 100), 2))"
  }
}
