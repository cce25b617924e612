import FolioModel
@testable import FolioTables
import Testing

/// Reading-order text: runs printed between the label run and the first column that belong
/// to no column, a page number or the label column's footnote markers
/// (`ColumnRuns.runsBeforeTheColumns`).
@Suite struct ColumnRunsLeadingRunsTests {
    /// A tax reconciliation whose first column starts on the page below its footer and
    /// number, its total printed apart after the label run.
    static let pageNumberBefore = """
        2030

        (in millions)

        Tax at the statutory rate
        Tax credits
        Other

        $

        Provision for income taxes

        $

        Example Corp 2030 Annual Report

        77

        1,456
        (198)
        22
        1,280

        2029

        1,428
        (116)
        42
        1,354

        2028

        1,262
        (7)
        14
        1,269
        """

    @Test func aPageNumberBeforeTheFirstColumnIsNoColumn() throws {
        let doc = try processed(text: Self.pageNumberBefore)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 4)
        #expect(!t.cells.contains { $0.value == 77 })
        #expect(t.cells.filter { $0.rowLabel == "Tax credits" }.map(\.value) == [-198, -116, -7])
        let total = t.cells.filter { $0.rowLabel == "Provision for income taxes" }
        #expect(total.map(\.value) == [1280, 1354, 1269])
        #expect(total.map { $0.columnPath.last } == ["2030", "2029", "2028"])
        #expect(!t.cells.contains { $0.columnPath.contains { $0.contains("Annual Report") } })
    }

    /// The label column's footnote markers, `(1)` and `(2)` under the last label, read as
    /// figures, are no column.
    static let markersBefore = """
        Service revenue
        Data processing revenue(1)
        Client incentives(2)
        Net revenue
        (1)
        (2)

        2030

        100
        200
        (50)
        250

        2029

        90
        180
        (45)
        225

        2028

        80
        160
        (40)
        200
        """

    @Test func footnoteMarkersUnderTheLabelsAreNoColumn() throws {
        let doc = try processed(text: Self.markersBefore)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 4)
        #expect(!t.cells.contains { $0.value == -1 || $0.value == -2 })
        #expect(t.cells.filter { $0.rowLabel == "Net revenue" }.map(\.value) == [250, 225, 200])
        #expect(t.cells.filter { $0.rowLabel == "Service revenue" }.map { $0.columnPath.last } == ["2030", "2029", "2028"])
    }

    /// A first run that is neither (a figure with a thousands separator; markers not numbered
    /// from 1) is not passed over: the counts do not reconcile and the region stays text.
    @Test func aFirstRunThatIsAFigureIsKept() throws {
        for first in ["1,077", "(2)\n(3)"] {
            let text = Self.markersBefore.replacingOccurrences(of: "(1)\n(2)", with: first)
            let doc = try processed(text: text)
            #expect(doc.tables.isEmpty)
        }
    }

    @Test func whichRunsArePrintedBeforeTheColumns() {
        let text = Array("(1)\n(2)\n(3)\n77\n0\n1,077\n1234\n".utf8)
        var lines: [Span] = []
        var s = 0
        for (i, b) in text.enumerated() where b == 0x0A {
            lines.append(Span(start: s, end: i))
            s = i + 1
        }
        func runs(_ r: [[Int]]) -> [(pieces: [Int], figures: [Int])] { r.map { ([], $0) } }
        #expect(ColumnRuns.runsBeforeTheColumns(text, lines, runs([[0, 1], [2], [5, 6]])) == 2)
        #expect(ColumnRuns.runsBeforeTheColumns(text, lines, runs([[1, 2], [5, 6]])) == 0)
        #expect(ColumnRuns.runsBeforeTheColumns(text, lines, runs([[3], [5, 6]])) == 1)
        #expect(ColumnRuns.runsBeforeTheColumns(text, lines, runs([[4], [5, 6]])) == 0)
        #expect(ColumnRuns.runsBeforeTheColumns(text, lines, runs([[6], [5, 6]])) == 0)
        #expect(ColumnRuns.runsBeforeTheColumns(text, lines, runs([[5], [5, 6]])) == 0)
        // Markers and nothing else: no column after them.
        #expect(ColumnRuns.runsBeforeTheColumns(text, lines, runs([[0, 1, 2]])) == 0)
    }

    /// Markers passed over leave one run, a column adding up: which of the header's periods
    /// it is, nothing tells (the other column was printed elsewhere), and the region stays
    /// text.
    @Test func oneColumnAfterMarkersStaysText() throws {
        let text = """
            Three Months Ended March 31
            2030
            2029

            Fabric care
            Home care
            Total
            (1)
            (2)

            60 %
            40 %
            100 %
            """
        let doc = try processed(text: text)
        #expect(doc.tables.isEmpty)
    }

    /// Option assumptions whose second column's year is printed above the labels and the
    /// third column's before the second column's run: the heading centred over three columns
    /// prints the middle column's year first (`ColumnRuns.middleColumnFirstAcross`, session
    /// 34; before it, `yearLeftOver` gave the columns no header rather than a neighbour's
    /// year, and still does where no order explains the years).
    @Test func aYearLeftOverGivesTheColumnsNoHeader() throws {
        let text = """
            For the Years Ended
            September 30,
            2029

            2030

            Expected term (in years)(1)
            Risk-free rate of return(2)
            Fair value per option granted
            (1)
            (2)

            4.23
            4.4 %
            62.55

            $

            2028

            4.17
            4.0 %
            57.31

            4.11
            1.1 %
            43.16
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 4)
        #expect(t.cells.filter { $0.rowLabel.hasPrefix("Fair value") }.map(\.value) == [62.55, 57.31, 43.16])
        #expect(t.cells.filter { $0.rowLabel.hasPrefix("Fair value") }.map { $0.columnPath.last ?? "" } == ["2030", "2029", "2028"])
        #expect(ColumnRuns.yearLeftOver([[GridCell(text: "2030", span: Span(start: 0, end: 0))],
                                         [GridCell(text: "2028", span: Span(start: 0, end: 0))], []], printed: [2029, 2030, 2028]))
        #expect(!ColumnRuns.yearLeftOver([[GridCell(text: "2030", span: Span(start: 0, end: 0))],
                                          [GridCell(text: "2029", span: Span(start: 0, end: 0))], []], printed: [2029, 2030, 2028]))
        // The column without a year between two others may be the year between theirs.
        #expect(!ColumnRuns.yearLeftOver([[GridCell(text: "2030", span: Span(start: 0, end: 0))], [],
                                          [GridCell(text: "2028", span: Span(start: 0, end: 0))]], printed: [2029, 2030, 2028]))
    }

    /// Two columns after a page number: the region is found although one figure opens it
    /// (`ColumnRuns.shape` takes a first run of one figure when two runs at least follow a
    /// page number or marker).
    @Test func twoColumnsAfterAPageNumber() throws {
        let text = """
            2030

            Revenue
            Cost of revenue
            Gross profit

            $

            47

            100
            60
            40

            2029

            $

            90
            50
            40
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(!t.cells.contains { $0.value == 47 })
        #expect(t.cells.filter { $0.rowLabel == "Cost of revenue" }.map(\.value) == [60, 50])
        #expect(t.cells.filter { $0.rowLabel == "Revenue" }.map { $0.columnPath.last } == ["2030", "2029"])
    }

    /// A first label that a later row starts with is a heading over the rows when every run
    /// is one figure short (`ColumnRuns.headsItsRows`); a first label in title case is no
    /// such heading (`Revenue` over `Cost of revenue`: a figure printed elsewhere).
    @Test func aFirstLabelALaterRowStartsWithIsAHeading() throws {
        let text = """
            Basic
            Basic weighted average shares outstanding
            Less: participating securities
            Basic weighted average common shares outstanding

            755.2
            0.2
            755.0

            614.8
            0.3
            614.5
            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 3)
        #expect(t.cells.filter { $0.rowLabel == "Less: participating securities" }.map(\.value) == [0.2, 0.3])
        #expect(t.cells.filter { $0.rowLabel == "Basic weighted average common shares outstanding" }.map(\.value) == [755.0, 614.5])
        let other = """
            Revenue
            Cost of revenue
            Gross profit
            Gross margin

            100
            60
            40

            90
            50
            40
            """
        #expect(try processed(text: other).tables.isEmpty)
    }
}

/// Reading-order text: each column's header pieces printed before the run of the column left
/// of it, the last column left with none (`ColumnRuns.lastColumnLeftBare`).
@Suite struct ColumnRunsLastColumnBareTests {
    static let shifted = """
        Fiscal
        2030
        Net
        Sales
        (in millions)
        Revenue
        Cost of revenue
        Gross profit

        Fiscal
        2029

        100
        60
        40

        Fiscal
        2028

        90
        55
        35

        80
        50
        30
        """

    @Test func theColumnsGetNoHeaderOfTheirNeighbour() throws {
        let doc = try processed(text: Self.shifted)
        let t = try #require(doc.tables.first)
        #expect(t.nCols == 4)
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [40, 35, 30])
        #expect(!t.cells.contains { $0.columnPath.contains { $0.contains("2029") || $0.contains("2028") } })
    }

    /// A units caption printed among the pieces dropped still gives every column its units.
    @Test func aUnitsCaptionAmongThePiecesIsKept() throws {
        let text = Self.shifted.replacingOccurrences(of: "(in millions)\n", with: "The following table presents revenue by fiscal year, as reported.\n")
            .replacingOccurrences(of: "Fiscal\n2029\n", with: "Fiscal\n2029\n(In millions)\n")
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.value) == [40, 35, 30])
        #expect(t.cells.filter { $0.rowLabel == "Gross profit" }.map(\.scale) == [1_000_000, 1_000_000, 1_000_000])
    }

    @Test func whichHeadsLeaveTheLastColumnBare() {
        func heads(_ counts: [Int]) -> [[GridCell]] {
            counts.map { Array(repeating: GridCell(text: "2030", span: Span(start: 0, end: 4)), count: $0) }
        }
        #expect(ColumnRuns.lastColumnLeftBare(heads([2, 1, 0])))
        #expect(!ColumnRuns.lastColumnLeftBare(heads([2, 0])))
        #expect(!ColumnRuns.lastColumnLeftBare(heads([2, 0, 1])))
        #expect(!ColumnRuns.lastColumnLeftBare(heads([0, 1, 0])))
        #expect(!ColumnRuns.lastColumnLeftBare(heads([1, 1, 1])))
    }
}
