import FolioModel
@testable import FolioTables
import Testing

/// **A column printed a few places off in some rows** (fixed-width text,
/// `FixedWidth.joinedOffsetColumns`): one block of a statement printed with its last column
/// three places right of the other blocks'.
@Suite struct OffsetColumnTests {
    static let text = """
    Statements of Comprehensive Income
                                                        For the Years Ended December 31,
                                                            2025        2024        2023
                                                               (in millions)
    Net income                                           $   512     $   470     $   433
      Translation adjustments                               (40)          22        (61)
        Income tax effect                                      6         (3)           9

      Hedges                                                  15         (8)            (6)
        Income tax effect                                    (2)           1              1

    Other comprehensive income (loss)                       (21)          12        (57)
    Comprehensive income                                 $   491     $   482     $   376

    """

    @Test func theOffsetBlockStaysInItsColumnsAndTheStatementOneTable() throws {
        let doc = try processed(text: Self.text)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 4)   // the labels and three years
        let hedges = try #require(t.cells.first { $0.rowLabel == "Hedges" && $0.col == 2 })
        #expect(hedges.value == -6 && hedges.scale == 1_000_000)
        #expect(hedges.period == .duration(start: CalendarDate(year: 2023, month: 1, day: 1)!, end: CalendarDate(year: 2023, month: 12, day: 31)!))
        let total = try #require(t.cells.first { $0.rowLabel == "Comprehensive income" && $0.col == 2 })
        #expect(total.value == 376 && total.period != nil)
    }

    @Test func columnsThatOneRowPrintsBothOfStayApart() {
        var a = FixedWidth.FigureLine(), b = FixedWidth.FigureLine(), both = FixedWidth.FigureLine()
        a.figures = [(10, 14), (20, 24)]
        b.figures = [(10, 14), (25, 27)]
        both.figures = [(10, 14), (20, 24), (25, 27)]
        let cols = [(10, 14), (20, 24), (25, 27)]
        #expect(FixedWidth.joinedOffsetColumns(cols, [a, b]).count == 2)
        #expect(FixedWidth.joinedOffsetColumns(cols, [a, b, both]).count == 3)
        // A nil figure in both columns keeps them apart too.
        var dash = FixedWidth.FigureLine()
        dash.figures = [(22, 24)]
        dash.dashes = [(26, 27)]
        #expect(FixedWidth.joinedOffsetColumns(cols, [a, b, dash]).count == 3)
        // Columns further apart than `maxOffsetGap` stay apart.
        #expect(FixedWidth.joinedOffsetColumns([(10, 14), (20, 24), (28, 30)], [a, b]).count == 3)
    }
}
