import FolioModel
@testable import FolioTables
import Testing

/// **A text column's cell starting left of the column** (`FixedWidth.reachesIntoTextColumn`):
/// a column of words set right-aligned, or one of its cells longer than the others, starts
/// left of where most of its cells start; the cell is the column's, not the label's end.
@Suite struct TextColumnLongCellTests {
    static let text = """
    (in millions)                                     Statement of income caption     2025      2024
    Forward exchange contracts
       Designated as cash flow hedges                        Cost of products sold   $  73    $  77
       Designated as net investment hedges                   Interest expense, net     123       112
       Not designated as hedges                      Net foreign exchange loss           6        33
       Designated as fair value hedges                       Interest expense, net      62        98

    """

    @Test func theLongCellIsTheColumnsAndTheLabelStaysWhole() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let labels = Set(t.cells.map(\.rowLabel))
        #expect(labels == ["Designated as cash flow hedges", "Designated as net investment hedges", "Not designated as hedges",
                           "Designated as fair value hedges"])
        #expect(t.cells.contains { $0.rowLabel == "Not designated as hedges" && $0.raw == "Net foreign exchange loss" })
        #expect(t.cells.first { $0.rowLabel == "Not designated as hedges" && $0.value == 6 }?.scale == 1_000_000)
    }

    @Test func onlyACellReachingIntoTheColumnBeforeTheFigures() {
        func tok(_ s: String, at x: Int) -> FixedWidth.Token {
            FixedWidth.Token(start: x, end: x + s.utf8.count, x0: x, x1: x + s.utf8.count, text: s)
        }
        let column = (56, 77)
        #expect(FixedWidth.reachesIntoTextColumn(tok("Net foreign exchange loss", at: 52), column, figuresFrom: 80))
        // A piece of the label ending before the column, a figure, a cell running past the figures' start: not the column's.
        #expect(!FixedWidth.reachesIntoTextColumn(tok("hedges", at: 40), column, figuresFrom: 80))
        #expect(!FixedWidth.reachesIntoTextColumn(tok("1,234,567", at: 50), column, figuresFrom: 80))
        #expect(!FixedWidth.reachesIntoTextColumn(tok("Net foreign exchange loss on hedges", at: 52), column, figuresFrom: 80))
    }
}
