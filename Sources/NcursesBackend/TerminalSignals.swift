import CNcursesShim
import Glibc
import Synchronization

/// The signal number of the first termination request (INT, TERM, HUP), 0 while none arrived.
///
/// An `Atomic` is lock-free, so the handler may store to it; it is touched once in
/// ``TerminalSignals/install()`` so that its lazy initialisation never runs inside a handler.
private let receivedTermination = Atomic<Int32>(0)

/// Whether curses owns the screen, so that exactly one of restore, `atexit` and the crash handler
/// calls `endwin`.
private let cursesActive = Atomic<Bool>(false)

/// Whether the `atexit` hook has been registered (it can never be removed, so it is added once).
private let exitHookRegistered = Atomic<Bool>(false)

/// The actions that were in place before ours, indexed by signal number.
///
/// `nonisolated(unsafe)` because a signal handler must read it without locks: the buffer is
/// allocated once, written only by ``TerminalSignals/install()`` before the handlers go in and by
/// ``TerminalSignals/uninstall()`` after they are gone, and only read in between.
private nonisolated(unsafe) let previousActions: UnsafeMutablePointer<sigaction> = {
  let buffer = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
  buffer.initialize(repeating: sigaction(), count: Int(NSIG))
  return buffer
}()

/// Signals that ask us to finish: they only set a flag the input loop reads.
private let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

/// Signals that mean a crash (Swift traps raise SIGILL on x86_64, SIGTRAP on arm64).
private let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGABRT, SIGFPE]

/// Records the request; everything else happens in the input loop.
private func handleTermination(_ signal: Int32) {
  _ = receivedTermination.compareExchange(expected: 0, desired: signal, ordering: .relaxed)
}

/// Gives the terminal back, then lets the previous action (the default, or Swift's backtracer)
/// handle the signal, so the exit status and any core dump or backtrace are kept.
private func handleCrash(_ signal: Int32) {
  TerminalSignals.restoreScreen()
  if sigaction(signal, previousActions + Int(signal), nil) != 0 {
    _ = Glibc.signal(signal, SIG_DFL)
  }
  _ = raise(signal)
  // Still alive: the previous handler returned. Swift's backtracer does after its report, which
  // for a signal sent by `kill` or `raise` (not a fault that recurs) would let the app run on.
  _ = Glibc.signal(signal, SIG_DFL)
  _ = raise(signal)
}

/// Restores the screen when the program exits without calling ``NcursesTerminal/restore()``.
private func restoreAtExit() {
  TerminalSignals.restoreScreen()
}

/// The process-wide signal setup of ``NcursesTerminal``: flags for termination requests and a
/// terminal restore for crashes. SIGWINCH is left to ncurses, which turns it into `KEY_RESIZE`.
enum TerminalSignals {
  /// The signal that asked us to quit, or nil.
  static var terminationSignal: Int32? {
    let signal = receivedTermination.load(ordering: .relaxed)
    return signal == 0 ? nil : signal
  }

  /// Whether curses currently owns the screen.
  static var isCursesActive: Bool { cursesActive.load(ordering: .sequentiallyConsistent) }

  /// Notes that curses owns the screen from now on.
  static func markCursesActive() {
    cursesActive.store(true, ordering: .sequentiallyConsistent)
  }

  /// Turns the mouse off and ends curses mode, once, whoever calls first.
  static func restoreScreen() {
    guard cursesActive.exchange(false, ordering: .sequentiallyConsistent) else { return }
    _ = mousemask(0, nil)
    _ = endwin()
  }

  /// Installs the handlers; must run before `newterm`, or ncurses installs its own for INT and
  /// TERM, which call `endwin` and `_exit(1)` and lose unsaved work.
  static func install() {
    _ = receivedTermination.load(ordering: .relaxed)
    _ = cursesActive.load(ordering: .relaxed)
    _ = previousActions
    for signal in terminationSignals {
      // No SA_RESTART: a blocking read must return so the loop can look at the flag.
      setAction(handleTermination, flags: 0, for: signal)
    }
    for signal in crashSignals {
      // SA_NODEFER: the re-raise inside the handler must be delivered at once.
      setAction(handleCrash, flags: SA_NODEFER, for: signal)
    }
    if !exitHookRegistered.exchange(true, ordering: .sequentiallyConsistent) {
      _ = atexit(restoreAtExit)
    }
  }

  /// Puts back the actions that were in place before ``install()``.
  static func uninstall() {
    for signal in terminationSignals + crashSignals {
      _ = sigaction(signal, previousActions + Int(signal), nil)
    }
  }

  private static func setAction(
    _ handler: @convention(c) (Int32) -> Void, flags: Int32, for signal: Int32
  ) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    action.sa_flags = flags
    _ = sigemptyset(&action.sa_mask)
    _ = sigaction(signal, &action, previousActions + Int(signal))
  }
}
