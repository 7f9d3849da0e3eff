/// Screens TOML text before it reaches TOMLKit's parser (toml++ 3.x).
///
/// toml++ asserts that a table header's key starts with a key character: `[=`, `[[#`, `[é` or
/// `[␛` abort the process in a debug build and are undefined behaviour in a release build
/// (`TOML_ASSERT_ASSUME`); so does an array whose first value starts with `}` (`a = [}`).
/// Such text is never valid TOML, so it is reported as a syntax error here instead. Found by
/// `ConfigFuzzTests`.
public enum TOMLGuard {
  /// The 1-based line and column of the first table header whose key does not start with a
  /// bare-key character or a quote, or nil when there is none.
  public static func badHeader(in source: String) -> (line: Int, column: Int)? {
    var inMultilineString = false
    var valueDepth = 0
    for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      // toml++ skips a byte order mark at the start.
      let scalars = Array(
        index == 0 && line.hasPrefix("\u{FEFF}") ? line.dropFirst().unicodeScalars : line.unicodeScalars)
      let quotes = countTripleQuotes(scalars)
      if inMultilineString {
        if quotes % 2 == 1 { inMultilineString = false }
        continue
      }
      var position = 0
      while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
      if valueDepth == 0, position < scalars.count, scalars[position] == "[" {
        position += 1
        if position < scalars.count, scalars[position] == "[" { position += 1 }
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
        guard position < scalars.count, isKeyStart(scalars[position]) else {
          return (index + 1, position + 1)
        }
      } else {
        if let column = braceAfterBracket(scalars) { return (index + 1, column) }
        valueDepth = max(0, valueDepth + bracketBalance(scalars))
      }
      if quotes % 2 == 1 { inMultilineString = true }
    }
    return nil
  }

  private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'": true
    default: false
    }
  }

  private static func countTripleQuotes(_ scalars: [Unicode.Scalar]) -> Int {
    var count = 0
    var index = 0
    while index + 2 < scalars.count {
      let scalar = scalars[index]
      if scalar == "\"" || scalar == "'", scalars[index + 1] == scalar, scalars[index + 2] == scalar {
        count += 1
        index += 3
      } else {
        index += 1
      }
    }
    return count
  }

  /// The 1-based column of a `}` that follows a `[` (spaces between), outside strings.
  private static func braceAfterBracket(_ scalars: [Unicode.Scalar]) -> Int? {
    var strings = QuotedText()
    var afterBracket = false
    for (index, scalar) in scalars.enumerated() {
      guard !strings.consumes(scalar) else { continue }
      switch scalar {
      case "\"", "'":
        strings.open(scalar)
        afterBracket = false
      case "#": return nil
      case "[": afterBracket = true
      case " ", "\t": break
      case "}": if afterBracket { return index + 1 }
      default: afterBracket = false
      }
    }
    return nil
  }

  /// `[` minus `]` outside strings and comments, for arrays that span lines.
  private static func bracketBalance(_ scalars: [Unicode.Scalar]) -> Int {
    var balance = 0
    var strings = QuotedText()
    for scalar in scalars {
      guard !strings.consumes(scalar) else { continue }
      switch scalar {
      case "\"", "'": strings.open(scalar)
      case "#": return balance
      case "[": balance += 1
      case "]": balance -= 1
      default: break
      }
    }
    return balance
  }
}

/// Where a one-line TOML string is while a line is scanned: basic strings (`"`) honour
/// backslash escapes, literal strings (`'`) do not.
private struct QuotedText {
  private var quote: Unicode.Scalar?
  private var escaped = false

  /// Starts a string at the quote `scalar`.
  mutating func open(_ scalar: Unicode.Scalar) { quote = scalar }

  /// Whether `scalar` belongs to a string (its closing quote included).
  mutating func consumes(_ scalar: Unicode.Scalar) -> Bool {
    guard let open = quote else { return false }
    if escaped {
      escaped = false
    } else if scalar == "\\", open == "\"" {
      escaped = true
    } else if scalar == open {
      quote = nil
    }
    return true
  }
}
