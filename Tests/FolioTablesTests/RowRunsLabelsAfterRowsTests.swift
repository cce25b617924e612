import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: a row's figures printed with no label, its label later in a run of
/// labels (`RowRuns.labelsAfterRows`). Each test on inputs written for it.
@Suite struct RowRunsLabelsAfterRowsTests {
    /// The total's figures come right after the last item's, its label with the next row's.
    @Test func aTotalsLabelPrintedAfterItsFiguresIsPaired() throws {
        let text = """
            SEGMENT COSTS
            (in millions)

            Costs:
            Materials
            120
            130
            Labour
            80
            95
            200
            225
            Freight
            14
            16
            Total costs
            Rent
            9
            11
            See the notes.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Total costs" }.map(\.value) == [200, 225])
        #expect(cells.filter { $0.rowLabel == "Rent" }.map(\.value) == [9, 11])
        #expect(cells.filter { $0.rowLabel == "Materials" }.map(\.value) == [120, 130])
    }

    /// Two rows waiting, three labels: in order, the last label to the figures after them.
    @Test func twoWaitingRowsTakeTheFirstTwoLabels() throws {
        let text = """
            Widgets
            (in thousands)

            Sold
            1,000
            2,000
            Returned
            300
            500
            1,300
            2,500
            40
            60
            Total handled
            Damaged
            Spare parts
            7
            8
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Total handled" }.map(\.value) == [1300, 2500])
        #expect(cells.filter { $0.rowLabel == "Damaged" }.map(\.value) == [40, 60])
        #expect(cells.filter { $0.rowLabel == "Spare parts" }.map(\.value) == [7, 8])
    }

    /// No total tells the pairing (two labels, neither a total that adds up): the chain
    /// ends before the row whose figures came with another row's, as without the rule.
    @Test func labelsNoTotalTellsAreNotPaired() throws {
        let text = """
            Receivables
            (in millions)

            Trade
            120
            130
            Unbilled
            80
            95
            33
            44
            Freight
            14
            16
            Deposits
            Other
            9
            11
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(!cells.contains { $0.rowLabel == "Deposits" || $0.rowLabel == "Other" })
        #expect(!cells.contains { $0.value == 33 })
    }
}
