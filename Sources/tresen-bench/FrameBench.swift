import TerminalUI
import TresenApp
import TresenCore

/// One dashboard frame at 200×60 with 100,000 open complaints, rendered in memory.
struct FrameBench {
  static let complaintCount = 100_000
  static let size = Size(width: 200, height: 60)
  /// Renders timed; the figure is their median.
  static let renders = 50

  /// The state the app would show after loading `path`, and how long building it took
  /// (load and ledger excluded).
  static func state(loading path: String) throws -> (state: AppState, complaints: Int, seconds: Double) {
    let log = try LogReader(directory: DataDirectory(root: path)).load()
    let ledger = Ledger(log.events)
    let localizer = Localizer(.en)
    let calendar = BusinessCalendar()
    var state = AppState(
      context: .init(businessName: "Tresen", device: "bench", staff: nil, localizer: localizer, calendar: calendar),
      size: size, now: SystemClock().now())
    let keyMap = KeyMap(language: .en)
    let seconds = Stopwatch.time {
      _ = Reducer(keyMap: keyMap).reduce(&state, .dataLoaded(Overview(ledger: ledger, calendar: calendar)))
    }
    state.focus = .complaints
    return (state, state.dashboard.complaints.count, seconds)
  }

  /// Render times in seconds, wall clock and this thread's CPU time, one per render, each into a
  /// fresh frame made before the clocks start.
  static func renderTimes(_ state: AppState) -> [(wall: Double, cpu: Double)] {
    let screen = Screen(keyMap: KeyMap(language: .en))
    var times: [(wall: Double, cpu: Double)] = []
    // One untimed render first: lazily built tables and caches are not what a frame costs.
    var warm = Frame(size: size)
    screen.render(state, into: &warm)
    for _ in 0..<renders {
      var frame = Frame(size: size)
      let cpuStart = Stopwatch.cpuNow()
      let wall = Stopwatch.time { screen.render(state, into: &frame) }
      times.append((wall, Stopwatch.cpuNow() - cpuStart))
    }
    return times
  }
}
