import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text (plain `pdftotext`): a statement printed row by row, each label
/// followed by its figures one a line (`RowRuns`). Each rule on inputs written for it.
@Suite struct RowRunsTests {
    /// Three columns; a group label; a wrapped label; currency signs printed apart.
    static let statement = """
        CONSOLIDATED STATEMENTS OF OPERATIONS
        (in millions)

        Operating expenses:
        Cost of sales

        288,831

        304,739

        326,288
        Fulfillment
        $
        84,299 $
        90,619
        $
        98,505
        Technology and
        infrastructure
        73,213
        85,622
        88,544

        Total operating expenses
        446,343
        480,980
        513,337

        See the notes to the statements.
        """

    @Test func aStatementPrintedRowByRowBecomesOneGrid() throws {
        let doc = try processed(text: Self.statement)
        let t = try #require(doc.tables.first)
        #expect(doc.tables.count == 1)
        #expect(t.nCols == 4)
        let cost = t.cells.filter { $0.rowLabel == "Cost of sales" }
        #expect(cost.map(\.value) == [288831, 304739, 326288])
        #expect(cost.first?.rowPath == ["Operating expenses", "Cost of sales"])
        #expect(cost.first?.scale == 1_000_000)
        #expect(t.cells.filter { $0.rowLabel == "Fulfillment" }.map(\.value) == [84299, 90619, 98505])
        #expect(t.cells.filter { $0.rowLabel == "Technology and infrastructure" }.map(\.value) == [73213, 85622, 88544])
        #expect(t.cells.filter { $0.rowLabel == "Total operating expenses" }.map(\.value) == [446343, 480980, 513337])
        #expect(TableRegionFinder.find(in: Array(Self.statement.utf8), readingOrder: true).map(\.layout) == [.rowRuns])
    }

    /// A roll-forward's balance row, its `$` printed under its label and a column's heading
    /// between the `$` and its figures (`figuresPastHeading`): the figures are the balance
    /// row's, the heading is no row.
    @Test("figuresPastHeading: a balance row's figures past a column's heading printed after its `$`")
    func balanceRowPastAHeading() throws {
        let text = """
            Changes in accumulated other comprehensive loss by component (in millions):

            Balance at April 1, 2030
            $
            Foreign
            currency
            translation
            (495) $
            (241) $
            (736)
            Other comprehensive income before reclassifications
            (2)
            30
            28
            Amounts reclassified from accumulated other comprehensive loss
            4
            -
            4
            Balance at June 30, 2030
            $
            (493) $
            (211) $
            (704)

            The amounts reclassified were recorded in other income.
            """
        let doc = try processed(text: text)
        let cells = doc.tables.flatMap(\.cells)
        #expect(cells.filter { $0.rowLabel == "Balance at April 1, 2030" }.map(\.value) == [-495, -241, -736])
        #expect(!cells.contains { $0.rowLabel.hasPrefix("Foreign") })
        #expect(cells.filter { $0.rowLabel == "Balance at June 30, 2030" }.map(\.value) == [-493, -211, -704])
        // Any other row's label stays without the figures after such lines (a heading over
        // the row below is no balance: nothing says the figures are its own).
        let heading = text.replacingOccurrences(of: "Balance at April 1, 2030", with: "Accumulated other comprehensive loss")
        let other = try processed(text: heading).tables.flatMap(\.cells)
        #expect(!other.contains { $0.rowLabel == "Accumulated other comprehensive loss" })
    }

    /// Labels printed together (the converter took them as one block) before a row's
    /// figures: which label the figures belong to cannot be told, so the chain ends there
    /// and the rows after it are a chain of their own (two rows told by their labels:
    /// `twoRowsByLabels`).
    @Test func severalLabelsBeforeFiguresBreakTheChain() throws {
        let text = """
            Freight revenues
            Other revenues
            Compensation and benefits
            2,525
            2,400
            Other income, net
            123
            103
            Interest expense
            (335)
            (319)
            """
        let doc = try processed(text: text)
        #expect(doc.tables.count <= 1)
        #expect(!doc.tables.flatMap(\.cells).contains { $0.rowLabel == "Compensation and benefits" })
        #expect(doc.tables.flatMap(\.cells).filter { $0.rowLabel == "Interest expense" }.map(\.value) == [-335, -319])
    }

    /// A row with a different number of figures (its neighbour's figures printed with it)
    /// ends the chain: the rows before it stay paired, it is not.
    @Test func aRowWithOtherCountsEndsTheChain() {
        let s = """
            Revenue
            100
            90
            Cost of revenue
            60
            50
            Gross profit
            40
            40
            Income taxes
            (10)
            (9)
            30
            Net income
            30
            31
            """
        let text = Array(s.utf8)
        let regions = TableRegionFinder.find(in: text, readingOrder: true)
        #expect(regions.map(\.layout) == [.rowRuns])
        let rows = RowRuns.read(text, regions[0].lines)
        #expect(rows.map(\.label) == ["Revenue", "Cost of revenue", "Gross profit"])
        #expect(rows.allSatisfy { $0.cells.count == 3 })
    }

    /// Two rows labelled with one word each are no chain: a pair of column headings over
    /// their runs, or of lines over page numbers, is as likely (`twoRowsByLabels`).
    @Test func twoRowsAreNoTable() {
        let s = """
            Revenue
            100
            90
            Cost of revenue
            60
            50
            """
        #expect(TableRegionFinder.find(in: Array(s.utf8), readingOrder: true).isEmpty)
    }

