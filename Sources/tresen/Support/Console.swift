import Foundation
import TresenCore

/// Where commands print: results to stdout, hints and errors to stderr.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints a JSON value compactly on one line.
  static func json(_ value: JSONValue) {
    out(JSONWriter.string(value))
  }

  /// Whether stderr is a terminal (progress bars only then).
  static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}
