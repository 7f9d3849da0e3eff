import Foundation

/// A detached tmux session on its own server, for driving the real binary with keys only.
///
/// Each instance starts a private server (`tmux -L <unique>`, no config file), so tests run in
/// parallel and never touch the user's tmux; the server is killed when the value is released.
/// The command runs under `env -i` with exactly the given environment, inside a small shell that
/// keeps the pane open after the program ends and then prints `EXIT=<status>` and `stty -a`, so
/// a test can read how the program left the terminal.
///
/// ```swift
/// let tmux = try Tmux(width: 100, height: 30, command: [binary.path], environment: ["TERM": "xterm-256color"])
/// try tmux.send("F6")
/// try tmux.type("Käsekuchen")
/// try tmux.waitFor(text: "Käsekuchen")
/// ```
public final class Tmux: @unchecked Sendable {
  /// Something the session did not do in time, with the screen as it was.
  public struct Timeout: Error, CustomStringConvertible {
    public var waitingFor: String
    public var screen: String
    public var description: String { "timed out waiting for \(waitingFor); the screen:\n\(screen)" }
  }

  /// A tmux command that failed.
  public struct CommandFailed: Error, CustomStringConvertible {
    public var arguments: [String]
    public var status: Int32
    public var stderr: String
    public var description: String { "tmux \(arguments.joined(separator: " ")) exited \(status): \(stderr)" }
  }

  /// How the program in the pane ended and the terminal modes it left behind.
  public struct Exit: Sendable {
    /// The shell's `$?`: the exit code, or 128 + the signal number.
    public var status: Int32
    /// The output of `stty -a` right after the program ended.
    public var stty: String
    /// `#{alternate_on}`: whether the pane was still on the alternate screen.
    public var alternateScreen: Bool
    /// `#{cursor_flag}`: whether the cursor was visible.
    public var cursorVisible: Bool
    /// Whether the pane still reported mouse clicks or motion to the program (modes 1000, 1002, 1003).
    public var mouseReporting: Bool
    /// The whole screen after the program ended.
    public var screen: String

    /// Whether a local mode flag such as `icanon` or `echo` is on (listed without a leading `-`).
    public func sttyFlag(_ name: String) -> Bool? {
      let words = stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
      if words.contains(Substring(name)) { return true }
      if words.contains(Substring("-" + name)) { return false }
      return nil
    }
  }

  /// The tmux executable, if installed.
  public static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Whether tmux is installed (tests skip without it).
  public static var isInstalled: Bool { executable != nil }

  /// The private server's socket name (`tmux -L`).
  public let socket: String
  /// The session (and target) name.
  public let target = "e2e"
  /// Where the server listens; removed with the server.
  private var socketPath = ""
  private let marker = "EXIT="

  /// Starts `command` in a detached `width`×`height` session with exactly `environment`.
  public init(width: Int, height: Int, command: [String], environment: [String: String]) throws {
    socket = "tresen-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let program = ["env", "-i"] + assignments + command
    let script = "\"$@\"; echo \"\(marker)$?\"; stty -a; exec sleep 3600"
    let shell = ["sh", "-c", script, "sh"] + program
    try run([
      "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
      "exec " + shell.map(Self.quoted).joined(separator: " "),
    ])
    socketPath = (try? display("#{socket_path}")) ?? ""
  }

  deinit {
    _ = try? run(["kill-server"])
    // tmux leaves its socket file behind.
    if !socketPath.isEmpty { unlink(socketPath) }
  }

  // MARK: Input

  /// Sends tmux key names (`F6`, `Tab`, `BTab`, `Enter`, `Escape`, `Right`, `C-l`, or single characters).
  public func send(_ keys: String...) throws {
    try run(["send-keys", "-t", target] + keys)
  }

  /// Types `text` literally (umlauts included), as if pasted key by key.
  public func type(_ text: String) throws {
    try run(["send-keys", "-t", target, "-l", text])
  }

  /// Resizes the window, as when the user drags the terminal's corner.
  public func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  // MARK: Output

  /// The visible screen as plain text, or with SGR escapes when `escapes` is true (`capture-pane -e`).
  public func capture(escapes: Bool = false) throws -> String {
    try run(["capture-pane", "-p", "-t", target] + (escapes ? ["-e"] : []))
  }

