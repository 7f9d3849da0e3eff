import ArgumentParser
import TresenCore

/// `tresen void ID`: undo a mistaken record. The record stays in the log; a void event
/// removes it from every list and figure.
struct VoidCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "void", abstract: "Undo a mistaken record.")

  @OptionGroup var global: GlobalOptions
  @Option var reason: String?
  @Argument(help: "The record's id or its short form.") var id: String

  func run() throws {
    let workspace = try global.workspace()
    let (target, payload) = try translatingErrors(workspace.localizer) {
      let (log, ledger) = try workspace.load()
      let target = try workspace.input.eventID(id, in: ledger.allIDs)
      guard !ledger.voided.contains(target) else { throw InputError.alreadyVoided(target.short) }
      let reason = try workspace.input.optionalText(reason, field: .reason)
      return (
        log.events.first { $0.id == target },
        Payload.correction(Correction(target: target, change: .void(reason: reason)))
      )
    }
    _ = try RecordCommand.save(workspace, payload)
    if let target {
      Console.err(workspace.localizer(.hintVoided, target.id.short, workspace.localizer.describe(target)))
    }
  }
}
