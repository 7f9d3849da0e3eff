import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process started with `posix_spawn`, its output sent to files, timed from spawn to exit.
struct Subprocess {
  /// What a finished child left behind.
  struct Outcome {
    var status: Int32
    var seconds: Double
    /// Seconds from spawn to the `frameLines`-th line of output, when asked for.
    var frameSeconds: Double?
    var output: String
    var errors: String
  }

  var executable: String
  var arguments: [String]
  /// Where stdout and stderr go; read back after the child exits.
  var scratch: String
  /// When set, stdout is read through a pipe as it comes and the time its this many lines
  /// have arrived is taken: a first frame is complete then, before the child tears down and exits.
  var frameLines: Int?

  /// Runs the child to its end.
  func run() throws(BenchError) -> Outcome {
    let outPath = scratch + "/stdout.txt"
    let errPath = scratch + "/stderr.txt"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    var pipeEnds: [Int32] = [-1, -1]
    if frameLines != nil {
      guard pipe(&pipeEnds) == 0 else { throw .cannotStart(executable, code: errno) }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    }
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // From ProcessInfo rather than the C global `environ`, which Swift 6 treats as shared mutable state.
    let envp: [UnsafeMutablePointer<CChar>?] =
      ProcessInfo.processInfo.environment.map { strdup($0.key + "=" + $0.value) } + [nil]
    defer { envp.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Stopwatch.now()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    if frameLines != nil { close(pipeEnds[1]) }
    guard spawned == 0 else {
      if frameLines != nil { close(pipeEnds[0]) }
      throw .cannotStart(executable, code: spawned)
    }
    let piped = frameLines.map { readPipe(pipeEnds[0], lines: $0, since: start) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let seconds = Stopwatch.now() - start
    let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    // WEXITSTATUS and WIFEXITED are macros; a normal exit leaves the low 7 bits zero.
    let exitCode = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Outcome(
      status: exitCode, seconds: seconds, frameSeconds: piped?.seconds, output: piped?.output ?? read(outPath),
      errors: read(errPath))
  }

  /// Reads the pipe `fd` to its end (and closes it), noting the seconds since `start` when
  /// `lines` lines had arrived; `nil` seconds when fewer ever came.
  private func readPipe(_ fd: Int32, lines: Int, since start: Double) -> (seconds: Double?, output: String) {
    defer { close(fd) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var newlines = 0
    var seconds: Double?
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      output += chunk[..<count]
      newlines += chunk[..<count].count { $0 == 0x0A }
      if seconds == nil, newlines >= lines { seconds = Stopwatch.now() - start }
    }
    return (seconds, String(decoding: output, as: UTF8.self))
  }

  /// Runs the child and fails unless it exits with 0.
  func runChecked() throws(BenchError) -> Outcome {
    let outcome = try run()
    guard outcome.status == 0 else {
      throw .childFailed(
        ([executable] + arguments).joined(separator: " "), status: outcome.status, errors: outcome.errors)
    }
    return outcome
  }
}
