/// Why the bench could not finish; printed by the command.
enum BenchError: Error, CustomStringConvertible {
  case cannotStart(String, code: Int32)
  case childFailed(String, status: Int32, errors: String)
  case missingBinary(String)
  case unexpectedOutput(String, output: String)
  case cannotPrepare(String)

  var description: String {
    switch self {
    case .cannotStart(let path, let code): "cannot start \(path): error \(code)"
    case .childFailed(let command, let status, let errors): "`\(command)` exited with \(status): \(errors)"
    case .missingBinary(let path):
      "\(path) not found; build everything first: swift build -c release"
    case .unexpectedOutput(let what, let output): "unexpected output from \(what): \(output)"
    case .cannotPrepare(let what): "cannot prepare \(what)"
    }
  }
}
