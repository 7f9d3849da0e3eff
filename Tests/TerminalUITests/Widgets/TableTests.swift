import Testing

@testable import TerminalUI

@Suite struct TableTests {
  let columns = [
    TableColumn("Zeit", width: .length(5)),
    TableColumn("Kunde", width: .fill),
    TableColumn("Betrag", width: .length(8), alignment: .right),
  ]
  let rows = [
    ["09:12", "Schäfer", "45,00 €"],
    ["09:40", "Weiß-Oberndorfer", "3,20 €"],
    ["10:05", "山田", "120,00 €"],
  ]

  @Test func headerColumnsAlignmentAndTruncation() {
    var buffer = Buffer(width: 26, height: 4)
    buffer.render(
      Table(columns: columns, count: rows.count, state: ListState(selected: 1)) { TableRow(texts: rows[$0]) })
    #expect(
      buffer.plainText() == """
        Zeit  Kunde         Betrag
        09:12 Schäfer      45,00 €
        09:40 Weiß-Obern…   3,20 €
        10:05 山田        120,00 €
        """)
    #expect(buffer.roleText() == "header×26\ntext×26\nselected×26\ntext×26")
    #expect(buffer[0, 0].style.attributes.contains(.bold))
  }

  @Test func rowClosureIsCalledOnlyForVisibleRowsOfAHugeTable() {
    var calls = 0
    var buffer = Buffer(width: 40, height: 11)
    let table = Table(columns: columns, count: 100_000, state: ListState(selected: 99_999)) { index in
      calls += 1
      return TableRow(texts: ["\(index)", "x", "1"])
    }
    buffer.render(table)
    #expect(calls == 10)
    #expect(table.visibleRange(in: buffer.area) == 99_990..<100_000)
    #expect(table.cursorPosition(in: buffer.area) == Point(x: 0, y: 10))
  }

  @Test func rowStyleAndMarker() {
    var buffer = Buffer(width: 20, height: 3)
    let table = Table(
      columns: [TableColumn("A", width: .fill)], count: 2, state: ListState(selected: 0), showsHeader: false,
      highlightSymbol: "> "
    ) { index in
      TableRow(texts: ["row \(index)"], style: index == 1 ? Style(role: "severity_urgent") : .plain)
    }
    buffer.render(table)
    #expect(buffer.plainText() == "> row 0\n  row 1\n")
    #expect(buffer.roleText() == "selected×20\nseverity_urgent×20\n-×20")
  }
}
