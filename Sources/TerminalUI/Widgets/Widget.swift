/// Something that draws itself into a rectangle of a ``Buffer``.
///
/// Widgets are values built fresh for every frame from the app's state; they keep no state of their
/// own and never draw outside `area`. Selection, scroll offsets and field contents live in the
/// caller's state (``ListState``, ``TextFieldState``, ``ChoiceFieldState``).
public protocol Widget {
  /// Draws the widget into `area` of `buffer`.
  func render(in area: Rect, buffer: inout Buffer)
}

extension Buffer {
  /// Renders `widget` into `area`; `area` defaults to the whole buffer.
  public mutating func render(_ widget: some Widget, in area: Rect? = nil) {
    widget.render(in: (area ?? self.area).intersection(self.area), buffer: &self)
  }
}
