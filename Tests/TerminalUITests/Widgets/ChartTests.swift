import Testing

@testable import TerminalUI

@Suite struct SparklineTests {
  @Test func valuesBecomeBlocksAndNilBecomesAGap() {
    var buffer = Buffer(width: 10, height: 1)
    buffer.render(Sparkline([0, 1, 2, 3, nil, 4, 5, 6, 7]))
    #expect(buffer.plainText() == "▁▂▃▄ ▅▆▇█")
    #expect(buffer.roleText() == "chart×4 -×1 chart×4 -×1")
  }

  @Test func fixedMinimumAndMaximumScaleAndClamp() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.render(Sparkline([1, 3, 5, 9, -2, nil], minimum: 1, maximum: 5))
    #expect(buffer.plainText() == "▁▅██▁")
  }

  @Test func onlyTheNewestValuesFitAndTallSparklinesStack() {
    var buffer = Buffer(width: 3, height: 2)
    buffer.render(Sparkline([100, 0, 8, 16], minimum: 1, maximum: 16))
    #expect(buffer.plainText() == "  █\n▁██")
  }

  @Test func constantSeriesIsHalfHigh() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.render(Sparkline([4.2, 4.2]))
    #expect(buffer.plainText() == "▄▄")
  }
}

@Suite struct BarChartTests {
  @Test func horizontalBarsWithLabelsAndValues() {
    var buffer = Buffer(width: 24, height: 3)
    let chart = BarChart([
      .init("Recovery", value: 12),
      .init("Goodwill", value: 4),
      .init("Staff", value: 0),
    ])
    buffer.render(chart)
    #expect(
      buffer.plainText() == """
        Recovery ████████████ 12
        Goodwill ████          4
        Staff                  0
        """)
  }

  @Test func partialBlocksAndLongLabels() {
    var buffer = Buffer(width: 15, height: 2)
    buffer.render(BarChart([.init("Rückgaben", value: 5, valueText: "5"), .init("x", value: 1.3)], maximum: 8))
    #expect(
      buffer.plainText() == """
        Rück… ████▍   5
        x     █▏      1
        """)
  }
}
