import ArgumentParser
import Foundation
import TresenCore

/// `tresen export`: the events as CSV for a spreadsheet, or as JSON lines for a backup.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export events as CSV (for a spreadsheet) or JSON lines (a backup).",
    discussion: """
      CSV: a header row, then one row per event as the screens show them (voided events left \
      out, amendments applied). Columns: \(CSVExport.columns.joined(separator: ", ")). Amounts \
      are plain numbers (3.00); text starting with = + - @, a tab or CR gets a leading ' so spreadsheets do not \
      run it as a formula. With --excel: a UTF-8 byte order mark, and in German ; between fields \
      and 3,00.

      JSONL: every stored record (corrections too) exactly as stored, merged from all devices and \
      in history order, one per line — a backup that jq reads.
      """)

  /// The output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case csv, jsonl
  }

  @OptionGroup var global: GlobalOptions
  @Option(help: "The output format.") var format: Format
  @Option(help: "The first business day to include (YYYY-MM-DD).") var from: String?
  @Option(help: "The last business day to include (YYYY-MM-DD).") var to: String?
  @Option(name: .customLong("type"), help: "Only events of this stored type (return.refused); repeat for more.")
  var types: [String] = []
  @Flag(help: "CSV for a spreadsheet: byte order mark; in German ; between fields and a decimal comma.")
  var excel = false
  @Option(help: "Write to this file (atomically, readable only by you) instead of stdout.") var out: String?

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    if excel, format == .jsonl { throw Failure.message(l(.exportExcelNeedsCSV), exitCode: 2) }
    let filter = try translatingErrors(l) {
      ExportFilter(from: try from.map(workspace.input.date), to: try to.map(workspace.input.date), types: Set(types))
    }
    if let first = filter.from, let last = filter.to, first > last {
      throw Failure.message(l(.exportRangeReversed, l.date(first), l.date(last)), exitCode: 2)
    }
    var reader = LogReader(directory: workspace.directory)
    reader.progress = Progress(l(.progressReading), localizer: l).hook
    let output = try ExportOutput(path: out, localizer: l)
    switch format {
    case .csv:
      let log = try translatingErrors(l) { try reader.load() }
      try check(filter.types, known: log.events, localizer: l)
      let export = CSVExport(style: excel ? .excel(for: l.language) : .plain, calendar: workspace.calendar)
      let visible = workspace.privacyFilter(log.events).apply(to: log.events)
      let events = CSVExport.events(Ledger(visible), filter: filter, calendar: workspace.calendar)
      var buffer = export.header()
      try write(count: events.count, to: output, buffer: &buffer, localizer: l) { index, buffer in
        export.appendRow(events[index], to: &buffer)
      }
    case .jsonl:
      let loaded = try translatingErrors(l) { try reader.loadWithSources() }
      try check(filter.types, known: loaded.log.events, localizer: l)
      let export = JSONLExport(
        loaded: loaded, filter: filter, calendar: workspace.calendar, directory: workspace.directory,
        privacy: workspace.privacyFilter(loaded.log.events))
      defer { export.close() }
      var buffer: [UInt8] = []
      try write(count: export.count, to: output, buffer: &buffer, localizer: l) { index, buffer in
        try export.appendLine(index, to: &buffer)
      }
    }
    if let path = try output.commit() { Console.out(path) }
  }

  /// Rejects `--type` words that name no event type, and corrections for CSV.
  private func check(_ types: Set<String>, known events: [Event], localizer l: Localizer) throws {
    let words = ExportFilter.typeWords(in: events)
    if let unknown = types.sorted().first(where: { !words.contains($0) }) {
      throw Failure.message(l(.exportUnknownType, unknown, words.joined(separator: ", ")), exitCode: 2)
    }
    let corrections: Set = [EventType.eventVoided.rawValue, EventType.eventAmended.rawValue]
    if format == .csv, let correction = types.sorted().first(where: corrections.contains) {
      throw Failure.message(l(.exportCorrectionsInCSV, correction), exitCode: 2)
    }
  }

  /// Appends `count` items with `append`, passing full chunks on to `output`, with a progress
  /// bar when that takes a while.
  private func write(
    count: Int, to output: ExportOutput, buffer: inout [UInt8], localizer l: Localizer,
    append: (Int, inout [UInt8]) throws -> Void
  ) throws {
    let progress = Progress(l(.exportProgress), localizer: l)
    for index in 0..<count {
      try translatingErrors(l) { try append(index, &buffer) }
      if buffer.count >= 1 << 20 {
        try output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
      progress.update(index + 1, of: count)
    }
    try output.write(buffer)
  }
}

/// Where an export goes: stdout, or a file written atomically (a temporary file beside it,
/// fsynced, then renamed) with mode 0600, because exports hold customers' personal data.
private final class ExportOutput {
  private let path: String?
  private var temporary: String?
  private let handle: FileHandle
  private let localizer: Localizer

  init(path: String?, localizer: Localizer) throws {
    self.localizer = localizer
    guard let path else {
      self.path = nil
      temporary = nil
      handle = FileHandle.standardOutput
      return
    }
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let temporary = absolute + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard fd >= 0 else { throw Self.failure(absolute, errno, localizer) }
    self.path = absolute
    self.temporary = temporary
    handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
  }

  deinit {
    if let temporary { unlink(temporary) }
  }

  func write(_ bytes: [UInt8]) throws {
    guard !bytes.isEmpty else { return }
    do { try handle.write(contentsOf: bytes) } catch { throw Self.failure(path ?? "stdout", EIO, localizer) }
  }

  /// Makes the file appear under its name; returns its path, or `nil` for stdout.
  func commit() throws -> String? {
    guard let path, let temporary else { return nil }
    guard fsync(handle.fileDescriptor) == 0 else { throw Self.failure(path, errno, localizer) }
    guard rename(temporary, path) == 0 else { throw Self.failure(path, errno, localizer) }
    self.temporary = nil
    let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY)
    if folder >= 0 {
      _ = fsync(folder)
      close(folder)
    }
    return path
  }

  private static func failure(_ path: String, _ code: Int32, _ l: Localizer) -> Failure {
    .message(l(.exportCannotWrite, path, String(cString: strerror(code))), exitCode: 3)
  }
}
