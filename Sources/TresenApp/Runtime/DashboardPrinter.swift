import TerminalUI
import TresenCore

/// `tresen dash --print`: the dashboard through the same render path, as plain text.
public enum DashboardPrinter {
  /// The dashboard of `workspace` at `size`, as of its clock, without colour codes.
  /// `progress` hears how far a full replay got when the snapshot cache cannot be used.
  public static func text(
    _ workspace: Workspace, size: Size, progress: ProgressHook? = nil
  ) throws(StorageError)
    -> String
  {
    let overview = try workspace.overview(progress: progress)
    let keyMap = KeyMap(language: workspace.localizer.language)
    var state = AppState(
      context: .init(
        businessName: workspace.settings.businessName, device: workspace.settings.device,
        staff: workspace.settings.staff, localizer: workspace.localizer, calendar: workspace.calendar),
      size: size, now: workspace.clock.now())
    _ = Reducer(keyMap: keyMap).reduce(&state, .dataLoaded(overview))
    var frame = Frame(size: size)
    Screen(keyMap: keyMap).render(state, into: &frame)
    return frame.buffer.plainText()
  }
}
