import FolioModel
@testable import FolioTables
import Testing

/// Fixed-width header lines mapped onto the columns below them: period headings over groups
/// of columns (`FixedWidth.periodHeadingsOverGroups`) and lines of years (`yearsHeaderLine`).
@Suite struct FixedWidthHeaderSpanTests {
    func table(_ s: String) throws -> Table {
        try #require(try processed(text: s).tables.first)
    }

    /// The column path of each data column, from the first row's cells.
    func paths(_ t: Table) -> [[String]] {
        let first = t.cells.filter { $0.row == t.cells.first?.row }
        return first.map(\.columnPath)
    }

    @Test("dates centred over groups of sub-columns head every column of their group")
    func datesOverLevels() throws {
        let t = try table("""
            The following table presents assets measured at fair value.

                                                  June 30, 2025                  December 31, 2024
                                            Total      Level 1    Level 2      Total     Level 1    Level 2
            Money market funds             $1,974      $1,974       $500      $6,475      $6,475       $700
            Commercial paper                  164         100         64         165         100         65
            Total assets                   $2,138      $2,074       $564      $6,640      $6,575       $765

            """)
        #expect(paths(t) == [["June 30, 2025", "Total"], ["June 30, 2025", "Level 1"], ["June 30, 2025", "Level 2"],
                             ["December 31, 2024", "Total"], ["December 31, 2024", "Level 1"], ["December 31, 2024", "Level 2"]])
        for c in t.cells where c.col >= 3 { #expect(c.period == .instant(CalendarDate(year: 2024, month: 12, day: 31)!)) }
        for c in t.cells where c.col < 3 { #expect(c.period == .instant(CalendarDate(year: 2025, month: 6, day: 30)!)) }
    }

    @Test("years centred between an amount and its percentage head both")
    func yearsOverPairs() throws {
        let t = try table("""
            The following table reconciles income taxes.

                                                            For the Years Ended
                                                               September 30,
                                            2024                     2023                     2022
            Income tax at statutory rate  $ 5,022      21 %       $ 4,418      21 %       $ 3,809      21 %
            State income taxes                258       1 %           245       1 %           216       1 %
            Income tax provision          $ 5,280      22 %       $ 4,663      22 %       $ 4,025      22 %

            """)
        let years = paths(t).map { PeriodClues($0.joined(separator: " ")).allYears }
        #expect(years == [[2024], [2024], [2023], [2023], [2022], [2022]])
        #expect(paths(t).allSatisfy { $0.first == "For the Years Ended" })
    }

    @Test("a heading alone on its line heads every column; a line naming other things keeps its cells' columns")
    func soleHeading() throws {
        let t = try table("""
            The following table summarizes our investments.

                                                              As of June 30, 2025
                                            Amortized       Gross          Gross        Estimated
                                               Cost      Unrealized     Unrealized     Fair Value
            Corporate debt                   10,000          120            (20)         10,100
            Government securities             5,000           50             (5)          5,045
            Total                            15,000          170            (25)         15,145

            """)
        #expect(paths(t).allSatisfy { $0.first == "As of June 30, 2025" })
        // `Total` | `Level 1` is no period heading: read by overlap only.
        let levels = [[FixedWidth.Token(start: 0, end: 5, x0: 40, x1: 45, text: "Total"),
                       FixedWidth.Token(start: 6, end: 13, x0: 60, x1: 67, text: "Level 1")]]
        var spans = [[(1, 1), (3, 3)]]
        FixedWidth.periodHeadingsOverGroups(levels, &spans, cols: [(40, 45), (50, 55), (60, 67), (70, 75)])
        #expect(spans[0].map(\.0) == [1, 3] && spans[0].map(\.1) == [1, 3])
        // A heading wrapped onto a line of its own over a line of two headings, one with a
        // length, heads its group only.
        let wrapped = [[FixedWidth.Token(start: 0, end: 23, x0: 91, x1: 114, text: "Three months ended June")],
                       [FixedWidth.Token(start: 24, end: 48, x0: 63, x1: 87, text: "Six months ended June 30"),
                        FixedWidth.Token(start: 49, end: 51, x0: 102, x1: 104, text: "30")]]
        var wrappedSpans = [[(3, 4)], [(1, 2), (3, 3)]]
        FixedWidth.periodHeadingsOverGroups(wrapped, &wrappedSpans, cols: [(70, 75), (83, 87), (98, 103), (111, 116)])
        #expect(wrappedSpans[0].map(\.0) == [3] && wrappedSpans[0].map(\.1) == [4])
        #expect(wrappedSpans[1].map(\.0) == [1, 3] && wrappedSpans[1].map(\.1) == [2, 4])
        // `Fiscal` alone on its line states no period by itself.
        let fiscal = [[FixedWidth.Token(start: 0, end: 6, x0: 50, x1: 56, text: "Fiscal")]]
        var one = [[(2, 2)]]
        FixedWidth.periodHeadingsOverGroups(fiscal, &one, cols: [(40, 45), (50, 55), (60, 67)])
        #expect(one[0].map(\.0) == [2] && one[0].map(\.1) == [2])
    }

    @Test("a line of years over narrow columns is a header line, even where its first year starts in the label zone")
    func yearsLineOverNarrowColumns() throws {
        let t = try table("""
            Segments as a percentage of net sales are as follows:

                                                    Three Months Ended March 31
                                                  2025               2024
            Fabric Care                                 23 %               24 %
            Home Care                                   12 %               13 %
            Total                                      100 %              100 %

            """)
        #expect(t.cells.allSatisfy { $0.rowLabel != "2025" })
        #expect(paths(t) == [["Three Months Ended March 31", "2025"], ["Three Months Ended March 31", "2024"]])
        #expect(FixedWidth.yearsHeaderLine([FixedWidth.Token(start: 0, end: 4, x0: 0, x1: 4, text: "2025"),
                                            FixedWidth.Token(start: 5, end: 9, x0: 20, x1: 24, text: "2024")]))
        #expect(!FixedWidth.yearsHeaderLine([FixedWidth.Token(start: 0, end: 4, x0: 0, x1: 4, text: "2026"),
                                             FixedWidth.Token(start: 5, end: 8, x0: 20, x1: 23, text: "892")]))
    }

    @Test("two years printed near one column each head a column of their own")
    func yearsOnePerColumn() throws {
        let t = try table("""
            Interest expense related to the Notes is as follows:

                                                 Three Months Ended June 30,        Six Months Ended June 30,
                                                   2025             2024               2025           2024
                                                                        (in thousands)
            Contractual interest expense    $              140    $              430     $           284 $               861
            Amortization of issuance costs                  77                   502                 577               1,002
            Total interest expense          $              217    $              932     $           861 $             1,863

            """)
        let years = paths(t).map { PeriodClues($0.joined(separator: " ")).allYears }
        #expect(years == [[2025], [2024], [2025], [2024]])
        #expect(t.cells.allSatisfy { $0.period != nil })
        // Read by first column, the fourth year would share the third's; a line with more
        // years than columns keeps the year that has no column of its own where it was.
        func yearTokens(_ xs: [Int]) -> [[FixedWidth.Token]] {
            [xs.enumerated().map { i, x in FixedWidth.Token(start: i * 5, end: i * 5 + 4, x0: x, x1: x + 4, text: String(2025 - i)) }]
        }
        var spans = [[(1, 1), (2, 2), (3, 3), (3, 4)]]
        FixedWidth.yearsOnePerColumn(yearTokens([10, 20, 30, 40]), &spans, columns: 4)
        #expect(spans[0].map(\.0) == [1, 2, 3, 4] && spans[0].map(\.1) == [1, 2, 3, 4])
        var over = [[(1, 1), (2, 2), (2, 2)]]
        FixedWidth.yearsOnePerColumn(yearTokens([10, 20, 30]), &over, columns: 2)
        #expect(over[0].map(\.0) == [1, 2, 2])
        // A line that is not years alone is left as read.
        var mixed = [[(1, 1), (1, 2)]]
        FixedWidth.yearsOnePerColumn([[FixedWidth.Token(start: 0, end: 4, x0: 10, x1: 14, text: "2025"),
                                       FixedWidth.Token(start: 5, end: 10, x0: 16, x1: 21, text: "Total")]], &mixed, columns: 2)
        #expect(mixed[0].map(\.0) == [1, 1])
    }

    @Test("headings one place right of a neighbour's figures head their own column only")
    func adjacentHeadings() throws {
        let t = try table("""
            CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY

                                             Common Stock      Additional
            Dollars in millions;                                Paid-In
            shares in thousands         Shares  Amount      Capital    Total
            BALANCE JUNE 30, 2025      2,344,852   $4,009   $68,283  $72,292
            Stock issued                 (7,966)       12       331      343
            BALANCE SEPT. 30, 2025     2,336,886   $4,021   $68,614  $72,635

            """)
        let cols = Dictionary(grouping: t.cells, by: \.col)
        #expect(cols[0]?.first?.columnPath.last == "Shares")
        #expect(cols[1]?.first?.columnPath.last == "Amount")
        #expect(cols[0]?.allSatisfy { !$0.columnPath.joined(separator: " ").contains("Amount") } == true)
        // The share counts keep the shares' thousands, the amounts the table's millions.
        #expect(cols[0]?.allSatisfy { $0.scale == 1_000 } == true)
        #expect(cols[1]?.allSatisfy { $0.scale == 1_000_000 } == true)
        // The overlap is exact: a cell one place short of a column heads only the column it
        // overlaps, a cell over none the nearest.
        let cols3 = [(24, 30), (32, 38), (42, 49)]
        #expect(FixedWidth.headerColumns(FixedWidth.Token(start: 0, end: 6, x0: 32, x1: 38, text: "Amount"), cols: cols3) == [2])
        #expect(FixedWidth.headerColumns(FixedWidth.Token(start: 0, end: 6, x0: 30, x1: 32, text: "x"), cols: cols3) == [1])
        #expect(FixedWidth.headerColumns(FixedWidth.Token(start: 0, end: 12, x0: 25, x1: 45, text: "Common Stock"), cols: cols3) == [1, 2, 3])
    }
}
