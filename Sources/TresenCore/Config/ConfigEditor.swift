import Foundation

/// Changes one setting in the config file, keeping every other line as the user wrote it.
public enum ConfigEditor {
  /// Sets top-level `key = "value"` in the config at `path`: replaces the existing line, or
  /// adds one before the first `[table]`; creates the file (mode 0600) and its folder when
  /// missing. The file is replaced atomically.
  public static func set(_ key: String, to value: String, in path: String) throws(ConfigError) {
    let manager = FileManager.default
    var text = ""
    if manager.fileExists(atPath: path) {
      guard let data = manager.contents(atPath: path) else { throw .unreadable(path: path, code: EACCES) }
      text = String(decoding: data, as: UTF8.self)
    }
    let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    let assignment = "\(key) = \"\(escaped)\""
    var lines = text.isEmpty ? [] : text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    let firstTable = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") } ?? lines.count
    if let index = lines[..<firstTable].firstIndex(where: { assigns(key, $0) }) {
      lines[index] = assignment
    } else {
      lines.insert(assignment, at: firstTable)
    }
    let folder = (path as NSString).deletingLastPathComponent
    do {
      if !folder.isEmpty {
        try manager.createDirectory(
          atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      }
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
      try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    } catch {
      let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
      let code = underlying?.domain == NSPOSIXErrorDomain ? underlying?.code ?? Int(EIO) : Int(EIO)
      throw .unwritable(path: path, code: Int32(code))
    }
  }

  /// Whether `line` assigns top-level `key`.
  private static func assigns(_ key: String, _ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    let name = trimmed.hasPrefix("\"") ? "\"\(key)\"" : key
    guard trimmed.hasPrefix(name) else { return false }
    return trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces).hasPrefix("=")
  }
}
