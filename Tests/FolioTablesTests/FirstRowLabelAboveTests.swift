import FolioModel
@testable import FolioTables
import Testing

/// **The first row's label printed whole above its figures** (fixed-width text:
/// `FixedWidth.labelsFirstRow`, `TableBuilder.labelsFiguresBelow`): a narrow label column
/// whose first label the converter set on a line of its own, the figures on the next line.
@Suite struct FirstRowLabelAboveTests {
    static let text = """
                          Balance at       Additions      Balance at
                         Dec 31, 2024                    Dec 31, 2025
    (in millions)
    Foreign tax credit carryforward 1
                       $       333      $        12     $       345
    Net operating losses        82               23             105
    Total              $       415      $        35     $       450

    """

    @Test func theLineAboveLabelsTheFirstRow() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let first = try #require(t.cells.first { $0.value == 333 })
        #expect(first.rowLabel == "Foreign tax credit carryforward 1")
        #expect(t.cells.first { $0.value == 345 }?.rowLabel == "Foreign tax credit carryforward 1")
        #expect(t.cells.first { $0.value == 82 }?.rowLabel == "Net operating losses")
        // The label is no column heading.
        #expect(!t.cells.contains { $0.columnPath.contains { $0.contains("carryforward") } })
    }

    @Test func aHeadingFormStaysAHeading() {
        func toks(_ s: String) -> [FixedWidth.Token] {
            let b = Array(s.utf8)
            return FixedWidth.tokens(b, Span(start: 0, end: b.count))
        }
        let figures = toks("                   $ 333      $ 12")
        #expect(FixedWidth.labelsFirstRow(toks("Foreign tax credit carryforward 1"), over: figures, labelLimit: 19))
        // A heading ending in a colon, a line of figures, a cell over the figures: no label.
        #expect(!FixedWidth.labelsFirstRow(toks("Deferred tax assets:"), over: figures, labelLimit: 19))
        #expect(!FixedWidth.labelsFirstRow(toks("2024"), over: figures, labelLimit: 19))
        #expect(!FixedWidth.labelsFirstRow(toks("                         Balance at"), over: figures, labelLimit: 19))
        // The line below prints a label of its own: `opensFirstRow`'s case, not this one.
        #expect(!FixedWidth.labelsFirstRow(toks("Foreign tax credit"), over: toks("carryforward      333      12"), labelLimit: 19))
        // Under a heading form, the unlabelled row is the heading's subtotal.
        let row = GridRow(cells: [nil, GridCell(text: "333", span: Span(start: 0, end: 3))], span: Span(start: 0, end: 3), blankBefore: false)
        #expect(TableBuilder.labelsFiguresBelow("Foreign tax credit carryforward 1", row, firstRow: true))
        #expect(!TableBuilder.labelsFiguresBelow("Foreign tax credit carryforward 1", row, firstRow: false))
        #expect(!TableBuilder.labelsFiguresBelow("INVESTING ACTIVITIES", row, firstRow: true))
    }
}
