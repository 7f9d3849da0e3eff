import TerminalUI
import TresenCore

/// Something that happened, named after what happened. The reducer turns actions into state
/// changes and effects.
public enum Action: Sendable {
  case keyPressed(Key)
  case resized(Size)
  /// Time passed (the clock is read by the runtime, never by the reducer).
  case ticked(Timestamp)
  /// The dashboard's view of the history was read (`Effect.load`).
  case dataLoaded(Overview)
  /// The whole history was read for the goodwill, touchpoint and day-close views
  /// (`Effect.loadHistory`).
  case historyLoaded(Ledger)
  case loadFailed(StorageError)
  case recordSaved(Event, RecordPurpose)
  case saveFailed(StorageError, RecordPurpose)
  /// Something the user should know was noticed outside the app (a broken theme file).
  case noticed(String)
  /// The themes to choose from were read.
  case themesLoaded([ThemePicker.Choice])
  /// The chosen theme was written to the config file at this path.
  case themeSaved(id: String, path: String)
  /// The day close was saved as a file at this path.
  case reportSaved(path: String)
}

/// Why a record is being saved, so the reducer knows what to say and do when it is.
public enum RecordPurpose: Sendable, Equatable {
  /// A capture or triage form was saved.
  case form
  /// A one-key triage action (severity up or down).
  case triage
  /// `u`: voiding the session's record with this id.
  case undo(EventID)
}

/// Work the runtime does for the reducer: the only I/O there is.
public enum Effect: Sendable, Equatable {
  /// Read the data directory and report `dataLoaded` or `loadFailed`.
  case load
  /// Read the whole history and report `historyLoaded` or `loadFailed`.
  case loadHistory
  /// Save durably and report `recordSaved` or `saveFailed`.
  case record(Payload, RecordPurpose)
  /// Read the shipped and the user's themes and report `themesLoaded`.
  case loadThemes
  /// Store the theme choice in the config; report `themeSaved` or `noticed`.
  case saveTheme(id: String)
  /// Save the day close of this business day as HTML; report `reportSaved` or `noticed`.
  case saveDayClose(LocalDate)
  /// Restore the terminal and end.
  case quit
}
