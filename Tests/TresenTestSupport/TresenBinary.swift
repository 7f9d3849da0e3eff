import Foundation

/// Runs the built `tresen` executable, as a user would from the shell.
public struct TresenBinary: Sendable {
  /// What a run printed and how it ended.
  public struct Result: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The executable beside the test bundle in the build folder.
  public let path: String
  /// Environment for every run (the data dir, device, language…), on top of a clean base.
  public var environment: [String: String]

  public init(environment: [String: String] = [:]) {
    let testBinary =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var folder = URL(fileURLWithPath: testBinary).deletingLastPathComponent()
    // On Linux the tests run from `.build/<config>/<Package>PackageTests.xctest`.
    while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("tresen").path),
      folder.path != "/"
    {
      folder.deleteLastPathComponent()
    }
    path = folder.appendingPathComponent("tresen").path
    self.environment = environment
  }

  /// Runs `tresen arguments…` and waits for it.
  @discardableResult
  public func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
    let process = start(arguments)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try? input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A configured, not yet started process for `tresen arguments…` (for kill tests).
  public func start(_ arguments: [String]) -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var base = ["PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8", "TZ": "Europe/Berlin"]
    base.merge(environment) { $1 }
    process.environment = base
    return process
  }
}
