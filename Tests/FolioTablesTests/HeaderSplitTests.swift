import FolioModel
@testable import FolioTables
import Testing

/// Column headings a PDF-to-Markdown converter cut at the columns' edges
/// (`GridReader.splitHeaderGroups`), on rows written for each way it cuts them.
@Suite struct MarkdownHeaderSplitTests {
    func row(_ line: String) -> GridRow? {
        let text = Array(line.utf8)
        return GridReader.pipeRows(text, [Span(start: 0, end: text.count)]).first
    }

    func cells(_ line: String) -> [String?] { row(line)?.cells.map { $0?.text } ?? [] }

    @Test func wordsCutAcrossCellsAndStackedLinesMakeOneHeadingEach() {
        let line = "||**Three mon**<br>**June**|**ths ended**<br>**30,**|**Six mont**<br>**Jun**|**hs ended**<br>**e 30,**|"
        #expect(cells(line) == [nil, "Three months ended June 30,", "", "Six months ended June 30,", ""])
    }

    @Test func aDateCutInItsDayOrAfterItsMonthStaysOneDate() {
        #expect(cells("||**Ye**|**ar Ended December**|**31,**|") == [nil, "Year Ended December 31,", "", ""])
        #expect(cells("||**Year Ended December 3**|**1,**|") == [nil, "Year Ended December 31,", ""])
        #expect(cells("||**Fisc**<br>**202**|**al**<br>**4**|**Fisc**<br>**202**|**al**<br>**3**|")
                == [nil, "Fiscal 2024", "", "Fiscal 2023", ""])
    }

    @Test func aDayCutOnTheLineUnderItsMonthStaysOneDay() {
        #expect(cells("||**Three Months**<br>**3**|**Ended March**<br>**1**|**Nine Months**<br>**3**|**Ended March**<br>**1**|")
                == [nil, "Three Months Ended March 31", "", "Nine Months Ended March 31", ""])
        // Under no month, two numbers stay two.
        #expect(cells("||**Three Months**<br>**3**|**Ended**<br>**1**|") == [nil, "Three Months Ended 3 1", ""])
    }

    @Test func aYearOrDateCutIntoPiecesThatReadAsFiguresIsStillAHeaderRow() {
        #expect(cells("||**202**|**4**|**202**|**3**|") == [nil, "2024", "", "2023", ""])
        #expect(cells("||**Ju**|**ne 30, 2025**||Dece|mber 31, 2|024|") == [nil, "June 30, 2025", "", nil, "December 31, 2024", "", ""])
        #expect(cells("|||**June 3**|**0, 2025**||") == [nil, nil, "June 30, 2025", "", nil])
        #expect(cells("|||**December**|**31, 2024**||") == [nil, nil, "December 31, 2024", "", nil])
        #expect(GridReader.isHeaderPiece("31, 2024"))
        #expect(!GridReader.isHeaderPiece("1,234, 2024"))
        // A row of figures is not joined, though two of them would make a year.
        #expect(cells("|Units|20|24|") == ["Units", "20", "24"])
        let text = Array("||**202**|**4**|\n|Revenues|1,200|1,100|\n".utf8)
        let rows = GridReader.pipeRows(text, TableRegionFinder.lines(text))
        #expect(rows.first?.cells.map { $0?.text } == [nil, "2024", ""])
    }

    @Test func aPeriodPhraseCutAtItsVerbIsOnePhrase() {
        #expect(cells("|**AMOUNTS**|**Nine Months**<br>|**Ended March**<br>**31**|")
                == ["AMOUNTS", "Nine Months Ended March 31", ""])
        #expect(cells("||**For the Years Ended**|**September 30,**|") == [nil, "For the Years Ended September 30,", ""])
    }

    @Test func aFragmentInTheLabelColumnMovesToTheHeading() {
        let line = "|**S**|**ix months en**<br>**30**|**ded June**|**Three month**<br>**June 3**|**s ended**<br>**0**|"
        #expect(cells(line) == [nil, "Six months ended June 30", "", "Three months ended June 30", ""])
    }

    @Test func aHeadingsFirstLettersStrandedUnderTheCellBeforeGoToTheHeading() {
        // Under the label column's units note.
        #expect(cells("|_(Dollars in millions)_<br>**Si**|**x months e**<br>**30**|**nded June**|**Three mont**<br>**June**|**hs ended**<br>**30**|")
                == ["(Dollars in millions)", "Six months ended June 30", "", "Three months ended June 30", ""])
        // Under the end of the heading before.
        #expect(cells("||**Six months ende**|**d June 30**<br>**Th**|**ree months en**<br>**30**|**ded June**|")
                == [nil, "Six months ended June 30", "", "Three months ended June 30", ""])
        #expect(cells("||**Six months end**|**ed June 30**<br>**T**|**hree months e**<br>**30**|**nded June**|")
                == [nil, "Six months ended June 30", "", "Three months ended June 30", ""])
        // Letters that glue to the next cell's line beside them stay on their line.
        #expect(cells("|**AMOUNTS**|**Three Mo**<br>**Mar**|**nths Ended**<br>**ch 31**|")
                == ["AMOUNTS", "Three Months Ended March 31", ""])
        // A short capitalized last line before a cell that does not go on from it stays.
        #expect(cells("||**Total**<br>**Net**|**Fair Value**|") == [nil, "Total Net", "Fair Value"])
        #expect(GridReader.isHeadFragment("Th") && GridReader.isHeadFragment("T"))
        #expect(!GridReader.isHeadFragment("The1") && !GridReader.isHeadFragment("THE") && !GridReader.isHeadFragment("Four"))
    }

    @Test func aMonthCutOnALaterLineJoinsItsHeading() {
        #expect(cells("||||**For the**<br>**Septem**|**Year Ended**<br>**ber 30, 2024**|||")
                == [nil, nil, nil, "For the Year Ended September 30, 2024", "", nil, nil])
        // Other words cut on a later line stay apart: stacked column names.
        #expect(cells("||**Quoted prices in**<br>**active markets**|**Significant other**<br>**observable inputs**|")
                == [nil, "Quoted prices in active markets", "Significant other observable inputs"])
        #expect(GridReader.isMonthCut("Septem", "ber 30, 2024") && GridReader.isMonthCut("Ended Dece", "mber 31"))
        #expect(!GridReader.isMonthCut("Addition", "al Paid-in"))
    }

    @Test func twoHeadingsCutAcrossFourColumnsDateTheirOwnColumns() throws {
        let tables = try processed(text: """
            ||**Six months ende**|**d June 30**<br>**Th**|**ree months en**<br>**30**|**ded June**|
            |---|---|---|---|---|
            ||**2025**|2024|**2025**|2024|
            |Commercial Airplanes|**$243**|$226|**$137**|$124|
            |Defense, Space & Security|**113**|135|**59**|67|
            |Total|**$356**|$361|**$196**|$191|

            """).tables
        let t = try #require(tables.first)
        let total = t.cells.filter { $0.rowLabel == "Total" }.sorted { $0.col < $1.col }
        #expect(total.map(\.period) == [
            .duration(start: try #require(CalendarDate(year: 2025, month: 1, day: 1)), end: try #require(CalendarDate(year: 2025, month: 6, day: 30))),
            .duration(start: try #require(CalendarDate(year: 2024, month: 1, day: 1)), end: try #require(CalendarDate(year: 2024, month: 6, day: 30))),
            .duration(start: try #require(CalendarDate(year: 2025, month: 4, day: 1)), end: try #require(CalendarDate(year: 2025, month: 6, day: 30))),
            .duration(start: try #require(CalendarDate(year: 2024, month: 4, day: 1)), end: try #require(CalendarDate(year: 2024, month: 6, day: 30))),
        ])
    }

    @Test func aDroppedLabelColumnIsPutBack() throws {
        let s = """
            |**Three Months E**|**nded March 31**|**Nine Months E**|**nded March 31**|
            |---|---|---|---|
            |**2025**|**2024**|**2025**|**2024**|
            |**DERIVATIVES IN FAIR VALUE HEDGING RELATIONSHIPS**||||
            |Interest rate contracts<br>**$**<br>**(2)**|$ (7)|**$**<br>**109**|$ 122|
            |Total<br>**11,857,159**|492,320|**205.06**|225.96|
            |Remaining shares|||93,888,442|
            """
        let text = Array(s.utf8)
        let rows = GridReader.pipeRows(text, TableRegionFinder.lines(text)).map { $0.cells.map { $0?.text } }
        #expect(rows.count == 6)
        #expect(rows[1] == [nil, "2025", "2024", "2025", "2024"])
        #expect(rows[2] == ["DERIVATIVES IN FAIR VALUE HEDGING RELATIONSHIPS", nil, nil, nil, nil])
        #expect(rows[3] == ["Interest rate contracts", "$ (2)", "$ (7)", "$ 109", "$ 122"])
        #expect(rows[4] == ["Total", "11,857,159", "492,320", "205.06", "225.96"])
        #expect(rows[5] == ["Remaining shares", nil, nil, nil, "93,888,442"])
        // A label printing a year under its words, below a header with its label cell, stays.
        let kept = Array("""
            ||**2024**|**2023**|
            |---|---|---|
            |**Balance at December 31,**<br>**2023**|1,768|$ 18|
            |Net earnings|4,278|4,863|
            """.utf8)
        let keptRows = GridReader.pipeRows(kept, TableRegionFinder.lines(kept)).map { $0.cells.map { $0?.text } }
        #expect(keptRows.last == ["Net earnings", "4,278", "4,863"])
        #expect(keptRows[1] == ["Balance at December 31, 2023", "1,768", "$ 18"])
    }

    @Test func headingsAndRowsThatDoNotContinueAreLeftAsPrinted() {
        #expect(cells("||**2025**|**2024**|**2023**|") == [nil, "2025", "2024", "2023"])
        #expect(cells("||**Level 1**|**Level 2**|**Level 3**|") == [nil, "Level 1", "Level 2", "Level 3"])
        #expect(cells("|Net income attributable to|noncontrolling interests|12|") == ["Net income attributable to", "noncontrolling interests", "12"])
        // Column names stacked over lines: a later line starting in lowercase is no cut word.
        #expect(cells("||**Quoted prices in**<br>**active markets**|**Significant other**<br>**observable inputs**|")
                == [nil, "Quoted prices in active markets", "Significant other observable inputs"])
        #expect(cells("||**Balance**<br>**at**|**Changes**<br>**to**|") == [nil, "Balance at", "Changes to"])
        // Rows under the first row of figures are the table's body, not its header.
        let text = Array("|Revenues|1,200|1,100|\n|Derivatives|n/a|n/a|\n".utf8)
        let body = GridReader.pipeRows(text, TableRegionFinder.lines(text))
        #expect(body.last?.cells.map { $0?.text } == ["Derivatives", "n/a", "n/a"])
    }

    @Test func aUnitsNoteCutOverTheColumnsIsLeftToTheTableCore() {
        // `TableBuilder.splitCellNote` reads it whole; joined as a heading it would name columns.
        #expect(cells("||**(in millions**|**, except weigh**<br>**fair value)**|**ted-average**|")
                == [nil, "(in millions", ", except weigh fair value)", "ted-average"])
    }

    @Test func theSplitHeadingDatesItsColumns() throws {
        let tables = try processed(text: """
            ||**Three mon**<br>**June**|**ths ended**<br>**30,**|**Six mont**<br>**Jun**|**hs ended**<br>**e 30,**|
            |---|---|---|---|---|
            ||**2025**|**2024**|**2025**|**2024**|
            |Revenues|$ 1,200|$ 1,100|$ 2,300|$ 2,150|
            |Operating expenses|800|760|1,540|1,490|
            |Operating income|400|340|760|660|

            """).tables
        let t = try #require(tables.first)
        let income = t.cells.filter { $0.rowLabel == "Operating income" }.sorted { $0.col < $1.col }
        #expect(income.map(\.period) == [
            .duration(start: try #require(CalendarDate(year: 2025, month: 4, day: 1)), end: try #require(CalendarDate(year: 2025, month: 6, day: 30))),
            .duration(start: try #require(CalendarDate(year: 2024, month: 4, day: 1)), end: try #require(CalendarDate(year: 2024, month: 6, day: 30))),
            .duration(start: try #require(CalendarDate(year: 2025, month: 1, day: 1)), end: try #require(CalendarDate(year: 2025, month: 6, day: 30))),
            .duration(start: try #require(CalendarDate(year: 2024, month: 1, day: 1)), end: try #require(CalendarDate(year: 2024, month: 6, day: 30))),
        ])
    }
}

/// Fixed-width header lines whose pieces the converter placed off their columns.
@Suite struct FixedWidthHeaderPlacementTests {
    func date(_ y: Int, _ m: Int, _ d: Int) throws -> CalendarDate { try #require(CalendarDate(year: y, month: m, day: d)) }

    func periods(_ t: Table, _ label: String) -> [Period?] {
        t.cells.filter { $0.rowLabel == label }.sorted { $0.col < $1.col }.map(\.period)
    }

    @Test func aSoleHeadingOverARowOfYearsHeadsEveryYear() throws {
        let tables = try processed(text: """
            Segment results are as follows (in millions):

                                                                     Year Ended December 31,
                                                      2022              2023            2024
            Net sales                            $ 315,880         $ 352,828       $ 387,497
            Operating expenses                     318,727           337,951         362,530
            Operating income                      (2,847)            14,877          24,967

            """).tables
        let t = try #require(tables.first)
        #expect(periods(t, "Operating income") == [
            .duration(start: try date(2022, 1, 1), end: try date(2022, 12, 31)),
            .duration(start: try date(2023, 1, 1), end: try date(2023, 12, 31)),
            .duration(start: try date(2024, 1, 1), end: try date(2024, 12, 31)),
        ])
    }

    @Test func twoHeadingsOnALineKeepTheirOwnYears() throws {
        let s = """
                                              Three Months Ended        Six Months Ended
                                                 2025        2024        2025        2024
            Revenues                          $ 1,200     $ 1,100     $ 2,300     $ 2,150
            Operating income                      400         340         760         660
            """
        let text = Array(s.utf8)
        let rows = FixedWidth.read(text, TableRegionFinder.lines(text)).rows
        let top = try #require(rows.first)
        #expect(top.text(1) == "Three Months Ended" && top.spanEnds?[1] == 2)
        #expect(top.text(3) == "Six Months Ended" && top.spanEnds?[3] == 4)
    }

    @Test func aDayNumberOnItsOwnHeaderLineStaysInTheHeader() throws {
        let row = GridRow(cells: [nil, GridCell(text: "30", span: Span(start: 0, end: 2)), GridCell(text: "June 30", span: Span(start: 3, end: 10))],
                          span: Span(start: 0, end: 10))
        #expect(TableBuilder.isHeaderLike(row))
        let figures = GridRow(cells: [nil, GridCell(text: "30", span: Span(start: 0, end: 2)), GridCell(text: "45", span: Span(start: 3, end: 5))],
                              span: Span(start: 0, end: 5))
        #expect(!TableBuilder.isHeaderLike(figures))
        let tables = try processed(text: """
            Condensed Consolidated Statements of Operations

                                                              Six months ended June    Three months ended
            (Dollars in millions)                                        30                  June 30
                                                                  2025        2024       2025         2024
            Sales of products                                 $35,269      $26,792    $19,122      $13,524
            Sales of services                                   6,976        6,643      3,627        3,342
            Total revenues                                     42,245       33,435     22,749       16,866

            """).tables
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(periods(t, "Total revenues") == [
            .duration(start: try date(2025, 1, 1), end: try date(2025, 6, 30)),
            .duration(start: try date(2024, 1, 1), end: try date(2024, 6, 30)),
            .duration(start: try date(2025, 4, 1), end: try date(2025, 6, 30)),
            .duration(start: try date(2024, 4, 1), end: try date(2024, 6, 30)),
        ])
    }
}
