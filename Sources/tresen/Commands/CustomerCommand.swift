import ArgumentParser
import Foundation
import TresenCore

/// `tresen customer …`: what is recorded about a person, a copy of it, and erasure
/// (DSGVO Art. 15, 17 and 20; README "Privacy").
struct CustomerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "customer", abstract: "List customers, show or export their records, erase a person.",
    subcommands: [CustomerList.self, CustomerShow.self, CustomerExportCommand.self, CustomerErase.self])

  /// The stored events with every erasure applied (loading finishes any erasure another
  /// device left pending on this device's files).
  static func events(_ workspace: Workspace) throws -> [Event] {
    try translatingErrors(workspace.localizer) {
      let events = try workspace.load().log.events
      return ErasureSet(events).apply(to: events)
    }
  }

  /// The person `name` names, and their records; exit 2 when nobody by that name is recorded.
  static func person(_ name: String, _ workspace: Workspace) throws -> (CustomerIndex.Entry, [Event]) {
    let l = workspace.localizer
    guard !CustomerName.normalize(name).isEmpty else { throw Failure.message(l(.customerBlankName), exitCode: 2) }
    let events = try events(workspace)
    guard let entry = CustomerIndex(events).entry(for: name) else {
      throw Failure.message(l(.customerNotFound, VisibleText.sanitize(name)), exitCode: 2)
    }
    return (entry, CustomerRecords.events(of: entry.key, in: events))
  }
}

struct CustomerList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Everyone the records name: records, first and last seen.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    let index = CustomerIndex(try CustomerCommand.events(workspace))
    if json {
      Console.json(index.json)
      return
    }
    guard !index.entries.isEmpty else { return Console.out(l(.customerListEmpty)) }
    let rows =
      [[l(.customerColName), l(.customerColRecords), l(.customerColFirst), l(.customerColLast)]]
      + index.entries.map { entry in
        [
          VisibleText.fit(entry.name, 40), l.number(entry.records), l.dateTime(entry.firstSeen),
          l.dateTime(entry.lastSeen),
        ]
      }
    let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
    for row in rows {
      let cells = row.enumerated().map { column, cell in
        column == 1
          ? String(repeating: " ", count: widths[column] - cell.count) + cell
          : cell + String(repeating: " ", count: widths[column] - cell.count)
      }
      Console.out(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
    }
  }
}

struct CustomerShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Everything recorded about a person, oldest first.")

  @OptionGroup var global: GlobalOptions
  @Flag(help: "Print the stored envelopes as JSON.") var json = false
  @Argument(help: "The customer's name (case, accents and spaces do not matter).") var name: String

  func run() throws {
    let workspace = try global.workspace()
    let (entry, events) = try CustomerCommand.person(name, workspace)
    if json {
      Console.json(.array(events.map(EventJSON.envelope)))
    } else {
      Console.out(CustomerExport.text(name: entry.name, entry: entry, events: events, localizer: workspace.localizer))
    }
  }
}

struct CustomerExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write a machine-readable copy of a person's records (JSON).")

  @OptionGroup var global: GlobalOptions
  @Option(help: "The file to write (atomically, readable only by you).") var out: String
  @Argument(help: "The customer's name.") var name: String

  func run() throws {
    let workspace = try global.workspace()
    let l = workspace.localizer
    let (entry, events) = try CustomerCommand.person(name, workspace)
    let document = CustomerExport.document(name: entry.name, events: events, now: workspace.clock.now())
    do {
      try OutputFile.write(JSONWriter.bytes(document) + [0x0A], to: out)
    } catch {
      throw Failure.message(l(.customerExportCannotWrite, out, String(cString: strerror(error.code))), exitCode: 3)
    }
    Console.out(out)
  }
}
