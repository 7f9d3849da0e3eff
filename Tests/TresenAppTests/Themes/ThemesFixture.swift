import Foundation

/// Paths of the source tree for the theme tests.
enum ThemesFixture {
  /// The package root: three folders above this file.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  /// The shipped `Themes/` folder.
  static let themesFolder = packageRoot + "/Themes"

  /// Every shipped theme file, sorted.
  static var shippedFiles: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: themesFolder)) ?? []
    return names.filter { $0.hasSuffix(".toml") }.sorted().map { themesFolder + "/" + $0 }
  }

  /// Writes `text` to `relative` inside `root`, creating folders.
  static func write(_ text: String, to relative: String, in root: String) {
    let path = root + "/" + relative
    try? FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
  }
}
