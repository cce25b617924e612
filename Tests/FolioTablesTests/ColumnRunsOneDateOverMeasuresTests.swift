import FolioModel
@testable import FolioTables
import Testing

/// Reading-order note tables whose columns are measures at one date, the whole header printed
/// above the labels, the date first (`ColumnRuns.oneDateOverMeasures`, #17). Inputs written
/// for them (a made-up company).
@Suite struct ColumnRunsOneDateOverMeasuresTests {
    static func periods(_ t: Table, row label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }.map { c in
            switch c.period {
            case let .instant(d)?: return "\(d)"
            case let .duration(s, e)?: return "\(s)..\(e)"
            default: return "-"
            }
        }
    }

    static func securities(date: String = "June 30, 2031", last: String = "Losses") -> String {
        """
        The amortized cost, unrealized gains and losses and fair value of debt securities were as follows:
        \(date)
        Gross Unrealized

        Amortized
        Cost

        Gains

        Fair
        Value

        \(last)
        (in millions)

        Agency debt securities
        Treasury securities
        Total

        $

        410
        3,800
        4,210

        $

        2
        30
        32

        $

        (1)
        (6)
        (7)

        $

        411
        3,824
        4,235

        """
    }

    /// One date over four measures printed out of column order, a heading over two of them:
    /// every column is at that date; the measures are not dealt out.
    @Test func everyColumnAtTheDate() throws {
        let doc = try processed(text: Self.securities())
        let t = try #require(doc.tables.first)
        #expect(Self.periods(t, row: "Treasury securities") == ["2031-06-30", "2031-06-30", "2031-06-30", "2031-06-30"])
        #expect(t.cells.first { $0.rowLabel == "Total" && $0.col == 3 }?.value == 4235)
    }

    /// A period heading over the date (`For the Year Ended`), a roll-forward's columns: the
    /// balances are at the period's ends, the movements the year.
    @Test func periodHeadingOverTheDate() throws {
        let text = """
            The following table presents the activity in the reserves:
            For the Year Ended
            June 30, 2031
            Reserves
            Series A

            Series B

            Right to Recover

            (in millions)

            Balance as of beginning of period
            Losses incurred
            Balance as of end of period

            $

            400 $
            (100)
            300 $

            700 $
            (50)
            650 $

            (90)
            (20)
            (110)

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.periods(t, row: "Losses incurred") == ["2030-07-01..2031-06-30", "2030-07-01..2031-06-30", "2030-07-01..2031-06-30"])
        #expect(Self.periods(t, row: "Balance as of end of period") == ["2031-06-30", "2031-06-30", "2031-06-30"])
    }

    /// Guards: a second year among the pieces (the columns may be two dates), or fewer measure
    /// blocks than columns (the columns need not be measures): no column takes the date.
    @Test func anotherYearOrTooFewMeasuresGiveNoHeader() throws {
        let anotherYear = Self.securities(last: "2030")
        let fewBlocks = Self.securities().replacingOccurrences(of: "Gains\n\nFair", with: "Gains\nFair")
            .replacingOccurrences(of: "Value\n\nLosses", with: "Value\nLosses")
        for text in [anotherYear, fewBlocks] {
            let doc = try processed(text: text)
            let t = try #require(doc.tables.first)
            #expect(Self.periods(t, row: "Treasury securities") == ["-", "-", "-", "-"])
        }
    }

    /// Measures naming a statement (`Gross Amount Offset in the` / `Consolidated Balance
    /// Sheets`): they are measures all the same, and the date over them is every column's.
    @Test func measuresNamingAStatement() throws {
        let text = """
            The offsetting effect on derivative assets and liabilities was as follows:
            As of June 30, 2031
            Gross Amount
            Recognized in the
            Consolidated
            Balance Sheets

            Gross Amount
            Offset in the
            Consolidated
            Balance Sheets

            Net Amount

            (in thousands)

            Derivative assets
            Derivative liabilities

            $

            347
            1,069

            $

            (40)
            (40)

            $

            307
            1,029

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.periods(t, row: "Derivative liabilities") == ["2031-06-30", "2031-06-30", "2031-06-30"])
    }
}
