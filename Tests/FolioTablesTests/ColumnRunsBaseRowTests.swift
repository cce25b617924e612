import FolioModel
@testable import FolioTables
import Testing

/// A tax rate reconciliation in reading order: each year an amount column and a percent
/// column, the base row (income before income taxes) printed in the amount columns only, one
/// run a year, before the columns' runs (`ColumnRuns.baseRowWithoutPercent`), #17. Inputs
/// written for it (a made-up company).
@Suite struct ColumnRunsBaseRowTests {
    static func row(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && ($0.value != nil || $0.raw.hasPrefix("—")) }.sorted { $0.col < $1.col }.map(\.raw)
    }

    static func reconciliation(stateShare: String = "1.5 %") -> String {
        """
        The reconciliation of the statutory federal rate to the effective rate was as follows:
        2031
        Amount
        2030
        Percent
        Amount
        Percent
        (in millions)

        Income before income taxes
        Federal statutory tax
        State taxes, net of federal benefit
        Research credits
        Other, net
        Income tax expense

        $

        8,000

        $

        6,000

        1,680
        120
        (200)
        —
        1,600

        21.0 %
        \(stateShare)
        (2.5)%
        —%
        20.0 %

        1,260
        60
        (150)
        30
        1,200

        21.0 %
        1.0 %
        (2.5)%
        0.5 %
        20.0 %

        """
    }

    @Test func theBaseRowInTheAmountColumnsOnly() throws {
        let doc = try processed(text: Self.reconciliation())
        let t = try #require(doc.tables.first { !Self.row($0, "Research credits").isEmpty })
        #expect(Self.row(t, "Income before income taxes") == ["8,000", "6,000"])
        #expect(t.cells.filter { $0.rowLabel == "Income before income taxes" }.map(\.col).sorted() == [0, 2])
        #expect(Self.row(t, "Federal statutory tax") == ["1,680", "21.0 %", "1,260", "21.0 %"])
        #expect(Self.row(t, "Other, net") == ["—", "—%", "30", "0.5 %"])
        #expect(Self.row(t, "Income tax expense") == ["1,600", "20.0 %", "1,200", "20.0 %"])
    }

    /// A percent that is not its amount over the base: the region stays text.
    @Test func aPercentNotOfTheBaseStaysText() throws {
        let doc = try processed(text: Self.reconciliation(stateShare: "2.5 %"))
        #expect(!doc.tables.contains { !Self.row($0, "Research credits").isEmpty })
    }

    @Test func percentsOfTheBase() throws {
        func p(_ s: String) throws -> ParsedNumber { try #require(NumberParser.parse(s)) }
        let amounts = try ["1,680", "120", "—"].map(p)
        #expect(ColumnRuns.percentsOfTheBase(amounts, try ["21.0 %", "1.5 %", "—%"].map(p), base: 8_000, baseTolerance: 0.5))
        #expect(!ColumnRuns.percentsOfTheBase(amounts, try ["21.0 %", "1.6 %", "—%"].map(p), base: 8_000, baseTolerance: 0.5))
        // One row checked is no evidence.
        #expect(!ColumnRuns.percentsOfTheBase(try ["1,680"].map(p), try ["21.0 %"].map(p), base: 8_000, baseTolerance: 0.5))
    }

    /// The first row (tax at the statutory rate) printed across with both figures a year, the
    /// header pieces among them; the years' later runs in another order than the first row's
    /// (2030's pair first), the page's number between them (`firstRateRowAcross`).
    @Test func theFirstRowPrintedAcross() throws {
        let doc = try processed(text: Self.rateAcross())
        let t = try #require(doc.tables.first { !Self.row($0, "Research and development tax credit").isEmpty })
        #expect(Self.row(t, "Tax expense computed at federal statutory rate") == ["840", "21.0 %", "630", "21.0 %"])
        #expect(Self.row(t, "State income taxes, net of federal tax effect") == ["60", "1.5 %", "30", "1.0 %"])
        #expect(Self.row(t, "Income tax expense") == ["820", "20.5 %", "600", "20.0 %"])
    }

    /// A pair of runs that fits no year's base: the region stays text.
    @Test func aPairFittingNoBaseStaysText() throws {
        let doc = try processed(text: Self.rateAcross(lastShare: "25.0 %"))
        #expect(!doc.tables.contains { !Self.row($0, "Research and development tax credit").isEmpty })
    }

    static func rateAcross(lastShare: String = "20.0 %") -> String {
        """
        The income tax expense differs from the amount computed at the federal statutory rate as follows:
        Year Ended
        December 31,
        2031

        Tax expense computed at federal statutory rate
        Expense (benefit) resulting from:
        State income taxes, net of federal tax effect
        Research and development tax credit
        Other
        Income tax expense

        840

        (In millions, except percentages)
        21.0 % $
        630
        21.0 %

        30
        (90)
        30
        600

        1.0 %
        (3.0)%
        1.0 %
        \(lastShare)

        42

        60
        (120)
        40
        820

        1.5 %
        (3.0)%
        1.0 %
        20.5 %

        """
    }

    /// Three years, the heading centred over them: the middle year's date and year and the
    /// first's printed above the labels, the last's before the first row's figures; each year
    /// heads its pair of columns (`yearsOverPairs`).
    @Test func theYearsOverTheirPairs() throws {
        let text = """
            The income tax expense differs from the amount computed at the federal statutory rate as follows:
            Year Ended
            December 31,
            2030

            December 31,
            2031
            Tax expense computed at federal statutory rate
            Expense (benefit) resulting from:
            State income taxes, net of federal tax effect
            Research and development tax credit
            Other
            Income tax expense

            December 31,
            2029

            $

            840

            (In millions, except percentages)
            21.0 % $
            630
            21.0 % $

            420

            21.0 %

            60
            (120)
            40
            820

            1.5 %
            (3.0)%
            1.0 %
            20.5 %

            10
            (60)
            10
            380

            0.5 %
            (3.0)%
            0.5 %
            19.0 %

            42

            30
            (90)
            30
            600

            1.0 %
            (3.0)%
            1.0 %
            20.0 %

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first { !Self.row($0, "Research and development tax credit").isEmpty })
        #expect(Self.row(t, "Income tax expense") == ["820", "20.5 %", "600", "20.0 %", "380", "19.0 %"])
        func year(_ col: Int) -> Int? {
            guard case let .duration(_, end)? = t.cells.first(where: { $0.rowLabel == "Other" && $0.col == col })?.period else { return nil }
            return end.year
        }
        #expect((0..<6).map(year) == [2031, 2031, 2030, 2030, 2029, 2029])
    }

    /// Each year over a group of side-by-side columns is in order; a year out of its place
    /// among single columns is not.
    @Test func yearsOverGroupsOfColumns() {
        func heads(_ years: [String]) -> [[GridCell]] { years.map { [GridCell(text: $0, span: Span(start: 0, end: 4))] } }
        #expect(!ColumnRuns.yearsOutOfOrder(heads(["2031", "2031", "2030", "2030", "2029", "2029"])))
        #expect(ColumnRuns.yearsOutOfOrder(heads(["2031", "2029", "2030"])))
        #expect(ColumnRuns.yearsOutOfOrder(heads(["2031", "2031", "2029", "2029", "2030", "2030"])))
    }
}
