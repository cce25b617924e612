import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements whose first row is a band of its own, the header's years and
/// units caption printed among that row's figures (`ColumnRuns.yearsAmongOneRowBand`,
/// `ColumnRuns.unitsAmongPieces`, #17). Each on inputs written for it (a made-up company).
@Suite struct ColumnRunsYearsInBandTests {
    static let labels = """
        CONSOLIDATED STATEMENTS OF CASH FLOWS
        For the Years Ended December 31,

        Net income
        Adjustments:
        Depreciation
        Stock-based compensation
        Deferred income taxes
        """

    /// The next band, column by column: depreciation, stock-based compensation, deferred taxes.
    static let nextBand = """
        300
        50
        (20)

        280
        45
        (15)

        260
        40
        10
        """

    static func periods(_ t: Table, row label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label }.map { c in
            if case let .duration(s, e)? = c.period { return "\(s)..\(e)" }
            return "-"
        }
    }

    /// Two years and the units caption before the first column's figure, the third year
    /// before the last column's.
    @Test func yearsAndUnitsAmongTheFirstRowAreTheHeader() throws {
        let text = Self.labels + """


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


            """ + Self.nextBand
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net income" }.map(\.value) == [1_200, 1_100, 1_000])
        #expect(t.cells.filter { $0.rowLabel == "Deferred income taxes" }.map(\.value) == [-20, -15, 10])
        #expect(t.units.scale == 1_000_000)
        #expect(Self.periods(t, row: "Depreciation") == ["2030-01-01..2030-12-31", "2029-01-01..2029-12-31", "2028-01-01..2028-12-31"])
    }

    /// Each year printed before the figure of the column left of its own.
    @Test func yearsOneFigureEarlyAreTheHeader() throws {
        let text = """
            (In millions)

            """ + Self.labels + """


            2030

            $

            2029

            1,200

            $

            2028

            1,100

            $

            1,000


            """ + Self.nextBand
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(t.cells.filter { $0.rowLabel == "Net income" }.map(\.value) == [1_200, 1_100, 1_000])
        #expect(t.cells.filter { $0.rowLabel == "Stock-based compensation" }.map(\.value) == [50, 45, 40])
        #expect(Self.periods(t, row: "Net income") == ["2030-01-01..2030-12-31", "2029-01-01..2029-12-31", "2028-01-01..2028-12-31"])
    }

    /// Runs of one figure only (a note printed row by row), or fewer years than runs of one
    /// figure: no one-row band.
    @Test func onlyABandAsWideAsItsYearsFollowedByBands() {
        let kinds: [ColumnRuns.Line] = [.year, .year, .year, .figure, .figure, .figure, .figure, .figure]
        let text = Array("2030\n2029\n2028\n1\n2\n3\n4\n5\n".utf8)
        let lines = (0..<8).map { Span(start: 5 * $0, end: 5 * $0 + ($0 < 3 ? 4 : 1)) }
        func run(_ pieces: [Int], _ figures: Int) -> (pieces: [Int], figures: [Int]) { (pieces, Array(repeating: 3, count: figures)) }
        func band(_ runs: [(pieces: [Int], figures: [Int])]) -> Bool { ColumnRuns.yearsAmongOneRowBand(text, lines, kinds, runs) }
        #expect(band([run([0, 1], 1), run([2], 1), run([], 1), run([], 3), run([], 3), run([], 3)]))
        #expect(!band([run([0, 1], 1), run([], 1), run([], 1), run([], 3), run([], 3), run([], 3)]))
        #expect(!band([run([0, 1], 1), run([2], 1), run([], 1), run([], 1), run([], 1), run([], 1)]))
        #expect(!band([run([0, 1], 1), run([2], 1), run([], 1), run([], 3)]))
    }
}
