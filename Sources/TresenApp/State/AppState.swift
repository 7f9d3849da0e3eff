import TerminalUI
import TresenCore

/// Everything the screen shows. The view is a pure function of it; only the reducer changes it.
public struct AppState: Sendable {
  /// What the app knows about where it runs.
  public struct Context: Sendable {
    public var businessName: String
    public var device: String
    public var staff: String?
    public var localizer: Localizer
    public var calendar: BusinessCalendar

    public init(
      businessName: String, device: String, staff: String?, localizer: Localizer, calendar: BusinessCalendar
    ) {
      self.businessName = businessName
      self.device = device
      self.staff = staff
      self.localizer = localizer
      self.calendar = calendar
    }
  }

  /// What has the keyboard: the dashboard, or something over it.
  public enum Mode: Sendable, Equatable {
    case dashboard
    case form(FormState)
    /// Esc on a form with typed input asks first.
    case confirmDiscard(FormState)
    case help(filter: String)
    case detail(EventID, scroll: Int)
    /// `t`: choosing a theme, previewed live on the dashboard.
    case themePicker(ThemePicker)
    /// `g`: the goodwill ledger grouped by day, week or month.
    case goodwill(Period.Kind)
    /// `m` or `d`: a report read in the app, scrolled by `scroll` lines.
    case report(ReportKind, scroll: Int)

    /// Whether the mode shows figures over the whole history (`AppState.ledger`).
    var needsHistory: Bool {
      switch self {
      case .goodwill, .report: true
      default: false
      }
    }
  }

  /// A message in the status line.
  public struct Status: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case info, warning, error }
    public var text: String
    public var kind: Kind
  }

  public var context: Context
  public var size: Size
  public var now: Timestamp
  /// How far a running full replay got (0–1), shown in the status line until the data arrives.
  public var replayProgress: Double?
  /// The dashboard's view of the history (recent events in full, the past folded).
  public var overview: Overview?
  /// The whole history, read only for the goodwill, touchpoint and day-close views.
  public var ledger: Ledger?
  /// Counts the reads of `ledger`, so what was computed from an older one is recomputed.
  public var historyVersion = 0
  /// The lines of the report view shown (`m`, `d`), computed once (see `Reducer`).
  public var reportLines: ReportLines?

  /// A report's lines and what they were computed for.
  public struct ReportLines: Sendable, Equatable {
    public struct Key: Sendable, Equatable {
      var kind: ReportKind
      var day: LocalDate
      var history: Int
    }
    var key: Key
    public var lines: [String]
  }
  public var dashboard: Dashboard
  public var focus: Pane = .today
  public var todayList = ListState()
  public var complaintList = ListState()
  public var mode: Mode = .dashboard
  public var status: Status?
  /// When the last record was saved in this session.
  public var lastSaved: Timestamp?
  /// Whether the last attempt to save failed.
  public var saveFailed = false
  /// Records made in this session, newest last: what `u` undoes.
  public var sessionRecords: [Event] = []
  /// Problems the reader found in the data (see `tresen check`).
  public var problems = 0
  /// False once the user quit.
  public var isRunning = true
  /// The colours the screen is drawn with.
  public var theme: Theme = .builtIn
  /// The satisfaction trend's pooling window in days (7 or 28).
  public var trendWindow = 7

  public init(context: Context, size: Size, now: Timestamp) {
    self.context = context
    self.size = size
    self.now = now
    dashboard = Dashboard(day: context.calendar.day(of: now))
  }

  /// The smallest terminal that shows all three panes (DESIGN.md §5).
  public static let minimumSize = Size(width: 80, height: 24)

  /// Whether the terminal is large enough for the dashboard.
  public var fits: Bool { size.width >= AppState.minimumSize.width && size.height >= AppState.minimumSize.height }

  /// The complaint selected in the complaints pane.
  public var selectedComplaint: Complaint? {
    guard let index = complaintList.selected, dashboard.complaints.indices.contains(index) else { return nil }
    return dashboard.complaints[index]
  }
}
