import FolioModel
@testable import FolioTables
import Testing

/// Reading-order tables of several measures a year, one year over each group of columns and
/// one measure over each column, the pieces printed where the text flow reaches them
/// (`ColumnRuns.headsInYearGroups`, #17). Inputs written for them (a made-up company).
@Suite struct ColumnRunsYearGroupsTests {
    static func columns(_ t: Table, _ label: String) -> [String] {
        t.cells.filter { $0.rowLabel == label && $0.value != nil }.sorted { $0.col < $1.col }
            .map { $0.columnPath.joined(separator: " ") }
    }

    /// Sales and their share a fiscal year, three years; the first year and measure above
    /// the units caption, each later year before the run of the column before its group.
    @Test func salesAndShareUnderFiscalYears() throws {
        let text = """
            The following table presents net sales by product line:
            Fiscal
            2031
            Net
            Sales

            dollars in millions

            Apparel
            Footwear
            Accessories
            Net sales

            $

            Fiscal
            2030
            % of
            Net Sales

            410
            390
            200
            1,000

            Net
            Sales

            41.0 %
            39.0
            20.0
            100.0 %

            Fiscal
            2029
            % of
            Net Sales

            380
            370
            150
            900

            Net
            Sales

            42.2 %
            41.1
            16.7
            100.0 %

            % of
            Net Sales

            350
            300
            150
            800

            43.8 %
            37.5
            18.8
            100.0 %

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Footwear") == ["Fiscal 2031 Net Sales", "Fiscal 2031 % of Net Sales",
                                                "Fiscal 2030 Net Sales", "Fiscal 2030 % of Net Sales",
                                                "Fiscal 2029 Net Sales", "Fiscal 2029 % of Net Sales"])
    }

    /// An ownership table of two measures a year, the years printed bare: the first year and
    /// measure right above the labels, the second year before the second column's run, then
    /// the later columns' measures in print order (`third`, `fourth`).
    static func ownership(third: String, fourth: String) -> String {
        """
        Ownership and voting power were allocated as follows:
        2031
        Equity
        Ownership

        Public investors holding class A common stock
        Founders holding class B common stock of the company
        Employees holding class A common stock in the plan

        70.0 %
        20.0 %
        10.0 %

        2030

        Voting
        Power

        60.0 %
        30.0 %
        10.0 %

        \(third)

        72.0 %
        19.0 %
        9.0 %

        \(fourth)

        62.0 %
        29.0 %
        9.0 %

        """
    }

    static let founders = "Founders holding class B common stock of the company"

    /// The same measures under each year: each column takes its year and its measure.
    @Test func twoMeasuresUnderBareYears() throws {
        let doc = try processed(text: Self.ownership(third: "Equity\nOwnership", fourth: "Voting\nPower"))
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, Self.founders) == ["2031 Equity Ownership", "2031 Voting Power",
                                                   "2030 Equity Ownership", "2030 Voting Power"])
    }

    /// Guard: measures that do not repeat in the same order under each year tell no column
    /// apart (`Voting Power` first under the second year): no column takes a year.
    @Test func measuresOutOfOrderGiveNoYears() throws {
        let doc = try processed(text: Self.ownership(third: "Voting\nPower", fourth: "Equity\nOwnership"))
        let t = try #require(doc.tables.first)
        #expect(!Self.columns(t, Self.founders).contains { $0.contains("2031") })
    }

    /// The whole header printed above the labels, block by block where the flow reaches each
    /// piece: a year, then measures each of one or two lines, a blank line after each
    /// (measures apart by blank lines, `headsInYearGroups`).
    static func intangibles(second: String = "Accumulated\nAmortization", third: String = "Net Carrying\nAmount") -> String {
        """
        The following table sets forth intangible assets at December 31:
        2031
        Gross Carrying
        Amount

        Accumulated
        Amortization

        2030
        \(third)

        Gross Carrying
        Amount

        \(second)

        Net Carrying
        Amount

        (in millions)

        Software
        Customer relationships
        Total

        $

        4,100
        2,200
        6,300

        $

        (1,500)
        (700)
        (2,200)

        2,600
        1,500
        4,100

        $

        3,900
        2,100
        6,000

        (1,300)
        (600)
        (1,900)

        2,600
        1,500
        4,100

        """
    }

    /// Three measures a year, two years, each measure's lines a block: the measures are told
    /// apart by the blank lines, and a one-word measure's last line over a blank line
    /// (`Amortization`) names no year.
    @Test func wholeHeaderAboveTheLabelsMeasuresApartByBlankLines() throws {
        let doc = try processed(text: Self.intangibles())
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "Software") == ["2031 Gross Carrying Amount", "2031 Accumulated Amortization", "2031 Net Carrying Amount",
                                                "2030 Gross Carrying Amount", "2030 Accumulated Amortization", "2030 Net Carrying Amount"])
    }

    /// One-word measures, each over a blank line, a year after some of them (`Amount` /
    /// blank / `2030` / `Percent`): the word is a measure, not the year's name.
    @Test func oneWordMeasuresOverBlankLinesNameNoYear() throws {
        let text = """
            A reconciliation of the effective tax rate was as follows:
            2031
            Amount

            2030
            Percent

            Amount

            Percent

            ($ in millions)

            Federal statutory tax
            State taxes
            Income tax expense

            $

            210
            40
            250

            21.0 %
            4.0
            25.0 %

            $

            190
            30
            220

            21.0 %
            3.3
            24.3 %

            """
        let doc = try processed(text: text)
        let t = try #require(doc.tables.first)
        #expect(Self.columns(t, "State taxes") == ["2031 Amount", "2031 Percent", "2030 Amount", "2030 Percent"])
    }

    /// Guard: the blocks under the second year not the first's measures in the same order
    /// (`Net Carrying Amount` second): no column takes a year.
    @Test func wholeHeaderAboveWithMeasuresOutOfOrderGivesNoYears() throws {
        let doc = try processed(text: Self.intangibles(second: "Net Carrying\nAmount", third: "Accumulated\nAmortization"))
        let t = try #require(doc.tables.first)
        #expect(!Self.columns(t, "Software").contains { $0.contains("2031") })
    }
}
