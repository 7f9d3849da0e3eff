import Foundation
import TresenCore
import TresenTestSupport

/// A temporary data directory and the binary pointed at it.
struct CLITestCase {
  let temp = TemporaryDirectory("tresen-cli")
  let tresen: TresenBinary

  init(language: String = "en", device: String = "kasse-1") {
    tresen = TresenBinary(environment: [
      "TRESEN_DATA_DIR": temp.appending("data"), "TRESEN_DEVICE": device, "TRESEN_LANG": language,
      "TRESEN_CONFIG": temp.appending("config.toml"), "XDG_CACHE_HOME": temp.appending("cache"),
    ])
  }

  /// Runs the binary and returns stdout, requiring exit code 0.
  @discardableResult
  func ok(_ arguments: String...) throws -> String {
    let result = try tresen.run(arguments)
    guard result.status == 0 else {
      throw CLIError(arguments: arguments, result: result)
    }
    return result.stdout
  }

  /// Parses stdout of a `--json` command.
  func json(_ arguments: String...) throws -> JSONValue {
    let result = try tresen.run(arguments)
    guard result.status == 0 else { throw CLIError(arguments: arguments, result: result) }
    return try JSONParser.parse(Array(result.stdout.utf8))
  }

  /// The segment file of `device` for November 2026 or the current month.
  func segmentBytes(device: String = "kasse-1") -> [UInt8] {
    let folder = temp.appending("data/devices/\(device)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".jsonl") }.sorted().flatMap { temp.bytes("data/devices/\(device)/\($0)") ?? [] }
  }
}

struct CLIError: Error, CustomStringConvertible {
  var arguments: [String]
  var result: TresenBinary.Result
  var description: String { "tresen \(arguments) exited \(result.status): \(result.stderr)" }
}