    /// A sentence followed by figures is prose over page numbers, not a row.
    @Test func aSentenceIsNoRowLabel() {
        let s = """
            The accompanying notes are an integral part of these financial statements.
            12
            13
            """
        let text = Array(s.utf8)
        let lines = TableRegionFinder.lines(text)
        #expect(RowRuns.row(text, lines, ColumnRuns.classifyAll(text, lines), from: 0) == nil)
    }

    /// Column runs followed by rows printed one by one: the column-runs region ends before
    /// the rows, which are read as rows.
    @Test func rowsAfterColumnRunsAreReadAsRows() {
        let s = """
            Revenue
            Cost of revenue

            100
            60

            90
            50
            Operating income
            40
            40
            Interest expense
            (5)
            (4)
            Net income
            35
            36
            """
        let regions = TableRegionFinder.find(in: Array(s.utf8), readingOrder: true)
        #expect(regions.map(\.layout) == [.columnRuns, .rowRuns])
    }

    /// The statement's units caption above lines the reader did not pair (header pieces,
    /// labels and figures printed apart) still gives the rows their scale; a sentence between
    /// them (the note under the statement above) stops the search.
    @Test func theCaptionAboveUnpairedLinesGivesTheScale() throws {
        let unpaired = """
            STATEMENTS OF OPERATIONS
            (in millions)
            Year Ended December 31,
            2023
            Net product sales
            $
            Net service sales
            2024
            242,901
            255,887
            272,311
            271,082

            """
        let rows = """
            Cost of sales
            288,831
            304,739
            Fulfillment
            84,299
            90,619
            Sales and marketing
            42,238
            44,370
            """
        let doc = try processed(text: unpaired + rows)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Cost of sales" }.map(\.scale) == [1_000_000, 1_000_000])
        #expect(t.cells.filter { $0.rowLabel == "Cost of sales" }.map { $0.columnPath.last } == ["2023", "2024"])
        let cut = try processed(text: unpaired + "The accompanying notes are an integral part of these statements.\n\n" + rows)
        let u = try #require(cut.tables.first)
        #expect(u.cells.filter { $0.rowLabel == "Cost of sales" }.map(\.scale) == [1, 1])
        #expect(u.cells.allSatisfy { $0.columnPath.isEmpty })
    }

    /// `twoRowsByLabels`: two rows whose labels read as rows (two words at least, starting
    /// with a letter, no period line, not printed above) are a chain of their own.
    @Test func twoRowsToldByTheirLabelsAreATable() {
        let s = """
            Pension plan:
            Interest cost
            52
            49
            Expected return on plan assets
            (70)
            (66)
            Benefits paid from the plan this year were lower.
            """
        let text = Array(s.utf8)
        let regions = TableRegionFinder.find(in: text, readingOrder: true)
        #expect(regions.map(\.layout) == [.rowRuns])
        let rows = RowRuns.read(text, regions.first?.lines ?? [])
        #expect(rows.map(\.label) == ["Pension plan:", "Interest cost", "Expected return on plan assets"])
        #expect(rows.map { $0.cells.count } == [1, 3, 3])
    }

    /// A column's heading of one word printed over its run reads as a row of one label
    /// and a few figures: two such are no chain.
    @Test func twoColumnHeadingsOverTheirRunsAreNoChain() {
        let s = """
            Lease liabilities
            Purchase obligations
            Short-term
            120
            45
            Long-term
            880
            310
            """
        let text = Array(s.utf8)
        let lines = TableRegionFinder.lines(text)
        #expect(RowRuns.extent(text, lines, ColumnRuns.classifyAll(text, lines), from: 2) == nil)
        #expect(!TableRegionFinder.find(in: text, readingOrder: true).contains { $0.layout == .rowRuns })
    }

    /// A period line, or a label starting with a figure, over two figures is no row of a
    /// chain of two.
    @Test func aPeriodLineOrAFigureFirstIsNoRowOfTwo() {
        let period = """
            Net sales
            1,200
            1,100
            Nine months ended September 30, 2030 compared with 2029
            300
            12 %
            """
        let figureFirst = """
            Notional amount
            500
            600
            12 month forward contracts
            14
            15
            """
        for s in [period, figureFirst] {
            let text = Array(s.utf8)
            let lines = TableRegionFinder.lines(text)
            #expect(RowRuns.extent(text, lines, ColumnRuns.classifyAll(text, lines), from: 0) == nil)
        }
    }

    /// Two rows whose labels stand a few lines above (a row of an earlier section, a text
    /// column's cell) are not told apart from those: the later pair is no chain.
    @Test func twoRowsRepeatedFromAboveAreNoChain() {
        let s = """
            Units granted
            10.0
            25
            Units vested
            (4.0)
            20
            Outstanding at end of year
            16.0
            23
            24.0
            Units granted
            12.0
            27
            Units vested
            (5.0)
            22
            """
        let text = Array(s.utf8)
        let lines = TableRegionFinder.lines(text)
        let kinds = ColumnRuns.classifyAll(text, lines)
        let second = lines.lastIndex { text[$0.range].elementsEqual("Units granted".utf8) } ?? 0
        #expect(RowRuns.extent(text, lines, kinds, from: 0) != nil)
        #expect(RowRuns.extent(text, lines, kinds, from: second) == nil)
    }
}