  /// A pane format such as `#{alternate_on}` or `#{cursor_flag}`.
  public func display(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the screen every 50 ms until it contains `text`; returns that screen.
  @discardableResult
  public func waitFor(text: String, timeout: Duration = .seconds(10)) throws -> String {
    try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Polls the screen every 50 ms until `condition` holds for it; returns that screen.
  @discardableResult
  public func waitUntil(
    _ description: String, timeout: Duration = .seconds(10), _ condition: (String) throws -> Bool
  ) throws -> String {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var screen = ""
    while true {
      screen = try capture()
      if try condition(screen) { return screen }
      if clock.now >= deadline { throw Timeout(waitingFor: description, screen: screen) }
      usleep(50_000)
    }
  }

  // MARK: The program

  /// The pid of the program in the pane (the child of the pane's shell), once it runs.
  public func programPID(timeout: Duration = .seconds(10)) throws -> pid_t {
    let shell = try display("#{pane_pid}")
    var found: pid_t?
    _ = try waitUntil("the program's process under pane pid \(shell)", timeout: timeout) { _ in
      found = Self.children(of: pid_t(shell) ?? 0).first
      return found != nil
    }
    guard let found else { throw Timeout(waitingFor: "pid", screen: try capture()) }
    return found
  }

  /// Sends `signal` to the program in the pane.
  public func kill(_ signal: Int32) throws {
    let pid = try programPID()
    guard Glibc.kill(pid, signal) == 0 else {
      throw CommandFailed(arguments: ["kill", "-\(signal)", "\(pid)"], status: errno, stderr: "kill failed")
    }
  }

  /// Waits for the program to end and reads how it left the terminal.
  public func waitForExit(timeout: Duration = .seconds(10)) throws -> Exit {
    // After `EXIT=` and `stty -a` the pane's shell becomes `sleep`.
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while try display("#{pane_current_command}") != "sleep" {
      if clock.now >= deadline { throw Timeout(waitingFor: "the program to exit", screen: try capture()) }
      usleep(50_000)
    }
    // With the history, in case a crash report pushed the start off the screen.
    let screen = try run(["capture-pane", "-p", "-t", target, "-S", "-200"])
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    let exitLine = lines.last { $0.hasPrefix(marker) } ?? ""
    return Exit(
      status: Int32(exitLine.dropFirst(marker.count)) ?? -1, stty: Self.sttyText(in: screen, after: marker),
      alternateScreen: try display("#{alternate_on}") == "1", cursorVisible: try display("#{cursor_flag}") == "1",
      mouseReporting: try display("#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}") != "000",
      screen: screen)
  }

  // MARK: Helpers

  /// Runs `tmux -L <socket> -f /dev/null arguments…` and returns its standard output.
  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    guard let executable = Self.executable else {
      throw CommandFailed(arguments: arguments, status: -1, stderr: "tmux is not installed")
    }
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    let result = try Self.spawn(executable, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
    guard result.status == 0 else {
      throw CommandFailed(arguments: arguments, status: result.status, stderr: result.stderr)
    }
    return result.stdout
  }

  /// Runs a program and waits for it, without Foundation's `Process`.
  ///
  /// The first tmux command forks the server, which outlives it and keeps every file descriptor
  /// it inherited; `Process` notices the end of a child through such a descriptor, so it would
  /// wait for the server. Here the child gets only standard input, output and error, and a clean
  /// signal mask and default handlers (the test runner's threads block some signals, and tmux would
  /// pass that mask on to the server).
  private static func spawn(
    _ executable: String, _ arguments: [String], environment: [String: String]
  ) throws -> (status: Int32, stdout: String, stderr: String) {
    var output: [Int32] = [-1, -1]
    var errors: [Int32] = [-1, -1]
    guard pipe(&output) == 0, pipe(&errors) == 0 else {
      throw CommandFailed(arguments: arguments, status: errno, stderr: "pipe failed")
    }
    // Other children spawned meanwhile must not keep the write ends open.
    for descriptor in output + errors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
    closeOthers(&actions)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal: Int32 in 1..<32 where signal != SIGKILL && signal != SIGSTOP { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(Int32(POSIX_SPAWN_SETSIGMASK) | Int32(POSIX_SPAWN_SETSIGDEF)))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    close(output[1])
    close(errors[1])
    defer {
      close(output[0])
      close(errors[0])
    }
    guard spawned == 0 else { throw CommandFailed(arguments: arguments, status: spawned, stderr: "posix_spawn failed") }
    let stdout = readAll(output[0])
    let stderr = readAll(errors[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS, which do not import.
    let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (code, stdout, stderr)
  }

  /// Closes every descriptor above 2 in the child: with glibc's `closefrom` action (2.34+, not
  /// imported without `_GNU_SOURCE`), else one by one as listed in `/proc/self/fd`.
  private static func closeOthers(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
      return
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in names.compactMap({ Int32($0) }) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
  }

  private static func readAll(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = read(descriptor, &chunk, chunk.count)
      if count > 0 {
        bytes += chunk[0..<count]
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The text after the last line starting with `marker`.
  private static func sttyText(in screen: String, after marker: String) -> String {
    guard let range = screen.range(of: "\n" + marker, options: .backwards) ?? screen.range(of: marker) else {
      return ""
    }
    let rest = screen[range.upperBound...]
    return String(rest.drop { $0 != "\n" })
  }

  /// The processes whose parent is `parent`, read from `/proc`.
  private static func children(of parent: pid_t) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { pid_t($0) }.filter { pid in
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.range(of: ")", options: .backwards)
      else { return false }
      // After "pid (comm)": state, then the parent pid.
      let fields = stat[close.upperBound...].split(separator: " ")
      return fields.count > 1 && pid_t(fields[1]) == parent
    }
  }

  /// `word` quoted for `sh`.
  private static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
