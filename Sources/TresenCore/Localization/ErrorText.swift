import Foundation

/// Localized one-sentence messages for every typed error, each saying what to do. The command
/// line prints them on stderr; the terminal UI shows them next to a field or in the status
/// line. (Exit codes stay in the executable.)
public struct ErrorText: Sendable {
  public let localizer: Localizer

  public init(localizer: Localizer) { self.localizer = localizer }

  /// The message for bad input.
  public func input(_ error: InputError) -> String {
    let l = localizer
    switch error {
    case .amount(let field, let input, let failure):
      let name = fieldName(field)
      switch failure {
      case .empty: return l(.errorAmountEmpty, name)
      case .negative: return l(.errorAmountNegative, name)
      case .notANumber: return l(.errorAmountInvalid, name, input)
      case .tooManyDecimals: return l(.errorAmountDecimals, name, input)
      case .tooLarge: return l(.errorAmountTooLarge, name, input, l.money(Amount.maximumCents))
      }
    case .date(let input): return l(.errorDateInvalid, input)
    case .choice(let field, let input, let allowed):
      return l(.errorChoiceInvalid, input, fieldName(field), allowed.joined(separator: ", "))
    case .emptyText(let field): return l(.errorTextEmpty, fieldName(field))
    case .textTooLong(let field, let count, let maximum):
      return l(.errorTextTooLong, fieldName(field), l.number(count), l.number(maximum))
    case .rating: return l(.errorRating)
    case .unknownID(let id): return l(.errorIdUnknown, id)
    case .ambiguousID(let id, let matches): return l(.errorIdAmbiguous, id, matches)
    case .notAComplaint(let id): return l(.errorIdNotComplaint, id)
    case .complaintResolved(let id): return l(.errorComplaintResolved, id)
    case .complaintNotResolved(let id): return l(.errorComplaintNotResolved, id)
    case .alreadyVoided(let id): return l(.errorVoidAlready, id)
    }
  }

  /// The message for a failure of the data directory.
  public func storage(_ error: StorageError) -> String {
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

  /// The message for a config file that cannot be used.
  public func config(_ error: ConfigError) -> String {
    let l = localizer
    switch error {
    case .unreadable(let path, let code): return l(.errorConfigUnreadable, path, describe(code))
    case .unwritable(let path, let code): return l(.errorConfigUnwritable, path, describe(code))
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
        case .years: .configNotYears
        }
      return l(.errorConfigValue, path, line, l(what, key))
    }
  }

  /// The field's label, as the form shows it.
  private func fieldName(_ field: InputError.Field) -> String {
    let key: StringKey =
      switch field {
      case .item: .labelItem
      case .price: .labelPrice
      case .cost: .labelCost
      case .text: .labelText
      case .customer: .labelCustomer
      case .note: .labelNote
      case .channel: .labelChannel
      case .severity: .labelSeverity
      case .outcome: .labelOutcome
      case .purpose: .labelPurpose
      case .reason: .labelReason
      case .defect: .labelDefect
      }
    return localizer(key)
  }

  /// The message for a backup that cannot be made or an archive that cannot be restored;
  /// `archive` is the archive's file name.
  public func backup(_ error: BackupError, archive: String) -> String {
    let l = localizer
    switch error {
    case .noData(let path): return l(.backupNoData, path)
    case .storage(let error): return storage(error)
    case .targetNotEmpty(let path): return l(.restoreNotEmpty, path)
    case .cannotReadArchive(let path, let code): return l(.restoreCannotRead, path, describe(code))
    case .damaged(let damage):
      let reason =
        switch damage {
        case .notGzip: l(.restoreNotGzip)
        case .badTar(let offset): l(.restoreBadTar, l.number(offset))
        case .unsupportedEntry(let path): l(.restoreUnsupportedEntry, VisibleText.sanitize(path))
        case .unsafePath(let path): l(.restoreUnsafePath, VisibleText.sanitize(path))
        case .noManifest: l(.restoreNoManifest)
        case .missingFile(let path): l(.restoreMissingFile, VisibleText.sanitize(path))
        case .extraFile(let path): l(.restoreExtraFile, VisibleText.sanitize(path))
        case .checksum(let path): l(.restoreChecksum, VisibleText.sanitize(path))
        }
      return l(.restoreCorrupt, archive, reason)
    }
  }

  private func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
