import FolioModel
@testable import FolioTables
import Testing

/// **Ranges in a column of figures** (fixed-width text: `FixedWidth.isRangeAmongFigures`,
/// `FixedWidth.joinRangesCutAtTheirDash`): a table of inputs printing a range where a figure
/// would be, right-aligned in its column.
@Suite struct RangeAmongFiguresTests {
    static let text = """
                                              2025                        2024
                                     Range        Average        Range        Average
    Discount rate              5.1% - 6.0%           5.5%  4.2% - 5.8%           4.9 %
    Probability of success            100%           100%   88% - 100%           97 %
    Growth rate                       2.0%           2.0%  1.5 -2.5 %            2.0 %

    """

    @Test func aRangeIsACellOfItsColumnNotTheLabelsEnd() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        #expect(Set(t.cells.map(\.col)) == [0, 1, 2, 3])
        let range = try #require(t.cells.first { $0.rowLabel == "Discount rate" && $0.col == 0 })
        #expect(range.bounds?.map(\.value) == [5.1, 6.0])
        #expect(t.cells.first { $0.rowLabel == "Discount rate" && $0.col == 1 }?.value == 5.5)
        // A column printing ranges only is read too.
        #expect(t.cells.first { $0.rowLabel == "Discount rate" && $0.col == 2 }?.bounds?.map(\.value) == [4.2, 5.8])
        #expect(t.cells.first { $0.rowLabel == "Probability of success" && $0.col == 2 }?.bounds?.map(\.value) == [88, 100])
        // The range whose dash is set against its high bound is one cell.
        #expect(t.cells.first { $0.rowLabel == "Growth rate" && $0.col == 2 }?.bounds?.map(\.value) == [1.5, 2.5])
        #expect(t.cells.first { $0.rowLabel == "Growth rate" && $0.col == 3 }?.value == 2.0)
        #expect(!t.cells.contains { $0.rowLabel.contains("%") })
    }

    /// **Rows of ranges** (`FixedWidth.isRangeOfFigures`): a table of a grant's inputs whose
    /// rows all print ranges but the last is a table, every row labelled. Two ranges opening
    /// at a dash on one line (`—%-3.9%  —%-1.1%`) left every line but the last as text.
    static let rangesOnly = """
    The fair value of purchase rights was estimated with the following assumptions:

                                                                                                                                                    Year Ended
                                                                                                                          March 31,                 March 31,                 March 31,
                                                                                                                             2026                      2025                      2024
                                                                                                                                          (Using a lattice model)
    Purchase plan
    Weighted average expected term (in years)                                                                                       0.5-2.0                   0.5-2.0                   0.5-2.0
    Risk-free interest rate                                                                                                       —%-3.9%                   —%-1.1%                  0.1%-0.9%
    Volatility                                                                                                                    38%-61%                   24%-55%                   30%-77%
    Dividend yield                                                                                                                    0.2%                      0.2%                 0.2%-0.4%

    """

    @Test func aTableOfRangesIsATable() throws {
        let t = try #require(try processed(text: Self.rangesOnly).tables.first)
        func cell(_ label: String, _ col: Int) -> Cell? { t.cells.first { $0.rowLabel == label && $0.col == col } }
        #expect(cell("Volatility", 0)?.bounds?.map(\.value) == [38, 61])
        #expect(cell("Volatility", 2)?.bounds?.map(\.value) == [30, 77])
        #expect(cell("Risk-free interest rate", 0)?.bounds?.map(\.value) == [0, 3.9])
        #expect(cell("Risk-free interest rate", 1)?.bounds?.map(\.value) == [0, 1.1])
        #expect(cell("Weighted average expected term (in years)", 1)?.bounds?.map(\.value) == [0.5, 2.0])
        #expect(cell("Dividend yield", 0)?.value == 0.2)
        #expect(Set(t.cells.map(\.rowLabel)) == ["Weighted average expected term (in years)", "Risk-free interest rate", "Volatility", "Dividend yield"])
    }

    @Test func aRangeOfFiguresMakesARowASpanOfYearsDoesNot() {
        #expect(FixedWidth.isRangeOfFigures("43%-72%"))
        #expect(FixedWidth.isRangeOfFigures("—%-4.6%"))
        #expect(FixedWidth.isRangeOfFigures("0.1-2.0"))
        #expect(FixedWidth.isRangeOfFigures("$10 - $20"))
        #expect(!FixedWidth.isRangeOfFigures("2025 - 2034"))
        #expect(!FixedWidth.isRangeOfFigures("Level 2"))
        #expect(!FixedWidth.isRangeOfFigures("4.6%"))
        let tokens = FixedWidth.tokens(Array("Volatility        43%-72%     20%-58%".utf8), Span(start: 0, end: 37))
        #expect(FixedWidth.isRow(tokens))
        let years = FixedWidth.tokens(Array("Maturities        2026 - 2034".utf8), Span(start: 0, end: 29))
        #expect(!FixedWidth.isRow(years))
    }

    @Test func aRangeLeftOfTheFiguresIsNoFigure() {
        func tok(_ s: String, at x: Int) -> FixedWidth.Token {
            FixedWidth.Token(start: x, end: x + s.utf8.count, x0: x, x1: x + s.utf8.count, text: s)
        }
        let cols = [(40, 45), (55, 60)]
        #expect(FixedWidth.isRangeAmongFigures(tok("4.6% - 5.2%", at: 34), cols))
        #expect(FixedWidth.isRangeAmongFigures(tok("89% - 100%", at: 48), cols))
        // A debt table's maturities, left of every column of figures: the label zone's.
        #expect(!FixedWidth.isRangeAmongFigures(tok("2034 - 2044", at: 20), cols))
        #expect(!FixedWidth.isRangeAmongFigures(tok("4.8%", at: 41), cols))
    }
}
