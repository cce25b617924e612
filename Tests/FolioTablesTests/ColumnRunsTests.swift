import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text (plain `pdftotext`): a statement printed as its run of labels, then one
/// run of figures per column (`ColumnRuns`). Each rule on inputs written for it.
@Suite struct ColumnRunsTests {
    func kind(_ s: String) -> ColumnRuns.Line {
        let text = Array(s.utf8)
        return ColumnRuns.classify(text, Span(start: 0, end: text.count))
    }

    @Test func linesAreToldApart() {
        #expect(kind("") == .blank)
        #expect(kind("$") == .currencySign)
        #expect(kind("1,659") == .figure)
        #expect(kind("(3,835,813)") == .figure)
        #expect(kind("$ 6,015,764") == .figure)
        #expect(kind("96,119 $") == .figure)
        #expect(kind("—") == .figure)
        #expect(kind("2024") == .year)
        #expect(kind("December 31,") == .label)
        #expect(kind("Cash and cash equivalents") == .label)
        #expect(kind("$ 3,125,413 $ 2,147,306") == .other)
        #expect(kind("Revenue      1,234") == .other)
        #expect(kind("Revenue\t1,234") == .other)
    }

    /// Two columns, each under its header pieces; a group row; a wrapped label.
    static let balanceSheet = """
        CONSOLIDATED BALANCE SHEETS
        (in millions)

        Current assets:
        Cash and cash equivalents
        Receivables, net
        Depreciation and amortization of property, equipment and
        intangibles
        Total current assets

        $

        December 31,
        2024

        1,659
        4,903
        (12)
        6,550

        $

        January 28,
        2023

        3,760
        3,328
        —
        7,088

        Other text follows here.
        """

    @Test func aStatementPrintedColumnByColumnBecomesOneGrid() throws {
        let doc = try processed(text: Self.balanceSheet)
        #expect(doc.tables.count == 1)
        let t = try #require(doc.tables.first)
        #expect(t.nRows == 4)
        #expect(t.nCols == 3)
        let cash = t.cells.filter { $0.rowLabel == "Cash and cash equivalents" }
        #expect(cash.map(\.value) == [1659, 3760])
        #expect(cash.first?.rowPath == ["Current assets", "Cash and cash equivalents"])
        #expect(cash.first?.columnPath == ["December 31,", "2024"])
        #expect(cash.last?.columnPath == ["January 28,", "2023"])
        #expect(cash.first?.scale == 1_000_000)
        let wrapped = t.cells.filter { $0.rowLabel == "Depreciation and amortization of property, equipment and intangibles" }
        #expect(wrapped.map(\.value) == [-12, 0])
        #expect(t.cells.filter { $0.rowLabel == "Total current assets" }.map(\.value) == [6550, 7088])
    }

    /// A figure without its row (a run one figure short): left as text, with a diagnostic.
    @Test func countsThatDoNotReconcileAreLeftAsText() throws {
        let text = """
            Revenue
            Cost of revenue
            Gross profit

            2024

            100
            60

            2023

            90
            50
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
        #expect(doc.diagnostics.contains { $0.code == "tables.column_runs_unreconciled" })
    }

    /// Runs are taken while each holds one figure a labelled row; a later run that does not
    /// (a page number, another table's figures) is left out.
    @Test func onlyTheRunsThatFitAreTaken() throws {
        let text = """
            Revenue
            Cost of revenue
            Gross profit

            100
            60
            40

            90
            50
            40

            7
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(t.cells.map(\.value) == [100, 90, 60, 50, 40, 40])
    }

    /// A title and a units caption printed right above the labels are not rows: the label
    /// run starts after the caption.
    @Test func aCaptionAboveTheLabelsIsNoRow() throws {
        let text = """
            ACME INC.
            (In millions)
            Revenue
            Cost of revenue

            100
            60

            90
            50
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.map(\.rowLabel) == ["Revenue", "Revenue", "Cost of revenue", "Cost of revenue"])
        #expect(t.cells.first?.scale == 1_000_000)
    }

    /// The first column's header printed above the labels (under the caption), the second's
    /// before its run: each column gets its own.
    @Test func theFirstColumnsHeaderAboveTheLabels() throws {
        let text = """
            CONSOLIDATED STATEMENTS OF INCOME
            (In millions)
            Years Ended
            November 29,
            2024

            Revenue
            Cost of revenue

            $

            20,521
            386

            December 1,
            2023

            18,284
            460
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let revenue = t.cells.filter { $0.rowLabel == "Revenue" }
        #expect(revenue.map(\.value) == [20521, 18284])
        #expect(revenue.first?.columnPath.suffix(2) == ["November 29,", "2024"])
        #expect(revenue.last?.columnPath.suffix(2) == ["December 1,", "2023"])
        #expect(revenue.first?.scale == 1_000_000)
    }

