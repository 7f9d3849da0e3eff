import Foundation

/// Where theme files are looked for, first match first (DESIGN.md §6):
/// `$XDG_CONFIG_HOME/tresen/themes` (else `~/.config/tresen/themes`), then the package's
/// `Themes/`: `<exe dir>/../share/tresen/Themes` for an install, or the source tree found by
/// walking up from the executable to a folder with `Package.swift` and `Themes/` (for
/// `swift run`), then `/usr/local/share/tresen/Themes` and `/usr/share/tresen/Themes`.
/// An explicit path given with `--theme` comes before all of them; the built-in theme after.
public struct ThemeSearch: Sendable {
  /// Where a folder in the search order comes from.
  public enum Origin: String, Sendable {
    /// The user's own themes under the config folder.
    case user
    /// Installed beside the binary (`share/tresen/Themes`).
    case installed
    /// The source tree's `Themes/`, for `swift run` and tests.
    case sourceTree = "source"
    /// A system-wide share folder.
    case system
  }

  /// A folder in the search order.
  public struct Folder: Equatable, Sendable {
    /// The folder's absolute path.
    public var path: String
    /// Why it is searched.
    public var origin: Origin
  }

  /// The environment (`XDG_CONFIG_HOME`, `HOME`).
  public var environment: [String: String]
  /// The running executable, or nil to skip the package's folders.
  public var executablePath: String?
  /// System share folders looked at last.
  public var systemFolders: [String]

  /// A search over the given environment and executable.
  public init(
    environment: [String: String], executablePath: String?,
    systemFolders: [String] = ["/usr/local/share/tresen/Themes", "/usr/share/tresen/Themes"]
  ) {
    self.environment = environment
    self.executablePath = executablePath
    self.systemFolders = systemFolders
  }

  /// The search for this process: its environment and `/proc/self/exe`.
  public static var current: ThemeSearch {
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    return ThemeSearch(environment: ProcessInfo.processInfo.environment, executablePath: executable)
  }

  /// The folders that exist, in search order, without repeats.
  public var folders: [Folder] {
    var candidates: [Folder] = []
    if let user = userFolder { candidates.append(Folder(path: user, origin: .user)) }
    if let executablePath {
      let binFolder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
      let installed = binFolder.deletingLastPathComponent().appendingPathComponent("share/tresen/Themes")
      candidates.append(Folder(path: installed.standardizedFileURL.path, origin: .installed))
      if let source = Self.sourceTree(above: binFolder) { candidates.append(Folder(path: source, origin: .sourceTree)) }
    }
    candidates += systemFolders.map { Folder(path: $0, origin: .system) }
    var seen: Set<String> = []
    return candidates.filter { folder in
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
        return false
      }
      return seen.insert(folder.path).inserted
    }
  }

  /// `$XDG_CONFIG_HOME/tresen/themes`, else `$HOME/.config/tresen/themes`.
  public var userFolder: String? {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/tresen/themes" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/tresen/themes" }
    return nil
  }

  /// The theme files of `folder`, sorted by name.
  public static func files(in folder: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix("." + ThemeFile.fileExtension) && !$0.hasPrefix(".") }.sorted()
      .map { folder + "/" + $0 }
  }

  /// The `Themes/` folder of the first ancestor of `start` that holds `Package.swift`.
  private static func sourceTree(above start: URL) -> String? {
    var folder = start.standardizedFileURL
    while folder.path != "/" {
      let themes = folder.appendingPathComponent("Themes").path
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
        FileManager.default.fileExists(atPath: themes)
      {
        return themes
      }
      folder.deleteLastPathComponent()
    }
    return nil
  }
}
