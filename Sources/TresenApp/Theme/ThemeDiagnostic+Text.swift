import Foundation
import TresenCore

extension ThemeDiagnostic {
  /// `path:line: warning: what is wrong`, in the localizer's language.
  public func message(_ l: Localizer) -> String {
    "\(location): \(l(isFatal ? .themeError : .themeWarning)): \(detail(l))"
  }

  /// What is wrong, without the location.
  public func detail(_ l: Localizer) -> String {
    switch problem {
    case .unreadable(let code): return l(.themeUnreadable, String(cString: strerror(code)))
    case .syntax(let message): return l(.themeSyntax, message)
    case .unknownRole(let name, let suggestion):
      return suggestion.map { l(.themeDidYouMean, name, $0) } ?? l(.themeUnknownRole, name)
    case .unknownKey(let key): return l(.themeUnknownKey, key)
    case .notText(let key): return l(.themeNotText, key)
    case .rolesNotTable: return l(.themeRolesNotTable)
    case .badKind(let kind): return l(.themeBadKind, kind)
    case .notFound(let name): return l(.themeNotFound, name)
    case .badValue(let role, _, let problem):
      switch problem {
      case .empty: return l(.themeEmptyValue, role)
      case .missingBackground: return l(.themeMissingBackground, role)
      case .misplacedColor(let word): return l(.themeMisplacedColor, role, word)
      case .unknownWord(let word):
        let looksLikeColor = word.hasPrefix("#") || word.lowercased().hasPrefix("color")
        return l(looksLikeColor ? .themeBadColor : .themeBadWord, role, word)
      }
    }
  }
}
