import FolioModel
@testable import FolioTables
import Testing

/// Where a fixed-width region starts and ends (`pdftotext -layout` and a PDF's own rendition):
/// a later table's units-note header starts a new region (`FixedWidth.startsNextTable`), and
/// one row under its column headings is a table (`FixedWidth.headsOneRow`,
/// `RegionFilter.headsItsRow`). Each rule on inputs written for it.
@Suite struct RegionSplitTests {
    func regions(_ s: String) -> [TableRegion] { TableRegionFinder.find(in: Array(s.utf8)) }

    @Test func aUnitsNoteHeaderUnderATitleStartsTheNextTable() throws {
        let s = """
        Interest Expense, Net
        years ended December 31 (in millions)                2026         2025          2024
        Interest expense                                 $    2,808 $     2,224 $       2,230
        Interest income                                        (648)        (540)         (186)
        Interest expense, net                            $    2,160 $     1,684 $       2,044

        Accrued Liabilities
        as of December 31 (in millions)                                   2026          2025
        Sales rebates                                              $     14,304   $   13,627
        Dividends payable                                                 2,936        2,783
        Accrued liabilities                                        $     17,240   $   16,410
        """
        let r = regions(s)
        #expect(r.count == 2)
        #expect(r.last?.lines.count == 4)
        let doc = try processed(text: s)
        #expect(doc.tables.count == 2)
        let rebates = try #require(doc.tables.last?.cells.first { $0.rowLabel == "Sales rebates" && $0.value == 14_304 })
        #expect(rebates.columnPath.contains("2026"))
        #expect(rebates.period?.end == CalendarDate(iso: "2026-12-31"))
        #expect(doc.tables.last?.title == "Accrued Liabilities")
    }

    @Test func aUnitsNoteHeaderStartsTheNextTableWithoutABlankLineOrATitle() throws {
        // No blank line between the tables (a converter that prints none), then no title.
        let s = """
        (in millions)                                        2026         2025          2024
        Revenue                                          $    5,100 $     4,800 $       4,500
        Cost of revenue                                       2,000        1,900         1,800
        Accrued Liabilities
        as of December 31 (in millions)                                   2026          2025
        Sales rebates                                              $     14,304   $   13,627
        Dividends payable                                                 2,936        2,783

        as of December 31 (in millions)                                   2026          2025
        Leases                                                     $        512   $      498
        Pensions                                                            311          287
        """
        let r = regions(s)
        #expect(r.count == 3)
        let doc = try processed(text: s)
        let rebates = try #require(doc.tables.flatMap(\.cells).first { $0.rowLabel == "Sales rebates" && $0.value == 14_304 })
        #expect(rebates.columnPath == ["2026"])
        let pensions = try #require(doc.tables.flatMap(\.cells).first { $0.rowLabel == "Pensions" && $0.value == 287 })
        #expect(pensions.columnPath == ["2025"])
    }

