import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: labels printed after their rows paired in the order the totals tell,
/// a run of labels holding a heading and a group label, and a first row carrying the next
/// row's figures (`RowRuns.pairing`, `labelRun`, `firstRowCarriesNext`). Each test on
/// inputs written for it.
@Suite struct RowRunsLabelAwareOrderTests {
    /// The first label of the run takes the figures after it, the waiting rows the labels
    /// after it: only so does the liabilities' total add up.
    @Test func theFirstLabelTakesTheFiguresAfterTheRunWhenTotalsTell() throws {
        let text = """
            STATEMENT OF POSITION
            (in thousands)
            Current assets:
            Cash
            100
            110
            Supplies
            400
            390
            Total current assets
            500
            500
            Equipment
            1,700
            1,800
            2,200
            2,300
            300
            310
            250
            240
            Total current liabilities
            550
            550
            Long-term debt
            Total assets
            Liabilities and equity
            Current liabilities:
            Accounts payable
            Accrued expenses
            900
            950
            Other liabilities
            20
            30
            See the notes.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Total assets" }.map(\.value) == [2200, 2300])
        #expect(cells.filter { $0.rowLabel == "Accounts payable" }.map(\.value) == [300, 310])
        #expect(cells.filter { $0.rowLabel == "Accrued expenses" }.map(\.value) == [250, 240])
        #expect(cells.filter { $0.rowLabel == "Long-term debt" }.map(\.value) == [900, 950])
        #expect(cells.first { $0.rowLabel == "Accounts payable" }?.rowPath.dropLast().last == "Current liabilities")
        #expect(cells.filter { $0.rowLabel == "Other liabilities" }.map(\.value) == [20, 30])
    }

    /// A row repeating its group's label is the group's total: in order, it adds up as the
    /// other order's total does, and the run is paired in order.
    @Test func aRowRepeatingItsGroupCountsAsItsTotal() throws {
        let text = """
            PLANT
            (in thousands)
            2029
            2030
            Gross plant (1):
            Buildings
            100
            120
            Machines
            200
            210
            300
            330
            90
            95
            Gross plant
            Total accumulated depreciation
            Total plant, net
            210
            235
            See the notes.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Gross plant" }.map(\.value) == [300, 330])
        #expect(cells.filter { $0.rowLabel == "Total accumulated depreciation" }.map(\.value) == [90, 95])
        #expect(cells.filter { $0.rowLabel == "Total plant, net" }.map(\.value) == [210, 235])
        #expect(RowRuns.repeatsGroup("Gross plant", ["Gross plant (1):"]))
        #expect(!RowRuns.repeatsGroup("Gross plant, net", ["Gross plant (1):"]))
    }

    /// The first row's figures hold the next row's too: they wait for the label printed
    /// later, paired when the total tells.
    @Test func theFirstRowsExtraFiguresWaitForTheirLabel() throws {
        let text = """
            Current assets
            (in thousands)
            2029
            2030
            Current assets:
            Cash
            60
            75
            40
            45
            Supplies
            9
            8
            Prepaid rent
            5
            6
            Receivables
            Total current assets
            114
            134
            See the notes.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Cash" }.map(\.value) == [60, 75])
        #expect(cells.filter { $0.rowLabel == "Receivables" }.map(\.value) == [40, 45])
        #expect(cells.filter { $0.rowLabel == "Total current assets" }.map(\.value) == [114, 134])
    }

    /// No total tells: the first row's extra figures are not paired, as without the rule.
    @Test func theFirstRowsExtraFiguresUnpairedWhenNoTotalTells() throws {
        let text = """
            Current assets
            (in thousands)
            2029
            2030
            Current assets:
            Cash
            60
            75
            40
            45
            Supplies
            9
            8
            Prepaid rent
            5
            6
            Receivables
            Deposits
            17
            18
            See the notes.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(!cells.contains { $0.rowLabel == "Receivables" || $0.value == 40 })
    }
}
