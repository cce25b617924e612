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
        try expectLeftAsText(text)
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

    /// Years printed one under the other before a later run head several columns at once:
    /// which run is whose cannot be told, so nothing is paired.
    @Test func yearsPrintedTogetherBeforeALaterRunHeadNoRun() throws {
        let text = """
            Revenue
            Cost of revenue

            100
            60

            2024
            2023

            90
            50
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
    }

    /// **Years printed together before the runs** (`yearsBeforeTheRuns`): the header's years
    /// left to right, before the first column's run, head the columns in print order.
    @Test func yearsPrintedTogetherBeforeTheRunsHeadTheColumnsInOrder() throws {
        let text = """
            Deferred tax assets:
            Accruals and reserves
            Net operating losses
            Total deferred tax assets

            2024
            $
            2023

            215
            1,253
            1,468

            519
            1,113
            1,632
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let total = t.cells.filter { $0.rowLabel == "Total deferred tax assets" }
        #expect(total.map(\.value) == [1468, 1632])
        #expect(total.map { $0.columnPath.last } == ["2024", "2023"])
        #expect(t.cells.filter { $0.rowLabel == "Accruals and reserves" }.map(\.value) == [215, 519])
    }

    /// Years printed together before the runs under the words over both columns, printed
    /// once (`yearsBeforeTheRuns`): each column takes the words (a header cell spans the
    /// columns with none of their own) and its own year.
    @Test func yearsPrintedTogetherUnderSharedPiecesHeadEachColumn() throws {
        let text = """
            Product revenue
            Service revenue
            Total revenue

            Three Months Ended
            June 30,
            2025
            2024

            120
            30
            150

            100
            25
            125
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let total = t.cells.filter { $0.rowLabel == "Total revenue" }
        #expect(total.map(\.value) == [150, 125])
        #expect(total.map(\.columnPath) == [["Three Months Ended", "June 30,", "2025"], ["Three Months Ended", "June 30,", "2024"]])
    }

    /// Years printed together before the runs that are not one a column (two years, three
    /// columns) head none: the figures are paired, their periods left open.
    @Test func yearsPrintedTogetherNotOneAColumnHeadNone() throws {
        let text = """
            Accruals and reserves
            Net operating losses
            Total deferred tax assets

            2024
            2023

            215
            1,253
            1,468

            519
            1,113
            1,632

            400
            600
            1,000
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let total = t.cells.filter { $0.rowLabel == "Total deferred tax assets" }
        #expect(total.map(\.value) == [1468, 1632, 1000])
        #expect(total.allSatisfy { $0.columnPath.isEmpty })
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
        try expectLeftAsText(text)
    }

    /// Runs by counts: each run fills the (band, column) slot its length allows, in any order
    /// that takes a band's columns left to right.
    @Test func slotsAreAssignedByCounts() {
        func runs(_ sizes: [Int], headed: Set<Int> = []) -> [(pieces: [Int], figures: [Int])] {
            sizes.indices.map { (headed.contains($0) ? [0] : [], Array(0..<sizes[$0])) }
        }
        func labels(_ names: [String]) -> [ColumnRuns.Label] { names.map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) } }
        let grouped = labels(["A", "B", "C:", "D"])
        // Column order (A1 A2 B1 B2) and interleaved (A1 B1 A2 B2).
        #expect(ColumnRuns.slots(runs([2, 2, 1, 1]), labels: grouped)?.runsOfColumn == [[0, 2], [1, 3]])
        #expect(ColumnRuns.slots(runs([2, 1, 2, 1]), labels: grouped)?.runsOfColumn == [[0, 1], [2, 3]])
        #expect(ColumnRuns.slots(runs([2, 1, 2, 1]), labels: grouped)?.bands == [2, 1])
        // Three columns, the second band's first column printed before the first band's third.
        let taxes = labels(["Current:", "F", "S", "Total current", "Deferred:", "F", "S", "Total deferred", "Provision"])
        let shuffled = ColumnRuns.slots(runs([3, 4, 3, 3, 4, 4]), labels: taxes)
        #expect(shuffled?.runsOfColumn == [[0, 1], [2, 4], [3, 5]])
        #expect(shuffled?.headRun == [0, 2, 3])
        // A later run left out when the runs before it reconcile alone.
        #expect(ColumnRuns.slots(runs([3, 3, 3, 2]), labels: labels(["A", "B", "C"]))?.columns == 3)
        // No band may end after a row that is no total and before no group label.
        #expect(ColumnRuns.slots(runs([2, 2, 1, 1]), labels: labels(["A", "B", "C"])) == nil)
        // Two bands of one length fit two orders: ambiguous. A header piece before a run makes
        // it a column's first.
        let even = labels(["A:", "B", "C", "D:", "E", "F"])
        #expect(ColumnRuns.slots(runs([2, 2, 2, 2]), labels: even) == nil)
        #expect(ColumnRuns.slots(runs([2, 2, 2, 2], headed: [0, 1]), labels: even)?.runsOfColumn == [[0, 2], [1, 3]])
        #expect(ColumnRuns.slots(runs([2, 2, 2, 2], headed: [0, 2]), labels: even)?.runsOfColumn == [[0, 1], [2, 3]])
        // A run cut in two by a `$` line is joined only when nothing fits without: never across
        // a header, never where nothing but a blank line cut them.
        let cut = [false, false, true]
        #expect(ColumnRuns.slots(runs([3, 2, 1]), labels: labels(["A", "B", "C"]), joinable: cut)?.runsOfColumn == [[0], [1, 2]])
        #expect(ColumnRuns.slots(runs([3, 2, 1], headed: [2]), labels: labels(["A", "B", "C"]), joinable: cut) == nil)
        #expect(ColumnRuns.slots(runs([3, 2, 1]), labels: labels(["A", "B", "C"])) == nil)
    }

    /// A statement whose bands are printed interleaved: the first band of each column, then
    /// the second band of each (A1 B1 A2 B2 here reads as A1 A2 B1 B2 would not fit: the
    /// header pieces start the columns).
    @Test func bandsPrintedInterleavedJoinIntoColumns() throws {
        let text = """
            Current:
            Federal
            State
            Total current
            Deferred:
            Federal
            Total deferred

            2024

            100
            20
            120

            (5)
            (5)

            2023

            90
            15
            105

            7
            7
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(t.cells.filter { $0.rowLabel == "State" }.map(\.value) == [20, 15])
        let deferred = t.cells.filter { $0.rowLabel == "Federal" && $0.rowPath.first == "Deferred" }
        #expect(deferred.map(\.value) == [-5, 7])
        #expect(deferred.map { $0.columnPath.last } == ["2024", "2023"])
    }

    /// Two bands of the same rows printed without header pieces: A1 A2 B1 B2 and A1 B1 A2 B2
    /// both fit, so the region is left as text.
    @Test func bandsThatFitTwoOrdersAreLeftAsText() throws {
        let text = """
            Assets:
            Cash
            Total assets
            Liabilities:
            Debt
            Total liabilities

            10
            10

            20
            20

            30
            30

            40
            40
            """
        try expectLeftAsText(text)
    }

    /// A column cut in two by a lone currency sign is joined back when the counts need it.
    @Test func aRunCutByACurrencySignIsJoined() throws {
        let text = """
            Revenue
            Cost of revenue
            Gross profit

            2024

            100
            60
            40

            2023

            90
            50

            $

            40
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [40, 40])
    }

    /// A total set apart on the page printed after the label run, before the first column's
    /// figures, and the second column's year printed before the first column's run: the
    /// total is the last row and the years go to their columns in print order (the first
    /// column's above the units caption).
    @Test func aTotalPrintedApartIsTheLastRow() throws {
        let text = """
            2024

            (in millions)

            Land
            Buildings

            $

            Total property
            2023

            100
            200
            300

            90
            190
            280
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        let total = t.cells.filter { $0.rowLabel == "Total property" }
        #expect(total.map(\.value) == [300, 280])
        #expect(total.map { $0.columnPath.last } == ["2024", "2023"])
        #expect(total.first?.scale == 1_000_000)
    }

    /// A label before the first run that is no total of the rows above (a column's heading:
    /// `% Chg`), or that no `$` line sets apart, is no row: the region stays text.
    @Test func aLabelApartThatIsNoTotalIsNoRow() throws {
        for (apart, sign, total) in [("% Chg", "$", "50"), ("Total", "", "120")] {
            let text = """
                Revenue
                Operating income

                \(sign)

                \(apart)

                100
                20
                \(total)

                90
                15
                105
                """
            let doc = try processed(text: text)
            #expect(doc.tables.isEmpty)
        }
    }

    /// A section's heading over its rows and its total printed after the rows' runs, before
    /// its own figures: the heading takes no figure, the total is the last row.
    @Test func aSectionTotalPrintedAfterTheRunsIsTheLastRow() throws {
        let text = """
            Investing activities
            Purchases of equipment
            Other, net

            (40)
            (3)

            (38)
            (2)

            Net cash used in investing activities

            (43)

            (40)
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(t.cells.filter { $0.rowLabel == "Other, net" }.map(\.value) == [-3, -2])
        #expect(t.cells.filter { $0.rowLabel == "Net cash used in investing activities" }.map(\.value) == [-43, -40])
        #expect(t.cells.filter { $0.rowLabel == "Investing activities" }.isEmpty)
    }

    @Test func yearsAreDealtOutInPrintOrder() {
        func cells(_ texts: [String]) -> [GridCell] { texts.map { GridCell(text: $0, span: Span(start: 0, end: 0)) } }
        // The first column's year above the labels, the second's before the first run.
        #expect(ColumnRuns.headsByYears([cells(["2023"]), []], above: cells(["2024"])) == [cells(["2024"]), cells(["2023"])])
        // Already one a column: unchanged (nil).
        #expect(ColumnRuns.headsByYears([cells(["June 30,", "2024"]), cells(["2023"])], above: []) == nil)
        // Not in order, or not one a column: nil.
        #expect(ColumnRuns.headsByYears([cells(["2022"]), []], above: cells(["2024", "2023"])) == nil)
        #expect(ColumnRuns.headsByYears([cells(["2024"]), []], above: cells(["2023"])) == [cells(["2023"]), cells(["2024"])])
        #expect(ColumnRuns.headsByYears([cells(["2024"]), []], above: cells(["2024"])) == nil)
    }

    /// A balance sheet whose label run the converter cut with the `$` lines of its first row
    /// and total, under headings in capitals that take no figure; its bands printed
    /// interleaved (assets of each column, then liabilities of each).
    @Test func labelsGoOnAcrossCurrencySignsUnderCapitalHeadings() throws {
        let text = """
            ASSETS
            Current assets:
            Cash
            Receivables
            Other assets

            $

            $

            Total assets
            LIABILITIES AND EQUITY
            Current liabilities:
            Payables
            Total current liabilities

            $

            December 31,
            2024

            10
            20
            5
            35

            7
            7

            2023

            8
            12
            4
            24

            6
            6
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(t.cells.filter { $0.rowLabel == "Total assets" }.map(\.value) == [35, 24])
        #expect(t.cells.filter { $0.rowLabel == "Payables" }.map(\.value) == [7, 6])
        #expect(t.cells.filter { $0.rowLabel == "ASSETS" }.isEmpty)
        #expect(ColumnRuns.isCapitalsHeading("LIABILITIES AND STOCKHOLDERS’ EQUITY"))
        #expect(!ColumnRuns.isCapitalsHeading("Total assets"))
        #expect(!ColumnRuns.isCapitalsHeading("CURRENT ASSETS:"))
    }

    /// Lines after a `$` gap that run into their year are a column's header, not labels.
    @Test func headerPiecesAfterACurrencySignAreNoLabels() {
        let text = Array("""
            Revenue
            Cost of revenue

            $

            December 31,
            2024

            100
            60
            """.utf8)
        let ls = TableRegionFinder.lines(text, in: 0..<text.count)
        let kinds = ColumnRuns.classifyAll(text, ls)
        var scanned = 0
        let shape = ColumnRuns.shape(text, ls, kinds, from: 0, scanned: &scanned)
        #expect(shape?.labels == [0, 1])
        #expect(shape?.runs.first?.pieces.count == 2)
    }
}

/// `ColumnRuns.statementTitleAbove`: the statement named over the company name, units caption
/// and header pieces above a reading-order table is its title.
@Suite struct StatementTitleAboveTests {
    @Test func theStatementNamedOverTheHeaderPiecesIsTheTitle() throws {
        let text = """
            CONSOLIDATED STATEMENTS OF OPERATIONS
            ACME INC.
            Fiscal
            2024

            (In millions)
            Revenue
            Cost of revenue

            20,521
            386

            Fiscal
            2023

            18,284
            460
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.title == "CONSOLIDATED STATEMENTS OF OPERATIONS")
        #expect(t.cells.filter { $0.rowLabel == "Revenue" }.map(\.value) == [20521, 18284])
    }

    /// The nearest line states the period: it is kept after the statement's name, so the
    /// periods read from the title stay.
    @Test func aPeriodLineUnderTheStatementStaysInTheTitle() throws {
        let text = """
            CONSOLIDATED STATEMENTS OF OPERATIONS
            ACME INC.
            Year Ended December 31,
            (In millions)
            Revenue
            Cost of revenue

            2024

            20,521
            386

            2023

            18,284
            460
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.title == "CONSOLIDATED STATEMENTS OF OPERATIONS Year Ended December 31,")
    }

    func title(_ s: String, after: Int = 0) -> String? {
        let text = Array(s.utf8)
        return ColumnRuns.statementTitleAbove(text, before: text.count, after: after)
    }

    @Test func theLookbackStopsAtProseAtTheTableBeforeAndAfterEightLines() {
        #expect(title("Consolidated Balance Sheets\nACME INC.\n(In millions)\nDecember 31,\n") == "Consolidated Balance Sheets")
        // The note that ends the statement above: the title beyond it is that statement's.
        #expect(title("Consolidated Balance Sheets\nSee accompanying notes to the financial statements.\n2024\n") == nil)
        // Nothing before the end of the table before.
        let above = "Consolidated Balance Sheets\n"
        #expect(title(above + "2024\n", after: above.utf8.count) == nil)
        #expect(title("Consolidated Balance Sheets\n" + String(repeating: "Other label\n", count: 9)) == nil)
        // The figures, years and signs of a one-row band above do not count.
        #expect(title("Consolidated Balance Sheets\n" + String(repeating: "2024\n$\n1,234\n", count: 9)) == "Consolidated Balance Sheets")
        // A line that names no statement is no title.
        #expect(title("Notes to Financial Statements\nInventories\n") == nil)
        // A company name ending with a period is no prose.
        #expect(title("Consolidated Statements of Cash Flows\nACME.COM, INC.\n") == "Consolidated Statements of Cash Flows")
    }
}

/// Column runs whose counts do not reconcile: no table, and the diagnostic that says so.
func expectLeftAsText(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let doc = try processed(text: text)
    #expect(doc.tables.isEmpty, sourceLocation: sourceLocation)
    #expect(doc.diagnostics.contains { $0.code == "tables.column_runs_unreconciled" }, sourceLocation: sourceLocation)
}

/// Rules for reading-order text (#17): totals without a label, bands at wrapped labels,
/// headings over a group, labels wrapped mid-phrase. Each on inputs written for it.
@Suite struct ColumnRunsLayoutTests {
    /// A schedule whose total row has no label: one figure more in each column than labelled
    /// rows, the last the sum of the others. Read, the total's label left empty.
    @Test func aTotalWithoutALabelIsTheLastRow() throws {
        let text = """
            2.500% Notes due 2027
            3.125% Notes due 2028
            4.000% Notes due 2029
            4.750% Notes due 2030
            5.250% Notes due 2031

            $

            500
            750
            1,000
            250
            600
            3,100

            $

            495
            760
            990
            240
            610
            3,095
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nRows == 6)
        #expect(t.cells.filter { $0.rowLabel == "4.000% Notes due 2029" }.map(\.value) == [1000, 990])
        #expect(t.cells.filter { $0.rowLabel.isEmpty }.map(\.value) == [3100, 3095])
    }

    /// The last figures do not add up: the labels and figures are out of step, left as text.
    @Test func aLastFigureThatIsNoTotalIsNotTakenForOne() throws {
        let text = """
            2.500% Notes due 2027
            3.125% Notes due 2028
            4.000% Notes due 2029
            4.750% Notes due 2030
            5.250% Notes due 2031

            500
            750
            1,000
            250
            600
            3,000

            495
            760
            990
            240
            610
            3,095
            """
        try expectLeftAsText(text)
    }

    /// Four lines or fewer above the figures are as likely a column's header pieces as row
    /// labels: no unlabelled total is read under them.
    @Test func aHeaderStackIsNoLabelRunForAnUnlabelledTotal() throws {
        let text = """
            Weighted
            Average
            Useful Life
            (years)

            120
            80
            40
            10
            250

            60
            30
            20
            5
            115
            """
        try expectLeftAsText(text)
    }

    /// A band may end right before a label wrapped over two lines: the converter printed the
    /// first two rows of each column, then the three from the wrapped label on.
    @Test func aBandEndsBeforeAWrappedLabel() throws {
        let text = """
            Net income
            Amortization of content assets
            Depreciation and amortization of property, equipment and
            intangibles
            Deferred income taxes
            Other non-cash items

            100
            40

            90
            35

            12
            (5)
            3

            11
            (4)
            2
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Amortization of content assets" }.map(\.value) == [40, 35])
        #expect(t.cells.filter { $0.rowLabel == "Depreciation and amortization of property, equipment and intangibles" }.map(\.value) == [12, 11])
        #expect(t.cells.filter { $0.rowLabel == "Deferred income taxes" }.map(\.value) == [-5, -4])
    }

    /// Headings in title case over a group (`Assets` first, `Liabilities and Equity` after a
    /// total) take no figure when the counts say so.
    @Test func headingsOverAGroupTakeNoFigure() throws {
        let text = """
            Assets
            Current assets:
            Cash
            Receivables
            Total current assets
            Total Assets
            Liabilities and Equity
            Current liabilities:
            Payables
            Total Liabilities

            $

            10
            20
            30
            30

            $

            5
            5

            $

            12
            18
            30
            30

            $

            4
            4
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let cash = try #require(t.cells.first { $0.rowLabel == "Cash" })
        #expect(cash.rowPath == ["Assets", "Current assets", "Cash"])
        #expect(t.cells.filter { $0.rowLabel == "Cash" }.map(\.value) == [10, 12])
        #expect(t.cells.filter { $0.rowLabel == "Payables" }.map(\.value) == [5, 4])
        #expect(t.cells.filter { $0.rowLabel == "Total Liabilities" }.map(\.value) == [5, 4])
    }

    /// A row in sentence case over a group (`Initial cost basis` over `Adjustments:`) is a
    /// row: not taken for a heading, so a figure it lost leaves the region as text.
    @Test func aSentenceCaseRowOverAGroupIsNoHeading() throws {
        let text = """
            Initial cost basis
            Adjustments:
            Upward adjustments
            Downward adjustments
            Carrying amount

            910
            (465)
            1,156

            899
            (445)
            1,173
            """
        try expectLeftAsText(text)
    }

    /// A label wrapped after a connecting word goes on on the next line even when that line
    /// starts with a capital (a date).
    @Test func aLabelWrappedMidPhraseIsOneLabel() throws {
        let labels = ColumnRuns.labels(Array("""
            Common stock, $0.001 par value; 1,600 shares issued as of
            January 31, 2025
            Treasury stock
            """.utf8), TableRegionFinder.lines(Array("""
            Common stock, $0.001 par value; 1,600 shares issued as of
            January 31, 2025
            Treasury stock
            """.utf8)), [0, 1, 2])
        #expect(labels.map(\.text) == ["Common stock, $0.001 par value; 1,600 shares issued as of January 31, 2025", "Treasury stock"])
        #expect(labels.first?.wrapped == true)
        // A short header piece ending with a connecting word is no wrapped label.
        let pieces = Array("Collateral Received and\nPosted".utf8)
        #expect(ColumnRuns.labels(pieces, TableRegionFinder.lines(pieces), [0, 1]).count == 2)
    }
    /// A deferred tax schedule printed in bands, its net row printed apart before the first
    /// run's header pieces: the net of the two sides' totals.
    static let netApart = """
        Deferred tax assets:
        Accrued liabilities
        Net operating losses
        Other
        Total deferred tax assets
        Deferred tax liabilities:
        Property and equipment
        Total deferred tax liabilities

        $

        $

        Net deferred tax liabilities

        December 31,
        2024

        120
        80
        50
        250

        110
        70
        40
        220

        (350)
        (350)
        (100)

        (300)
        (300)
        (80)
        """

    @Test func aNetOfTwoTotalsPrintedApartIsTheLastRow() throws {
        let doc = try processed(text: Self.netApart)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net deferred tax liabilities" }.map(\.value) == [-100, -80])
        #expect(t.cells.filter { $0.rowLabel == "Property and equipment" }.map(\.value) == [-350, -300])
    }

    /// The row printed apart is no net of the totals: left as text.
    @Test func aRowApartThatIsNoNetIsNotRead() throws {
        try expectLeftAsText(Self.netApart.replacingOccurrences(of: "(100)", with: "(90)"))
    }
    /// A column's header printed in short pieces (`Provision for` / `Income Taxes`) where the
    /// labels would be pairs with the figures as labels would: left as text.
    @Test func aHeaderInPiecesIsNoLabelRun() throws {
        let text = """
            Provision for
            Income Taxes

            —
            (7,652)

            —
            25,722

            —
            (7,652)
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
        #expect(doc.diagnostics.contains { $0.code == "tables.column_runs_unreconciled" && $0.message.contains("header printed in pieces") })
        // A row label wrapped mid-phrase continues in lowercase, or runs to the column's edge.
        let rows = """
            Interest paid on
            borrowings
            Income taxes paid

            120
            45

            110
            40
            """
        #expect(try processed(text: rows).tables.count == 1)
    }
    /// A section heading without a colon that its section's total repeats takes no figure.
    @Test func aHeadingItsTotalRepeatsTakesNoFigure() throws {
        let text = """
            Cash flows from financing activities
            Dividends paid
            Purchases of treasury stock
            Other, net
            Cash flows from financing activities

            (1,000)
            (300)
            25
            (1,275)

            (900)
            (250)
            (10)
            (1,160)
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nRows == 4)
        #expect(t.cells.filter { $0.rowLabel == "Dividends paid" }.map(\.value) == [-1000, -900])
        #expect(t.cells.filter { $0.rowLabel == "Cash flows from financing activities" }.map(\.value) == [-1275, -1160])
        // Not repeated: the first line is a row, and a figure short leaves the region as text.
        try expectLeftAsText(text.replacingOccurrences(of: "Other, net\nCash flows from financing activities", with: "Other, net\nNet cash used in financing activities"))
    }
    /// Every column's year printed above the labels, under the period's words and over the
    /// units caption: each column gets its year; three years over two columns head none.
    @Test func yearsAboveTheLabelsHeadTheColumns() throws {
        let text = """
            Consolidated Balance Sheets
            December 31,
            2024
            2023
            (in millions)

            Cash
            Receivables
            Total current assets

            $

            10
            20
            30

            $

            12
            18
            30
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        let cash = t.cells.filter { $0.rowLabel == "Cash" }
        #expect(cash.map(\.value) == [10, 12])
        #expect(cash.map(\.columnPath) == [["December 31,", "2024"], ["December 31,", "2023"]])
        #expect(cash.first?.scale == 1_000_000)
        let unordered = try processed(text: text.replacingOccurrences(of: "2024\n2023", with: "2024\n2025\n2023"))
        #expect(unordered.tables.first?.cells.first?.columnPath.contains("2024") != true)
    }
    /// A header spanning the columns printed among the years (`2024` / `For the Years Ended` /
    /// `September 30,` / `2023`) is every column's; dates one a column (`June 30,` /
    /// `December 31,` over `2025` / `2024`) are each column's own, in order.
    @Test func piecesAmongTheYearsAndDatesOneAColumn() throws {
        let rows = """
            (in millions)

            Current
            Deferred
            Total provision

            10
            5
            15

            8
            4
            12
            """
        let spanning = try processed(text: "Income tax provision consisted of the following:\n2024\nFor the Years Ended\nSeptember 30,\n2023\n" + rows)
        let current = try #require(spanning.tables.first).cells.filter { $0.rowLabel == "Current" }
        #expect(current.map(\.columnPath) == [["For the Years Ended", "September 30,", "2024"], ["For the Years Ended", "September 30,", "2023"]])
        let dated = try processed(text: "Maturities were as follows:\nAs of\nJune 30,\nDecember 31,\n2025\n2024\n" + rows)
        let cells = try #require(dated.tables.first).cells.filter { $0.rowLabel == "Current" }
        #expect(cells.map(\.columnPath) == [["As of", "June 30, 2025"], ["As of", "December 31, 2024"]])
        // Three dates over two columns: no column's own; nothing is dealt out.
        let three = try processed(text: "Maturities:\nMarch 31,\nJune 30,\nDecember 31,\n2025\n2024\n" + rows)
        #expect(three.tables.first?.cells.first?.columnPath.isEmpty == true)
    }
    /// A quarterly statement's status note (`(unaudited)`, `ColumnRuns.isStatusNote`) between
    /// its header and its rows, below or above the units caption, is passed over: the dates and
    /// years printed one a column above it head the columns. Other parenthesised words are not
    /// status notes.
    @Test func statusNoteUnderTheHeader() throws {
        let header = "Condensed Balance Sheets\n(in thousands)\nAs of\nJune 30,\n2025\n\nDecember 31,\n2024\n\n"
        let rows = "Cash\nReceivables\nTotal current assets\n\n10\n20\n30\n\n12\n18\n30\n"
        for note in ["(unaudited)\n\n", "(Unaudited)\n", "(As Restated)\n"] {
            let doc = try processed(text: header + note + rows)
            let cash = try #require(doc.tables.first).cells.filter { $0.rowLabel == "Cash" }
            #expect(cash.map(\.columnPath) == [["As of", "June 30, 2025"], ["As of", "December 31, 2024"]], "\(note)")
        }
        #expect(ColumnRuns.statusWords.contains("unaudited"))
        for line in ["(Losses)", "(in years)", "(as)", "(unaudited and restated)"] {
            let bytes = Array(line.utf8)
            #expect(!ColumnRuns.isStatusNote(bytes, Span(start: 0, end: bytes.count)), "\(line)")
        }
    }
    /// A statement's first row printed as a band over the label run, the years among its
    /// figures (`ColumnRuns.bandAbove`): the band is the first row, the years head the
    /// columns. Years out of order head none, but the row is read; a band with a figure
    /// short is no row.
    static let bandOverLabels = """
        Consolidated Statements of Earnings
        years ended December 31 (in millions)

        Net revenues

        2024

        $

        2023

        56,334

        $

        2022

        54,318

        $

        58,054

        Cost of products sold
        Research and development
        Operating earnings

        16,904
        12,791
        26,639

        20,415
        7,675
        26,228

        17,414
        6,510
        34,130
        """
    @Test func firstRowPrintedAsABandOverTheLabels() throws {
        let t = try #require(try processed(text: Self.bandOverLabels).tables.first)
        #expect(t.nRows == 4)
        let revenue = t.cells.filter { $0.rowLabel == "Net revenues" }
        #expect(revenue.map(\.value) == [56334, 54318, 58054])
        #expect(revenue.map(\.columnPath) == [["2024"], ["2023"], ["2022"]])
        #expect(revenue.map(\.period) == t.cells.filter { $0.rowLabel == "Operating earnings" }.map(\.period))
        // Years out of print order: the row is read, no column is headed.
        let unordered = try #require(try processed(text: Self.bandOverLabels.replacingOccurrences(of: "2022\n", with: "2025\n")).tables.first)
        #expect(unordered.cells.filter { $0.rowLabel == "Net revenues" }.map(\.value) == [56334, 54318, 58054])
        #expect(unordered.cells.allSatisfy { $0.columnPath.isEmpty })
        // A figure short: no band.
        let short = try #require(try processed(text: Self.bandOverLabels.replacingOccurrences(of: "$\n\n58,054\n", with: "")).tables.first)
        #expect(short.cells.contains { $0.rowLabel == "Net revenues" } == false)
        #expect(short.nRows == 3)
    }
    /// Two one-row bands printed without header pieces fit two orders of the runs; the total
    /// below them adds up in one order only, and that order is read. A label the normalizer
    /// joined onto one line, longer than a label column holds, may end a band.
    static let equalBands = """
        Other liabilities
        Total liabilities
        Stockholders' equity:
        Common stock, $0.001 par value; 500,000 shares authorized; 54,198 and 52,667 shares issued
        Treasury stock, $0.001 par value; 1,497 and 900 shares held at the end of each period shown
        Additional paid-in capital
        Accumulated deficit
        Total stockholders' equity

        40
        40

        30
        30

        53

        52

        1

        —

        2,884
        (824)
        2,114

        2,713
        (799)
        1,966
        """

    @Test func equalBandsAreOrderedByTheirTotals() throws {
        let doc = try processed(text: Self.equalBands)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel.hasPrefix("Common stock") }.map(\.value) == [53, 52])
        #expect(t.cells.filter { $0.rowLabel.hasPrefix("Treasury stock") }.map(\.value) == [1, 0])
        #expect(t.cells.filter { $0.rowLabel == "Total stockholders' equity" }.map(\.value) == [2114, 1966])
    }

    /// No total tells the orders apart: left as text.
    @Test func equalBandsNoTotalTellsApartAreLeftAsText() throws {
        try expectLeftAsText(Self.equalBands.replacingOccurrences(of: "2,114", with: "2,200").replacingOccurrences(of: "1,966", with: "2,000"))
    }

    /// A heading in sentence case right after a total and over a group takes no figure.
    @Test func aSentenceCaseHeadingAfterATotalTakesNoFigure() throws {
        let text = """
            Cash
            Receivables
            Total assets
            Liabilities and stockholders' equity
            Current liabilities:
            Payables
            Total liabilities

            10
            20
            30

            12
            18
            30

            5
            5

            4
            4
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Payables" }.map(\.value) == [5, 4])
        #expect(t.cells.filter { $0.rowLabel == "Total assets" }.map(\.value) == [30, 30])
    }
}

