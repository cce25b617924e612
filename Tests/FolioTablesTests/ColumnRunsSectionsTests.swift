import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: an income statement whose section heading a row of its section
/// repeats, and whose per-share rows end it one figure a run (`ColumnRuns.repeatedByItsTotal`,
/// `ColumnRuns.headingsOfOneKind`, `ColumnRuns.perShareRowsLeftOut`).
@Suite struct ColumnRunsSectionsTests {
    /// Bands of 3, 4, 5 and 7 rows, two columns; `Gross profit` (after a total, over a group
    /// label) is no heading, `Other income (expense)` (repeated by a row of its section) is.
    static let statement = """
        Revenues:
        Product
        Services
        Total revenue
        Cost of revenues:
        Product
        Services
        Total cost of revenues
        Gross profit
        Operating expenses:
        Research and development
        Sales and marketing
        General and administrative
        Total operating expenses
        Loss from operations
        Other income (expense)
        Interest income
        Interest expense
        Other income (expense)
        Total other income
        Loss before income taxes
        Income tax expense
        Net loss
        Net loss per share, basic and diluted
        Weighted average shares used in computing basic and diluted net loss per share

        2030

        100
        20
        120

        2029

        90
        15
        105

        30
        10
        40
        80

        25
        10
        35
        70

        50
        40
        10
        100
        (20)

        45
        35
        10
        90
        (20)

        5
        (2)
        1
        4
        (16)
        (1)
        (17)

        4
        (1)
        2
        5
        (15)
        (2)
        (17)

        (0.10)

        (0.11)

        170

        160
        """

    @Test func aHeadingARowOfItsSectionRepeatsTakesNoFigure() throws {
        let doc = try processed(text: Self.statement)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Interest income" }.map(\.value) == [5, 4])
        #expect(t.cells.filter { $0.rowLabel == "Other income (expense)" }.map(\.value) == [1, 2])
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [80, 70])
        #expect(t.cells.filter { $0.rowLabel == "Loss from operations" }.map(\.value) == [-20, -20])
        #expect(t.cells.filter { $0.rowLabel == "Net loss" }.map(\.value) == [-17, -17])
        // The per-share rows: which one-figure run is whose, the counts cannot tell, net loss
        // over the share counts does (`perShareRowsByNetIncome`: 17 / 170 = 0.10, 17 / 160 = 0.11).
        #expect(t.cells.filter { $0.rowLabel == "Net loss per share, basic and diluted" }.map(\.value) == [-0.10, -0.11])
        #expect(t.cells.filter { $0.rowLabel.hasPrefix("Weighted") }.map(\.value) == [170, 160])
    }

    /// The same label in another section (`Product` under `Revenues:` and under `Cost of
    /// revenues:`) is a row each time; a label repeated across a total is no heading.
    @Test func aLabelRepeatedInAnotherSectionIsARow() {
        func labels(_ texts: [String]) -> [ColumnRuns.Label] { texts.map { ColumnRuns.Label(text: $0, span: Span(start: 0, end: 0)) } }
        let ls = labels(["Revenues:", "Product", "Total revenue", "Cost of revenues:", "Product", "Total cost",
                         "Loss from operations", "Other income (expense)", "Interest income", "Other income (expense)", "Other items",
                         "Total other income", "Other items"])
        #expect(!ColumnRuns.repeatedByItsTotal(ls, 1))
        #expect(ColumnRuns.repeatedByItsTotal(ls, 7))
        #expect(!ColumnRuns.repeatedByItsTotal(ls, 10))
    }
}