    @Test func theRegionsOwnUnitsNoteHeaderAndAGroupLabelDoNotCutIt() throws {
        // Above the rows the units-note header is the region's own; a group label between
        // rows, after a blank line, stays inside.
        let s = """
                                                           Fiscal        Fiscal
        in millions                                          2026          2025
        Net sales                                         $ 9,100       $ 8,700
        Cost of sales                                       6,000         5,800

        Operating expenses:
        Selling                                             1,200         1,150
        Total operating expenses                            1,200         1,150
        """
        let r = regions(s)
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 8)
        // Under period headings whose dates are broken across lines, the day numbers (`31`)
        // are no row: the units-note header below them is still the region's own.
        let s2 = """
                                              Three Months Ended March     Nine Months Ended March
                                                        31                          31
        Amounts in millions                      2026        2025          2026        2025
        Net sales                            $ 19,776    $ 20,195      $ 63,395    $ 63,507
        Cost of products sold                   9,694       9,855        30,533      30,500
        """
        let r2 = regions(s2)
        #expect(r2.count == 1)
        #expect(r2.first?.lines.count == 5)
    }

    @Test func oneRowUnderItsColumnHeadingsIsATable() throws {
        let s = """
        The following table presents the total intrinsic value of stock options exercised:
                                                                     Fiscal          Fiscal          Fiscal
        in millions                                                    2026            2025            2024
        Total intrinsic value of stock options exercised        $       254   $         152   $          61

        The following table presents our principal payments:
                                        2027       2028        2029        2030        Thereafter        Total
        Future principal payments   $      —   $  5,513    $  2,750    $      —    $     11,728   $   19,991
        """
        let r = regions(s)
        #expect(r.count == 2)
        let doc = try processed(text: s)
        #expect(doc.tables.count == 2)
        let exercised = try #require(doc.tables.first?.cells.first { $0.value == 152 })
        #expect(exercised.rowLabel == "Total intrinsic value of stock options exercised")
        #expect(exercised.columnPath.contains("2025"))
        #expect(doc.tables.first?.units.scale == 1_000_000)
        let payments = try #require(doc.tables.last?.cells.first { $0.value == 2_750 })
        #expect(payments.rowLabel == "Future principal payments")
        #expect(payments.columnPath == ["2029"])
    }

    @Test("one row under a group label under headings is a table")
    func oneRowUnderAGroupLabel() throws {
        let s = """
        Before-tax gains and losses on instruments in hedging relationships are as follows:
                                                              Three Months Ended March 31    Nine Months Ended March 31
                                                                2026           2025           2026           2025
        DERIVATIVES IN NET INVESTMENT HEDGING RELATIONSHIPS
        Foreign currency interest rate contracts          $     (473)  $       269    $     (117)  $        67

        """
        let doc = try processed(text: s)
        let t = try #require(doc.tables.first)
        #expect(t.cells.map(\.value) == [-473, 269, -117, 67])
        #expect(t.cells.first?.rowLabel == "Foreign currency interest rate contracts")
        #expect(t.cells.first?.columnPath.contains("2026") == true)
        // The filter alone: a label line with no cells between the headings and the row.
        let header = GridRow(cells: [nil, GridCell(text: "2026", span: Span(start: 0, end: 4))], span: Span(start: 0, end: 4))
        let group = GridRow(cells: [GridCell(text: "DERIVATIVES", span: Span(start: 5, end: 16))], span: Span(start: 5, end: 16))
        let row = GridRow(cells: [GridCell(text: "Contracts", span: Span(start: 17, end: 26)),
                                  GridCell(text: "254", span: Span(start: 27, end: 30))], span: Span(start: 17, end: 30))
        #expect(RegionFilter.headsItsRow([header, group, row]))
        #expect(!RegionFilter.headsItsRow([group, row]))
    }

    @Test func oneLineOfFiguresWithoutHeadingsIsNoTable() throws {
        // A single labelled line of figures under prose, or under a line whose cells start
        // where the labels go, stays text.
        let s = """
        The plan's results were as follows for the year.
        Total contributions                                    $ 254     $ 152     $ 61

        Paid to                 Amount
        Participants in the plan over the period       $ 254     $ 152
        """
        #expect(regions(s).isEmpty)
        #expect(try processed(text: s).tables.isEmpty)
        // The filter alone: header rows must head every figure of the row.
        let header = GridRow(cells: [nil, GridCell(text: "2026", span: Span(start: 0, end: 4))], span: Span(start: 0, end: 4))
        let row = GridRow(cells: [GridCell(text: "Total", span: Span(start: 5, end: 10)),
                                  GridCell(text: "254", span: Span(start: 11, end: 14)),
                                  GridCell(text: "152", span: Span(start: 15, end: 18))], span: Span(start: 5, end: 18))
        #expect(!RegionFilter.headsItsRow([header, row]))
        var wide = header
        wide.spanEnds = [1: 2]
        #expect(RegionFilter.headsItsRow([wide, row]))
        #expect(RegionFilter.rejection([wide, row], headedRow: true) == nil)
        #expect(RegionFilter.rejection([header, row], headedRow: true) != nil)
        // Outside a fixed-width region (text with tabs) a lone row under a line stays text.
        #expect(RegionFilter.rejection([wide, row]) != nil)
    }

    @Test func longCellsOfATextColumnAreCellsOfTheRow() throws {
        // The statement caption each gain is reported in, a text column whose cells run past
        // 20 bytes, between the labels and the figures.
        let s = """
        years ended December 31 (in millions)                  Statement of earnings caption    2026      2025      2024
        Foreign currency forward exchange contracts
           Designated as cash flow hedges                           Cost of products sold $   73   $   77   $   82
           Designated as net investment hedges                      Interest expense, net    123       112        94
           Not designated as hedges                             Net foreign exchange loss      6        33      (156)
        Interest rate swap contracts
           Designated as fair value hedges                          Interest expense, net     62        98      (402)
        """
        let r = regions(s)
        #expect(r.count == 1)
        #expect(r.first?.lines.count == 7)
        let doc = try processed(text: s)
        let cell = try #require(doc.tables.first?.cells.first { $0.value == 112 })
        #expect(cell.rowLabel == "Designated as net investment hedges")
        #expect(cell.columnPath.contains("2025"))
        // A long cell not followed by two figures is text: prose cut by a wide gap.
        let prose = Array("The company recognized gains  in other comprehensive income of  $305 million in 2026.".utf8)
        #expect(TableRegionFinder.classify(prose, Span(start: 0, end: prose.count)) == .other)
        let twoFigures = Array("   Not designated as hedges      Net foreign exchange loss      6      33".utf8)
        #expect(TableRegionFinder.classify(twoFigures, Span(start: 0, end: twoFigures.count)) == .fixed)
    }

    @Test func oneRowOfAPipeTableUnderItsHeaderRowIsATable() throws {
        let s = """
        The following table presents deferred shares granted to non-employee directors:

        | shares in thousands | 2026 | 2025 |
        |---|---:|---:|
        | Deferred shares granted to non-employee directors | 15 | 19 |
        """
        let doc = try processed(text: s)
        let cell = try #require(doc.tables.first?.cells.first { $0.value == 19 })
        #expect(cell.rowLabel == "Deferred shares granted to non-employee directors")
        #expect(cell.columnPath == ["2025"])
        // Without the header-row rule the filter would read the two rows as text.
        let text = Array(s.utf8)
        let lines = TableRegionFinder.lines(text).filter { TableRegionFinder.classify(text, $0) == .pipe }
        let rows = GridReader.pipeRows(text, lines)
        #expect(RegionFilter.rejection(rows) != nil)
        #expect(RegionFilter.rejection(rows, headedRow: true) == nil)
    }
}
