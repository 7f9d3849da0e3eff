import Foundation
import TresenCore

/// Where commands print: results to stdout, hints and errors to stderr.
///
/// This is the output sink of the command line: everything printed goes through
/// ``VisibleText/printable(_:)`` here, so no text from the data or the arguments (an error
/// quoting what was typed) can send a control sequence to the terminal.
enum Console {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((VisibleText.printable(text) + "\n").utf8))
  }

  static func err(_ text: String) {
    FileHandle.standardError.write(Data((VisibleText.printable(text) + "\n").utf8))
  }

  /// Prints a JSON value compactly on one line. Inside its strings, what the sanitizer would
  /// replace is written as a `\u` escape instead: the same value for a JSON reader, harmless
  /// for a terminal.
  static func json(_ value: JSONValue) {
    var escaped = String.UnicodeScalarView()
    for scalar in JSONWriter.string(value).unicodeScalars {
      guard VisibleText.picture(for: scalar) != nil else {
        escaped.append(scalar)
        continue
      }
      let hex = String(scalar.value, radix: 16)
      escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
    }
    out(String(escaped))
  }

  /// Whether stderr is a terminal (progress bars only then).
  static var isInteractive: Bool { isatty(STDERR_FILENO) == 1 }
}
