import FolioModel
@testable import FolioTables
import Testing

/// A note's table in reading order whose word headings came out a column ahead of their runs
/// (`ColumnRuns.headingsAColumnEarly`, #17). Inputs written for it (a made-up company).
@Suite struct ColumnRunsHeadingsEarlyTests {
    static func header(_ t: Table, column: Int) -> [String] {
        t.cells.first { $0.col == column && $0.value != nil }?.columnPath ?? []
    }

    /// `fourth`: the lines before the last column's run.
    static func securities(fourth: String = "$") -> String {
        """
        At March 31, 2031, marketable securities consisted of the following (in millions):
        Amortized
        Cost

        Corporate notes
        Treasury securities
        Asset-backed securities
        Commercial paper
        Total marketable securities

        $

        300
        200
        40
        10
        550

        $

        Unrealized
        Gains

        $

        Unrealized
        Losses

        4
        1
        0
        0
        5

        $

        Fair Value

        (2)
        (3)
        (1)
        0
        (6)

        \(fourth)

        302
        198
        39
        10
        549

        """
    }

    @Test func headingsMovedToTheirRuns() throws {
        let doc = try processed(text: Self.securities())
        let t = try #require(doc.tables.first)
        #expect(Self.header(t, column: 1) == ["Unrealized", "Gains"])
        #expect(Self.header(t, column: 2) == ["Unrealized", "Losses"])
        #expect(Self.header(t, column: 3) == ["Fair Value"])
        #expect(t.cells.filter { $0.rowLabel == "Corporate notes" }.sorted { $0.col < $1.col }.map(\.raw) == ["300", "4", "(2)", "302"])
        // Every column now headed but the first: the lead-in's date reaches them all.
        let date = try #require(CalendarDate(year: 2031, month: 3, day: 31))
        #expect(t.cells.filter { $0.value != nil }.allSatisfy { $0.period == .instant(date) })
    }

    /// Guard: the last column prints a heading of its own: the headings are where they
    /// belong, and none moves.
    @Test func aLastColumnWithAHeadingMovesNone() throws {
        let doc = try processed(text: Self.securities(fourth: "$\n\nTotal"))
        let t = try #require(doc.tables.first)
        #expect(Self.header(t, column: 3) == ["Total"])
        #expect(Self.header(t, column: 2) == ["Fair Value"])
    }

    /// Guards on the pieces alone: two columns with a `$` between pieces, or a year among
    /// them, move nothing.
    @Test func otherPiecesMoveNothing() {
        // Lines: 0 `A`, 1 `$`, 2 `B`, 3 `C`, 4 `$`, 5 `D`, 6 `2031`.
        let kinds: [ColumnRuns.Line] = [.label, .currencySign, .label, .label, .currencySign, .label, .year]
        func cells(_ ls: [Int]) -> [GridCell] { ls.map { GridCell(text: "p\($0)", span: Span(start: $0, end: $0 + 1)) } }
        let runs: [(pieces: [Int], figures: [Int])] = [([], [10]), ([0, 2], [11]), ([3, 5], [12]), ([], [13])]
        #expect(ColumnRuns.headingsAColumnEarly(kinds, runs, headRun: [0, 1, 2, 3], heads: [[], cells([0, 2]), cells([3, 5]), []]) == nil)
        let one: [(pieces: [Int], figures: [Int])] = [([], [10]), ([0, 2], [11]), ([3], [12]), ([], [13])]
        #expect(ColumnRuns.headingsAColumnEarly(kinds, one, headRun: [0, 1, 2, 3], heads: [[], cells([0, 2]), cells([3]), []])?.map { $0.map(\.text) }
                == [[], ["p0"], ["p2"], ["p3"]])
        let year = [GridCell(text: "p0", span: Span(start: 0, end: 1)), GridCell(text: "2031", span: Span(start: 2, end: 3))]
        #expect(ColumnRuns.headingsAColumnEarly(kinds, one, headRun: [0, 1, 2, 3], heads: [[], year, cells([3]), []]) == nil)
    }
}
