import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: bands of rows whose runs fit more than one order, read in the order
/// the converter prints them, band by band or column by column (`ColumnRuns.inPrintOrder`).
@Suite struct ColumnRunsPrintOrderTests {
    /// A statement of comprehensive income, three columns: a one-row band (`Net income`), a
    /// one-row band (the row before a wrapped label) and a band of five rows, printed band by
    /// band. The two one-row bands fit several orders of their runs, and no row is a total
    /// whose sum could tell them apart.
    static let comprehensiveIncome = """
        (in millions)
        Fiscal Year Ended January 31,
        2031
        Net income
        Other comprehensive income (loss), net of reclassification adjustments:
        Foreign currency translation and other losses
        Unrealized gains (losses) on marketable securities and privately held debt
        securities
        Other comprehensive income (loss), before tax
        Tax effect
        Other comprehensive income (loss), net
        Comprehensive income

        $

        $

        2030

        500

        $

        2029

        400

        $

        300

        (10)

        (20)

        (30)

        5
        (5)
        (1)
        (6)
        494

        8
        (12)
        3
        (9)
        391

        (4)
        (34)
        2
        (32)
        268
        """

    @Test func bandsPrintedBandByBandAreRead() throws {
        let doc = try processed(text: Self.comprehensiveIncome)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 4)
        #expect(t.cells.filter { $0.rowLabel == "Net income" }.map(\.value) == [500, 400, 300])
        #expect(t.cells.filter { $0.rowLabel == "Foreign currency translation and other losses" }.map(\.value) == [-10, -20, -30])
        #expect(t.cells.filter { $0.rowLabel == "Comprehensive income" }.map(\.value) == [494, 391, 268])
        #expect(t.cells.filter { $0.rowLabel == "Comprehensive income" }.map { $0.columnPath.last } == ["2031", "2030", "2029"])
    }

    /// The orders of the runs that fit, as `slots` weighs them.
    func runs(_ sizes: [Int], headed: Set<Int> = []) -> [(pieces: [Int], figures: [Int])] {
        sizes.indices.map { (headed.contains($0) ? [0] : [], Array(0..<sizes[$0])) }
    }

    func labels(_ names: [String]) -> [ColumnRuns.Label] { names.map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) } }

    @Test func theOrderPrintedIsTakenOnlyWhenTheCountsTellIt() {
        let none = { (_: ColumnRuns.Slots) in 0 }
        // Bands of 1, 1 and 3 rows, three columns, printed band by band: several orders fit,
        // one of them band by band.
        let three = labels(["A", "B:", "Total C", "D", "E", "F"])
        let byBands = ColumnRuns.slots(runs([1, 1, 1, 1, 1, 1, 3, 3, 3], headed: [0, 1]), labels: three, totals: none)
        #expect(byBands?.runsOfColumn == [[0, 3, 6], [1, 4, 7], [2, 5, 8]])
        // Bands all of one length fit both orders: which one was printed cannot be told.
        let even = labels(["A:", "B", "C", "D:", "E", "F"])
        #expect(ColumnRuns.slots(runs([2, 2, 2, 2, 2, 2]), labels: even, totals: none) == nil)
        // Without the totals' weighing (a row printed apart), an order is taken only when it
        // is the only one.
        #expect(ColumnRuns.slots(runs([1, 1, 1, 1, 1, 1, 3, 3, 3], headed: [0, 1]), labels: three) == nil)
        // Runs left out (the next table's figures): no order is taken by print order.
        #expect(ColumnRuns.slots(runs([1, 1, 1, 1, 1, 1, 3, 3, 3, 2], headed: [0, 1]), labels: three, totals: none) == nil)
    }
}
