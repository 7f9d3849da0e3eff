import ArgumentParser
import Foundation
import TresenCore

/// The one place where errors become a sentence on stderr and an exit code (DESIGN.md §4:
/// 0 success, 1 a problem found in the data, 2 bad usage or input, 3 an I/O failure).
enum Failure: Error {
  case input(InputError, Localizer)
  case storage(StorageError, Localizer)
  case config(ConfigError, Language)
  /// `tresen check` found problems; the report was printed already.
  case problemsFound
  /// A finished message with its exit code.
  case message(String, exitCode: Int32)

  var exitCode: Int32 {
    switch self {
    case .problemsFound: 1
    case .input, .config: 2
    case .storage: 3
    case .message(_, let code): code
    }
  }

  var message: String? {
    switch self {
    case .input(let error, let localizer): ErrorText(localizer: localizer).input(error)
    case .storage(let error, let localizer): ErrorText(localizer: localizer).storage(error)
    case .config(let error, let language): ErrorText(localizer: Localizer(language)).config(error)
    case .problemsFound: nil
    case .message(let text, _): text
    }
  }
}

/// Runs `body`, turning domain errors into `Failure`s in the workspace's language.
func translatingErrors<T>(_ localizer: Localizer, _ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as InputError {
    throw Failure.input(error, localizer)
  } catch let error as StorageError {
    throw Failure.storage(error, localizer)
  }
}