    /// Years printed one under the other before a run head several columns at once: which
    /// run is whose cannot be told, so nothing is paired.
    @Test func yearsPrintedTogetherHeadNoRun() throws {
        let text = """
            Revenue
            Cost of revenue

            2024
            2023

            100
            60

            90
            50
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
    }

    /// A total that does not add up says labels and figures are out of step (a figure the
    /// converter dropped): the table is left as text.
    @Test func aTotalThatDoesNotAddUpLeavesTheTableAsText() throws {
        let text = """
            Current assets:
            Cash and cash equivalents
            Receivables, net
            Total current assets

            161
            1,831
            2,100

            150
            1,700
            1,850
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
        #expect(doc.diagnostics.contains { $0.code == "tables.column_runs_unreconciled" && $0.message.contains("does not add up") })
    }

    /// One run of figures under a few labels (a chart's axis or legend as a PDF converter
    /// prints it) is not a table.
    @Test func aLoneRunIsNoTable() throws {
        let text = """
            Fatal accident rate
            Fatal accident rate (FAR)
            Number per 100 million hours

            2
            1
            0
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
    }

    /// A paragraph over a page number is no table, and is not even looked at as one.
    @Test func aParagraphOverAPageNumberIsNoRegion() {
        let s = """
            The Company leases office space in several locations
            under agreements that expire at various dates.

            12
            """
        let text = Array(s.utf8)
        #expect(TableRegionFinder.find(in: text, readingOrder: true).isEmpty)
    }

    /// Fixed-width text and Markdown keep their own readers: only runs of one-figure lines
    /// under label lines are column runs.
    @Test func fixedWidthRowsAreNotColumnRuns() {
        let s = """
            Revenue              100      90
            Cost of revenue       60      50
            Gross profit          40      40
            """
        let text = Array(s.utf8)
        #expect(TableRegionFinder.find(in: text, readingOrder: true).map(\.layout) == [.fixedWidth])
    }

    /// A statement printed band by band: the rows of each group (up to a group label) column
    /// by column, then the next group's. Each column gets its figures from every band.
    static let banded = """
        Revenues:
        Product
        Services
        Total revenues
        Costs:
        Product
        Total costs

        2024

        100
        20
        120

        2023

        90
        15
        105

        60
        60

        55
        55
        """

    @Test func bandsOfRunsJoinIntoColumns() throws {
        let doc = try processed(text: Self.banded)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(t.cells.filter { $0.rowLabel == "Services" }.map(\.value) == [20, 15])
        #expect(t.cells.filter { $0.rowLabel == "Total revenues" }.map(\.value) == [120, 105])
        let costs = t.cells.filter { $0.rowLabel == "Product" && $0.rowPath.first == "Costs" }
        #expect(costs.map(\.value) == [60, 55])
        #expect(costs.map { $0.columnPath.last } == ["2024", "2023"])
        #expect(t.cells.filter { $0.rowLabel == "Total costs" }.map(\.value) == [60, 55])
    }

    /// Bands whose counts add up only by chance (a band ending where no group label follows:
    /// a heading without a colon took a row's place) are not paired.
    @Test func bandsMustEndBeforeAGroupLabel() throws {
        let text = """
            Financing Activities
            Repurchases of stock
            Dividends paid

            (100)
            (50)

            (90)
            (40)

            (150)

            (130)
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
        #expect(doc.diagnostics.contains { $0.code == "tables.column_runs_unreconciled" })
    }

    @Test func bandsAreCountedColumnsAtATime() {
        func runs(_ sizes: [Int]) -> [(pieces: [Int], figures: [Int])] { sizes.map { ([], Array(0..<$0)) } }
        func labels(_ names: [String]) -> [ColumnRuns.Label] { names.map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) } }
        let grouped = labels(["A", "B", "C:", "D"])
        #expect(ColumnRuns.bands(runs([2, 2, 1, 1]), labels: grouped)?.bands == [2, 1])
        #expect(ColumnRuns.bands(runs([2, 2, 1, 1]), labels: grouped)?.columns == 2)
        #expect(ColumnRuns.bands(runs([3, 3, 3, 2]), labels: labels(["A", "B", "C"]))?.columns == 3)
        #expect(ColumnRuns.bands(runs([2, 1, 2, 1]), labels: grouped) == nil)
        #expect(ColumnRuns.bands(runs([2, 2, 1, 1]), labels: labels(["A", "B", "C"])) == nil)
    }
}
