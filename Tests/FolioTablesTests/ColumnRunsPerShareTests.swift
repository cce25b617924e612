import FolioModel
@testable import FolioTables
import Testing

/// Reading-order income statements whose per-share rows are printed apart from the rows
/// above, in bands of their own (#17): their order told by net income over the share counts
/// (`ColumnRuns.perShareRowsByNetIncome`), their labels after net income's sign
/// (`ColumnRuns.perShareLabelsGoOn`). Each on inputs written for it (a made-up company).
@Suite struct ColumnRunsPerShareTests {
    /// Two columns; the per-share labels printed after net income's `$`, a share count over
    /// each amount; each column's basic pair a run, then each column's diluted pair.
    static let pairsInBands = """
        CONSOLIDATED STATEMENTS OF EARNINGS
        (in millions, except per share data)
        Fiscal
        2030

        Net sales
        Cost of sales
        Gross profit
        Operating expenses:
        Selling, general and administrative
        Depreciation and amortization
        Total operating expenses
        Operating income
        Other (income) expense:
        Interest expense
        Other expense, net
        Earnings before income taxes
        Provision for income taxes
        Net earnings

        $

        Basic weighted average common shares
        Basic earnings per share
        Diluted weighted average common shares
        Diluted earnings per share

        1,000
        600
        400

        Fiscal
        2029

        $

        900
        560
        340

        200
        50
        250
        150

        180
        40
        220
        120

        $

        10
        5
        135
        35
        100 $

        8
        4
        108
        28
        80

        $

        50
        2.00

        $

        32
        2.50

        $

        52
        1.92

        $

        33
        2.42
        """

    @Test func perSharePairsInBandsAreReadByNetIncome() throws {
        let doc = try processed(text: Self.pairsInBands)
        let t = try #require(doc.tables.first)
        func values(_ label: String) -> [Double?] { t.cells.filter { $0.rowLabel == label }.map(\.value) }
        #expect(values("Net earnings") == [100, 80])
        #expect(values("Basic weighted average common shares") == [50, 32])
        #expect(values("Basic earnings per share") == [2.00, 2.50])
        #expect(values("Diluted weighted average common shares") == [52, 33])
        #expect(values("Diluted earnings per share") == [1.92, 2.42])
    }

    /// Two columns under their years; the per-share rows in the label run, printed row by
    /// row after the columns' runs, one figure a run.
    static func rowByRow(firstAmount: String) -> String {
        """
        STATEMENTS OF OPERATIONS
        (in thousands, except per share data)

        Revenue
        Cost of revenue
        Gross profit
        Operating expenses:
        Research and development
        Sales and marketing
        Total operating expenses
        Loss from operations
        Other income, net
        Loss before income taxes
        Income tax expense
        Net loss
        Net loss per share, basic and diluted
        Weighted average shares used in computing net loss per share, basic and diluted

        2030

        $
        50,000
        20,000
        30,000
        25,000
        14,000
        39,000
        (9,000)
        500
        (8,500)
        1,500
        (10,000)

        2029

        $
        40,000
        16,000
        24,000
        20,000
        10,000
        30,000
        (6,000)
        300
        (5,700)
        1,500
        (7,200)

        $
        \(firstAmount)

        $
        (0.40)

        20,000

        18,000
        """
    }

    @Test func perShareRowsPrintedRowByRowAreReadByNetIncome() throws {
        let doc = try processed(text: Self.rowByRow(firstAmount: "(0.50)"))
        let t = try #require(doc.tables.first)
        func values(_ label: String) -> [Double?] { t.cells.filter { $0.rowLabel == label }.map(\.value) }
        #expect(values("Net loss") == [-10_000, -7_200])
        #expect(values("Net loss per share, basic and diluted") == [-0.50, -0.40])
        #expect(values("Weighted average shares used in computing net loss per share, basic and diluted") == [20_000, 18_000])
    }

    /// An amount that is not net income over its share count: no order is told, the
    /// per-share rows stay text and the rows above are read alone.
    @Test func perShareRowsThatDoNotDivideStayText() throws {
        let doc = try processed(text: Self.rowByRow(firstAmount: "(0.45)"))
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net loss" }.map(\.value) == [-10_000, -7_200])
        #expect(!t.cells.contains { $0.rowLabel.hasPrefix("Net loss per share") })
        #expect(!t.cells.contains { $0.rowLabel.hasPrefix("Weighted average shares") })
    }

    @Test func splitsAndChecks() {
        #expect(ColumnRuns.splits(3) == [[1, 1, 1], [1, 2], [2, 1], [3]])
        func label(_ s: String) -> ColumnRuns.Label { ColumnRuns.Label(text: s, span: Span(start: 0, end: 0)) }
        let rows = ["Basic weighted average shares", "Basic earnings per share",
                    "Diluted weighted average shares", "Diluted earnings per share"].map(label)
        let checks = ColumnRuns.perShareChecks(rows)?.map { [$0.amount, $0.shares] }
        #expect(checks == [[1, 0], [3, 2]])
        // A rate with no share count to check it: no reading.
        #expect(ColumnRuns.perShareChecks([label("Basic earnings per share"), label("Dividends declared per share"),
                                           label("Basic weighted average shares")]) == nil)
        // 1,600 / 100 = 16.00; 1,600 / 101 = 15.84 within the rounding of the count.
        #expect(ColumnRuns.perShareHolds(netIncome: (1_600, 0.5), shares: (101, 0.5), amount: (15.84, 0.005)))
        #expect(!ColumnRuns.perShareHolds(netIncome: (1_600, 0.5), shares: (101, 0.5), amount: (16.00, 0.005)))
    }
}
