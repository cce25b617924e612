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

    @Test func aPeriodPhraseCutAtItsVerbIsOnePhrase() {
        #expect(cells("|**AMOUNTS**|**Nine Months**<br>|**Ended March**<br>**31**|")
                == ["AMOUNTS", "Nine Months Ended March 31", ""])
        #expect(cells("||**For the Years Ended**|**September 30,**|") == [nil, "For the Years Ended September 30,", ""])
    }

    @Test func aFragmentInTheLabelColumnMovesToTheHeading() {
        let line = "|**S**|**ix months en**<br>**30**|**ded June**|**Three month**<br>**June 3**|**s ended**<br>**0**|"
        #expect(cells(line) == [nil, "Six months ended June 30", "", "Three months ended June 30", ""])
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

