import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements whose last row, a section's net set apart under a rule, is
/// printed as a band of its own after every other band's runs (`ColumnRuns.netAsOwnBand`,
/// #17). Each on inputs written for it (a made-up company).
@Suite struct ColumnRunsNetBandTests {
    /// A cash flow section: net income a band of its own with the years and units caption
    /// among its figures, two bands of adjustments, then the section's net, one run a column.
    @Test func netAfterTheBandsIsTheLastRow() throws {
        let text = """
            CONSOLIDATED STATEMENTS OF CASH FLOWS
            For the Years Ended December 31,

            Net income
            Adjustments:
            Depreciation
            Deferred income taxes
            Changes in working capital:
            Receivables
            Inventories
            Payables
            Net cash provided by operating activities

            $

            2030

            2029
            (in millions)

            1,200

            $

            1,100

            2028

            $

            1,000

            300
            (20)

            280
            (15)

            260
            10

            (50)
            15
            40

            (30)
            5
            25

            20
            (5)
            (10)

            1,485

            1,365

            1,275

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net cash provided by operating activities" }.map(\.value) == [1_485, 1_365, 1_275])
        #expect(t.cells.filter { $0.rowLabel == "Payables" }.map(\.value) == [40, 25, -10])
        #expect(t.cells.filter { $0.rowLabel == "Net income" }.map(\.value) == [1_200, 1_100, 1_000])
        #expect(ColumnRunsYearsInBandTests.periods(t, row: "Payables")
                == ["2030-01-01..2030-12-31", "2029-01-01..2029-12-31", "2028-01-01..2028-12-31"])
    }

    static func schedule(net: (String, String)) -> String {
        """
        (In thousands)

        Product revenue
        Service revenue
        Other revenue
        Net revenues

        2030
        100
        200
        50

        2029
        90
        180
        40

        \(net.0)

        \(net.1)

        """
    }

    /// A schedule under years before each column's run, its last row (no `Total`) printed
    /// after both columns' runs, one figure a run.
    @Test func netOfAScheduleIsItsOwnBand() throws {
        let doc = try processed(text: Self.schedule(net: ("350", "310")))
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net revenues" }.map(\.value) == [350, 310])
        #expect(t.cells.filter { $0.rowLabel == "Service revenue" }.map(\.value) == [200, 180])
    }

    /// The same print whose last figures are not the sums of the rows above: no table.
    @Test func netThatDoesNotAddUpStaysText() throws {
        let doc = try processed(text: Self.schedule(net: ("340", "310")))
        #expect(doc.tables.isEmpty)
    }

    /// A one-row band opening the runs (years among it) may be closed by the net's band of
    /// as many runs of one figure; a closing band of another width is no such net.
    @Test func closingBandAsWideAsTheOpeningOne() {
        let kinds: [ColumnRuns.Line] = [.year, .year, .year, .figure, .figure, .figure, .figure, .figure]
        let text = Array("2030\n2029\n2028\n1\n2\n3\n4\n5\n".utf8)
        let lines = (0..<8).map { Span(start: 5 * $0, end: 5 * $0 + ($0 < 3 ? 4 : 1)) }
        func run(_ pieces: [Int], _ figures: Int) -> (pieces: [Int], figures: [Int]) { (pieces, Array(repeating: 3, count: figures)) }
        func band(_ runs: [(pieces: [Int], figures: [Int])]) -> Bool { ColumnRuns.yearsAmongOneRowBand(text, lines, kinds, runs) }
        let opening = [run([0, 1], 1), run([2], 1), run([], 1), run([], 3), run([], 3), run([], 3)]
        #expect(band(opening + [run([], 1), run([], 1), run([], 1)]))
        #expect(!band(opening + [run([], 1), run([], 1)]))
        #expect(!band(opening + [run([2], 1), run([], 1), run([], 1)]))
    }

    /// The label marked: only the last row, not a group label, with two rows above it, and
    /// not where a band may already end before it.
    @Test func onlyALastRowAfterRows() {
        func label(_ s: String) -> ColumnRuns.Label { ColumnRuns.Label(text: s, span: Span(start: 0, end: 0)) }
        let rows = ["Product revenue", "Other", "Net revenues"].map(label)
        #expect(ColumnRuns.netAsOwnBand(rows)?.last?.apart == true)
        #expect(ColumnRuns.netAsOwnBand(Array(rows.dropFirst())) == nil)
        #expect(ColumnRuns.netAsOwnBand(rows + [label("Other items:")]) == nil)
        #expect(ColumnRuns.netAsOwnBand(["Product revenue", "Other", "Total revenue", "Net"].map(label)) == nil)
        // No net, total or closing balance; a first label in title case taking a figure.
        #expect(ColumnRuns.netAsOwnBand(["Product revenue", "Other", "Dividends paid"].map(label)) == nil)
        #expect(ColumnRuns.netAsOwnBand(["Financing Activities", "Repurchases", "Net cash used"].map(label)) == nil)
        #expect(ColumnRuns.netAsOwnBand(["Balance at beginning of period", "Additions", "Balance at end of period"].map(label)) != nil)
    }
}
