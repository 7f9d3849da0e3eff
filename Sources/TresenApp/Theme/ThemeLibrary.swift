import Foundation

/// The themes a user can pick: the built-in one and every file in the search folders, a file
/// in an earlier folder hiding one of the same name in a later folder.
public struct ThemeLibrary: Sendable {
  /// One theme that can be picked.
  public struct Entry: Equatable, Sendable {
    /// The file stem the theme is picked by (`nord`), or `built-in`.
    public var id: String
    /// The name the file gives itself.
    public var name: String
    /// Dark, light or mono.
    public var kind: ThemeKind
    /// The file, or nil for the built-in theme.
    public var path: String?
    /// Which folder the file came from; nil for the built-in theme.
    public var origin: ThemeSearch.Origin?
    /// How many problems reading the file found.
    public var problemCount: Int

    /// An entry with the given parts.
    public init(
      id: String, name: String, kind: ThemeKind, path: String?, origin: ThemeSearch.Origin?, problemCount: Int
    ) {
      self.id = id
      self.name = name
      self.kind = kind
      self.path = path
      self.origin = origin
      self.problemCount = problemCount
    }
  }

  /// A theme picked by name or path, ready to use.
  public struct Selection: Sendable {
    /// The theme to draw with (the built-in one if nothing usable was found).
    public var theme: Theme
    /// The file read, or nil for the built-in theme.
    public var path: String?
    /// Problems reading it; empty when all is well.
    public var diagnostics: [ThemeDiagnostic]
  }

  /// The folders searched.
  public let search: ThemeSearch

  /// A library over `search`.
  public init(search: ThemeSearch = .current) {
    self.search = search
  }

  /// The theme files in search order, one per stem.
  public var files: [(path: String, origin: ThemeSearch.Origin)] {
    var seen: Set<String> = []
    var result: [(path: String, origin: ThemeSearch.Origin)] = []
    for folder in search.folders {
      for path in ThemeSearch.files(in: folder.path) where seen.insert(ThemeFile.stem(of: path)).inserted {
        result.append((path, folder.origin))
      }
    }
    return result
  }

  /// Every theme: the built-in one first, then the files sorted by stem.
  ///
  /// - Complexity: reads every theme file once.
  public func entries() -> [Entry] {
    let builtIn = Entry(
      id: Theme.builtIn.name, name: Theme.builtIn.name, kind: Theme.builtIn.kind, path: nil, origin: nil,
      problemCount: 0)
    let found = files.sorted { ThemeFile.stem(of: $0.path) < ThemeFile.stem(of: $1.path) }.map { file in
      let result = ThemeFile.load(path: file.path)
      return Entry(
        id: ThemeFile.stem(of: file.path), name: result.theme.name, kind: result.theme.kind, path: file.path,
        origin: file.origin, problemCount: result.diagnostics.count)
    }
    return [builtIn] + found
  }

  /// The theme `selector` names: nil or `built-in` for the built-in theme, a path (containing
  /// `/` or ending in `.toml`), else a file stem, else a theme's own name (ignoring case).
  /// Anything not found gives the built-in theme and a `notFound` diagnostic.
  public func select(_ selector: String?) -> Selection {
    guard let selector, !selector.isEmpty, !Theme.isBuiltInName(selector) else {
      return Selection(theme: .builtIn, path: nil, diagnostics: [])
    }
    if selector.contains("/") || selector.hasSuffix("." + ThemeFile.fileExtension) {
      return read(selector)
    }
    let files = files
    if let file = files.first(where: { ThemeFile.stem(of: $0.path) == selector }) { return read(file.path) }
    let wanted = selector.lowercased()
    if let file = files.first(where: { ThemeFile.stem(of: $0.path).lowercased() == wanted }) {
      return read(file.path)
    }
    for file in files {
      let result = ThemeFile.load(path: file.path)
      if result.theme.name.lowercased() == wanted {
        return Selection(theme: result.theme, path: file.path, diagnostics: result.diagnostics)
      }
    }
    return Selection(
      theme: .builtIn, path: nil, diagnostics: [ThemeDiagnostic(path: selector, problem: .notFound(selector))])
  }

  private func read(_ path: String) -> Selection {
    let result = ThemeFile.load(path: path)
    return Selection(theme: result.theme, path: path, diagnostics: result.diagnostics)
  }
}
