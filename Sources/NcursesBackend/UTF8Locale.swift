import Glibc

/// Sets the program's locale from the environment and makes sure text is UTF-8 where possible.
///
/// ncursesw decodes typed umlauts and draws multibyte text only when the locale's codeset is
/// UTF-8, and `setlocale` must run before `newterm`.
enum UTF8Locale {
  /// Applies the user's locale; when its codeset is not UTF-8 tries `C.UTF-8`. Returns whether the
  /// locale in force afterwards is UTF-8.
  static func configure() -> Bool {
    _ = setlocale(LC_ALL, "")
    if isActive { return true }
    _ = setlocale(LC_ALL, "C.UTF-8")
    return isActive
  }

  /// Whether the current locale's codeset is UTF-8.
  static var isActive: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased().filter { $0 != "-" && $0 != "_" }
    return name == "UTF8"
  }
}
