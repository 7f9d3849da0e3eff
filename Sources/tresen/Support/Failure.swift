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

  var exitCode: Int32 {
    switch self {
    case .problemsFound: 1
    case .input, .config: 2
    case .storage: 3
    }
  }

  var message: String? {
    switch self {
    case .input(let error, let localizer): ErrorText(localizer: localizer).input(error)
    case .storage(let error, let localizer): ErrorText(localizer: localizer).storage(error)
    case .config(let error, let language): ErrorText(localizer: Localizer(language)).config(error)
    case .problemsFound: nil
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

/// Localized one-sentence messages for each error.
struct ErrorText {
  let localizer: Localizer

  func input(_ error: InputError) -> String {
    let l = localizer
    switch error {
    case .amount(let field, let input, let failure):
      let name = fieldName(field)
      switch failure {
      case .empty: return l(.errorAmountEmpty, name)
      case .negative: return l(.errorAmountNegative, name.capitalizedFirst)
      case .notANumber: return l(.errorAmountInvalid, name, input)
      case .tooManyDecimals: return l(.errorAmountDecimals, name, input)
      case .tooLarge: return l(.errorAmountTooLarge, name, input, l.money(Amount.maximumCents))
      }
    case .date(let input): return l(.errorDateInvalid, input)
    case .choice(let field, let input, let allowed):
      return l(.errorChoiceInvalid, input, fieldName(field), allowed.joined(separator: ", "))
    case .emptyText(let field): return l(.errorTextEmpty, fieldName(field).capitalizedFirst)
    case .textTooLong(let field, let count, let maximum):
      return l(.errorTextTooLong, fieldName(field).capitalizedFirst, l.number(count), l.number(maximum))
    case .rating: return l(.errorRating)
    case .unknownID(let id): return l(.errorIdUnknown, id)
    case .ambiguousID(let id, let matches): return l(.errorIdAmbiguous, id, matches)
    case .notAComplaint(let id): return l(.errorIdNotComplaint, id)
    case .complaintResolved(let id): return l(.errorComplaintResolved, id)
    case .complaintNotResolved(let id): return l(.errorComplaintNotResolved, id)
    case .alreadyVoided(let id): return l(.errorVoidAlready, id)
    }
  }

  func storage(_ error: StorageError) -> String {
    let l = localizer
    switch error {
    case .cannotCreate(let path, let code): return l(.errorCannotCreate, path, describe(code))
    case .cannotOpen(let path, let code): return l(.errorCannotOpen, path, describe(code))
    case .cannotRead(let path, let code): return l(.errorCannotRead, path, describe(code))
    case .cannotLock(let path, let code): return l(.errorCannotLock, path, describe(code))
    case .writeFailed(let path, let code): return l(.errorWriteFailed, path, describe(code))
    case .syncFailed(let path, let code): return l(.errorSyncFailed, path, describe(code))
    case .rollbackFailed(let path, let code): return l(.errorRollbackFailed, path, describe(code))
    case .fileKeepsChanging(let path): return l(.errorFileKeepsChanging, path)
    case .formatTooNew(let path, let major): return l(.errorFormatTooNew, path, major)
    case .formatUnreadable(let path): return l(.errorFormatUnreadable, path)
    case .readOnly(let path): return l(.errorReadOnly, path)
    case .recordTooLarge(let bytes): return l(.errorRecordTooLarge, l.number(bytes))
    }
  }

  func config(_ error: ConfigError) -> String {
    let l = localizer
    switch error {
    case .unreadable(let path, let code): return l(.errorConfigUnreadable, path, describe(code))
    case .syntax(let path, let line, let column, let message): return l(.errorConfigSyntax, path, line, column, message)
    case .unknownKey(let path, let line, let key):
      return l(.errorConfigValue, path, line, l(.configUnknownKey, key, Config.keys.joined(separator: ", ")))
    case .invalidValue(let path, let line, let key, let expected):
      let what: StringKey =
        switch expected {
        case .text: .configNotText
        case .hour: .configNotHour
        case .language: .configNotLanguage
        case .currency: .configNotCurrency
        }
      return l(.errorConfigValue, path, line, l(what, key))
    }
  }

  private func fieldName(_ field: InputError.Field) -> String {
    let key: StringKey =
      switch field {
      case .item: .fieldItem
      case .price: .fieldPrice
      case .cost: .fieldCost
      case .text: .fieldText
      case .customer: .fieldCustomer
      case .note: .fieldNote
      case .channel: .fieldChannel
      case .severity: .fieldSeverity
      case .outcome: .fieldOutcome
      case .purpose: .fieldPurpose
      case .reason: .fieldReason
      case .defect: .fieldDefect
      }
    return localizer(key)
  }

  private func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
