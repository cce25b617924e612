import FolioModel
@testable import FolioTables
import Testing

/// Reading-order statements whose upper band is printed column by column and whose lower
/// rows are printed across, row by row (`ColumnRuns.rowsAcrossBelow`), and a 10-Q's header
/// printed before the first run with its years repeating in period blocks
/// (`yearsInPeriodBlocks`, `periodHeadingAbove`), #17. Inputs written for them (a made-up
/// company).
@Suite struct ColumnRunsRowsAcrossTests {
    static func row(_ t: Table, _ label: String, nth: Int = 0) -> [String] {
        let rows = Set(t.cells.filter { $0.rowLabel == label }.map(\.row)).sorted()
        guard nth < rows.count else { return [] }
        return t.cells.filter { $0.row == rows[nth] && $0.value != nil }.sorted { $0.col < $1.col }.map(\.raw)
    }

    /// A 10-Q's income statement: the second group's heading and every column's date and
    /// year printed before the first run, the first group's heading above the labels; the
    /// rows below operating income printed across (one figure a line, net income on one
    /// line), the per-share rows each figure after its `$`, the share counts one a line.
    static func quarter(basic2031: String = "3.00") -> String {
        """
        Condensed Statements of Operations
        (in thousands, except per share data)
        Three Months Ended

        Revenues
        Cost of revenues
        Operating income
        Other income (expense):
        Interest expense
        Income before income taxes
        Provision for income taxes
        Net income
        Earnings per share:
        Basic
        Diluted
        Weighted-average shares outstanding:
        Basic
        Diluted

        Six Months Ended

        June 30,
        2031

        June 30,
        2030

        June 30,
        2031

        June 30,
        2030

        $ 1,000
        600
        400

        $ 900
        600
        300

        $ 2,000
        1,200
        800

        $ 1,800
        1,200
        600

        (20)
        (20)
        (40)
        (40)
        380
        280
        760
        560
        (80)
        (80)
        (160)
        (160)
        $ 300 $ 200 $ 600 $ 400

        $

        \(basic2031)

        $

        2.00

        $

        6.00

        $

        4.00

        $

        2.50

        $

        1.60

        $

        5.00

        $

        3.20

        100

        100

        100

        100

        120

        125

        120

        125

        See accompanying notes.
        """
    }

    /// Every row read, the lower rows dealt out across the four columns, each column with its
    /// period group, date and year.
    @Test func quarterReadWhole() throws {
        let doc = try processed(text: Self.quarter())
        let t = try #require(doc.tables.first { !Self.row($0, "Net income").isEmpty })
        #expect(Self.row(t, "Revenues") == ["$ 1,000", "$ 900", "$ 2,000", "$ 1,800"])
        #expect(Self.row(t, "Provision for income taxes") == ["(80)", "(80)", "(160)", "(160)"])
        #expect(Self.row(t, "Net income") == ["$ 300", "$ 200", "$ 600", "$ 400"])
        #expect(Self.row(t, "Diluted", nth: 0) == ["2.50", "1.60", "5.00", "3.20"])
        #expect(Self.row(t, "Diluted", nth: 1) == ["120", "125", "120", "125"])
        let paths = t.cells.filter { $0.rowLabel == "Net income" }.sorted { $0.col < $1.col }.map { $0.columnPath.joined(separator: " ") }
        #expect(paths == ["Three Months Ended June 30, 2031", "Three Months Ended June 30, 2030",
                          "Six Months Ended June 30, 2031", "Six Months Ended June 30, 2030"])
    }

    /// Guard: a per-share amount that is not net income over its share count (`2.00` where
    /// `300 / 100` is `3.00`): the rows across are not taken, the statement stays text.
    @Test func perShareNotAddingUpStaysText() throws {
        let doc = try processed(text: Self.quarter(basic2031: "2.00"))
        #expect(!doc.tables.contains { !Self.row($0, "Interest expense").isEmpty })
    }

    /// A 10-K's statement of three years: the lower group's rows printed across as one run,
    /// its total adding up in every column.
    static func annual(total2029: String = "(55)") -> String {
        """
        Statements of Income
        (in millions)
        Years Ended December 31,

        Revenue
        Cost of revenue
        Gross profit
        Other expense:
        Interest expense
        Other, net
        Total other expense

        2031

        2030

        2029

        500
        200
        300

        450
        180
        270

        400
        160
        240

        (30)
        (35)
        (40)
        (10)
        (15)
        (15)
        (40)
        (50)
        \(total2029)

        The accompanying notes are an integral part of these statements.
        """
    }

    @Test func annualRowsAcrossByTheirTotal() throws {
        let doc = try processed(text: Self.annual())
        let t = try #require(doc.tables.first { !Self.row($0, "Total other expense").isEmpty })
        #expect(Self.row(t, "Gross profit") == ["300", "270", "240"])
        #expect(Self.row(t, "Interest expense") == ["(30)", "(35)", "(40)"])
        #expect(Self.row(t, "Total other expense") == ["(40)", "(50)", "(55)"])
    }

    /// Guard: a total that does not add up in one column: the rows across are not taken.
    @Test func totalNotAddingUpStaysText() throws {
        let doc = try processed(text: Self.annual(total2029: "(65)"))
        #expect(!doc.tables.contains { !Self.row($0, "Interest expense").isEmpty })
    }

    /// A line of figures across: each figure with the `$` printed before it; any word, or a
    /// `$` left over, makes it no such line.
    @Test func figuresAcrossALine() {
        func spans(_ s: String) -> [String]? {
            let b = Array(s.utf8)
            return ColumnRuns.figuresAcross(b, Span(start: 0, end: b.count))?.map { String(decoding: b[$0.range], as: UTF8.self) }
        }
        #expect(spans("$ 3,125 $ 2,147 $ 6,015") == ["$ 3,125", "$ 2,147", "$ 6,015"])
        #expect(spans("(1,842) — (4,822)") == ["(1,842)", "—", "(4,822)"])
        #expect(spans("3,125 Net") == nil)
        #expect(spans("3,125 $") == nil)
        #expect(spans("3,125") == nil)
    }
}
