import Foundation
import TresenCore

/// A fresh directory under the system's temporary folder, removed when the value is
/// released. Tests use one per test so they can run in parallel.
public final class TemporaryDirectory: @unchecked Sendable {
  public let path: String

  public init(_ label: String = "tresen-test") {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/\(label)-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A path inside the directory.
  public func appending(_ component: String) -> String { path + "/" + component }

  /// The data directory `data` inside this directory.
  public var dataDirectory: DataDirectory { DataDirectory(root: appending("data")) }

  /// The bytes of a file inside the directory, or `nil`.
  public func bytes(_ relative: String) -> [UInt8]? {
    FileManager.default.contents(atPath: appending(relative)).map { [UInt8]($0) }
  }

  /// Writes `bytes` to a file inside the directory, creating folders as needed.
  public func write(_ bytes: [UInt8], to relative: String) {
    let path = appending(relative)
    try? FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    precondition(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
  }
}