/// A schedule of one column (`ColumnRuns.oneColumnAddingUp`).
@Suite struct ColumnRunsOneColumnTests {
    @Test func oneColumnWhoseLastRowAddsUpIsATable() throws {
        let text = """
            Developed technology
            Customer relationships
            Other
            Total intangible assets

            530
            781
            50
            1,361
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Customer relationships" }.map(\.value) == [781])
        #expect(t.cells.filter { $0.rowLabel == "Total intangible assets" }.map(\.value) == [1361])
    }

    /// A table of contents (page numbers) or figures whose last does not add up stay text.
    @Test func oneColumnNotAddingUpStaysText() throws {
        try expectLeftAsText("""
            Business
            Risk Factors
            Unresolved Staff Comments
            Properties

            3
            23
            34
            35
            """)
        try expectLeftAsText("""
            Developed technology
            Customer relationships
            Other
            Total intangible assets

            530
            781
            50
            1,300
            """)
        // A chart's axis: `0` is `1` and `2` within their rounding, too few digits to tell.
        try expectLeftAsText("""
            Total recordable case frequency
            Total recordable case frequency (TRCF)
            Number per million hours

            2
            1
            0
            """)
    }

    /// A schedule of one column under a heading its total ends with (`Assets acquired and
    /// liabilities assumed` over `Total assets acquired and liabilities assumed`): the heading
    /// takes no figure (`ColumnRuns.headingVariants`, `ColumnRuns.endsALaterRow`).
    static let acquisition = """
        (in millions)
        Assets acquired and liabilities assumed
        Cash
        Receivables
        Intangible assets
        Accounts payable
        Total identifiable net assets
        Goodwill
        Total assets acquired and liabilities assumed

        $

        $

        120
        80
        900
        (100)
        1,000
        400
        1,400
        """

    @Test func oneColumnUnderAHeadingIsATable() throws {
        let doc = try processed(text: Self.acquisition)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 2)
        #expect(t.cells.filter { $0.rowLabel == "Cash" }.map(\.value) == [120])
        #expect(t.cells.filter { $0.rowLabel == "Goodwill" }.map(\.value) == [400])
        #expect(t.cells.filter { $0.rowLabel == "Total assets acquired and liabilities assumed" }.map(\.value) == [1400])
        #expect(!t.cells.contains { $0.rowLabel == "Assets acquired and liabilities assumed" })
    }

    /// Years printed one a column above the labels head more columns than one: a single run
    /// under them is one column of a table whose other runs lie elsewhere, and whose year
    /// cannot be told. It stays text.
    @Test func oneColumnUnderYearsOfSeveralColumnsStaysText() throws {
        try expectLeftAsText("""
            2031
            2030
            2029
            (in millions)
            Current
            Federal
            State and local
            Foreign
            Total current

            $

            1,093
            144
            1,670
            2,907
            """)
    }
}

/// A balance sheet whose first column's date is printed above the labels and the second's
/// before the first run, after the note under the statement (`ColumnRuns.headsByYears` with
/// whole dates, `ColumnRuns.headerAbove`, the note skipped by `ColumnRuns.shape`).
@Suite struct ColumnRunsDatesInPrintOrderTests {
    @Test func datesPrintedAboveTheLabelsAndBeforeTheFirstRunAreDealtOutInOrder() throws {
        let text = """
            Consolidated Balance Sheets
            (in millions)
            January 31, 2030

            Cash
            Receivables
            Total assets
            $

            See accompanying notes.

            January 31, 2029

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
        #expect(cash.map(\.columnPath) == [["January 31, 2030"], ["January 31, 2029"]])
        #expect(!t.cells.contains { $0.columnPath.contains("See accompanying notes.") })
    }
}

extension ColumnRunsDatesInPrintOrderTests {
    /// Years that the runs' pieces give the columns out of column order are no column's own.
    @Test func yearsOutOfColumnOrderHeadNoColumn() {
        func heads(_ years: [String?]) -> [[GridCell]] {
            years.map { y in y.map { [GridCell(text: $0, span: Span(start: 0, end: 0))] } ?? [] }
        }
        #expect(ColumnRuns.yearsOutOfOrder(heads(["2029", "2030", nil, "2029"])))
        #expect(ColumnRuns.yearsOutOfOrder(heads(["2030", "2030"])))
        #expect(!ColumnRuns.yearsOutOfOrder(heads(["2030", "2029", "2030", "2029"])))
        #expect(!ColumnRuns.yearsOutOfOrder(heads(["2030", "2029", "2028"])))
        #expect(!ColumnRuns.yearsOutOfOrder(heads(["January 31, 2030", nil])))
    }
}
