import FolioModel
@testable import FolioTables
import Testing

/// A units note a Markdown converter cut out of a header's label cell (`GridReader.rejoinLabelNote`),
/// and a caption printed as a table's first row (`TableBuilder.isCaptionRow`).
/// The grid rows of Markdown table lines, as `GridReader.pipeRows` reads them (one line a span).
func markdownRows(_ lines: [String]) -> [GridRow] {
    let bytes = Array(lines.joined(separator: "\n").utf8)
    var spans: [Span] = []
    var at = 0
    for l in lines {
        spans.append(Span(start: at, end: at + l.utf8.count))
        at += l.utf8.count + 1
    }
    return GridReader.pipeRows(bytes, spans)
}

@Suite struct MarkdownLabelNoteTests {
    func rows(_ lines: [String]) -> [GridRow] { markdownRows(lines) }

    @Test func aNoteCutInsideAWordIsReadAsPrinted() {
        let r = rows(["|**years ended December 31(i **<br>|**n millions)**|**2024**|**2023**|",
                      "|---|---|---|---|",
                      "|Total|United States|$ 7,142|$ 6,000|"])
        #expect(r[0].label == "years ended December 31(in millions)")
        #expect(r[0].text(1) == "")
        #expect(r[0].text(2) == "2024")
        // Rows of figures are never read on.
        #expect(r[1].label == "Total")
    }

    @Test func aNoteCutAtASpaceIsReadWithTheSpace() {
        let r = rows(["|**years ended December 31 (dollars**|**in millions)**|**2024**|**2023**|",
                      "|---|---|---|---|",
                      "|Total|United States|$ 7,142|$ 6,000|"])
        #expect(r[0].label == "years ended December 31 (dollars in millions)")
    }

    @Test func aNoteCutAcrossTheCellAndTheLineBelowIsOneLabel() {
        let r = rows(["|||||**Percent**<br>|**change**|",
                      "|---|---|---|---|---|---|",
                      "|**years ended Decemb**|**er 31 (dollars in**||||**At actual rates**|",
                      "|<br>**millions)**||**2024**|**2023**|**2024**|**2023**|",
                      "|Humira|United States|$ 7,142|$ 12,160|(41.3)%|(34.7)%|"])
        #expect(r[1].label == "years ended December 31 (dollars in millions)")
        #expect(r[1].text(1) == "")
        #expect(r[2].label == "")
        #expect(r[2].text(2) == "2024")
    }

    @Test func piecesThatMakeNoNoteStayAsPrinted() {
        let r = rows(["|**Segment re**|**venue**|**2024**|**2023**|",
                      "|---|---|---|---|",
                      "|Total|$ 1|$ 2|$ 3|"])
        #expect(r[0].label == "Segment re")
        #expect(r[0].text(1) == "venue")
        let open = rows(["|**Options (weighted**|**average)**|**2024**|",
                         "|---|---|---|",
                         "|Total|$ 1|$ 2|"])
        #expect(open[0].label == "Options (weighted")
    }

    @Test func theTableTakesTheNoteAndTheHeaderRowsUnderIt() throws {
        let doc = try processed(text: """
            The following table details net revenues:

            |||||**Percent**<br>|**change**|
            |---|---|---|---|---|---|
            |**years ended Decemb**|**er 31 (dollars in**||||**At actual rates**|
            |<br>**millions)**||**2024**|**2023**|**2024**|**2023**|
            |Humira|United States|$ 7,142|$ 12,160|(41.3)%|(34.7)%|
            ||International|1,851|2,244|(17.5)%|(14.3)%|
            ||Total|$ 8,993|$ 14,404|(37.6)%|(32.2)%|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.raw == "$ 12,160" })
        #expect(cell.scale == 1_000_000)
        #expect(cell.columnPath.contains("2023"))
    }

    @Test func aCaptionRowOverTheUnitsHeaderIsAHeaderRow() throws {
        let doc = try processed(text: """
            Supplemental information.

            |**Accounts Payable and Accrued Liabilities**|||
            |---|---|---|
            |**as of December 31(in millions)**|**2024**|**2023**|
            |Sales rebates|$ 14,304|$ 13,627|
            |Dividends payable|2,936|2,783|
            |Accounts payable and accrued liabilities|$ 17,240|$ 16,410|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let rebates = try #require(t.cells.first { $0.raw == "$ 14,304" })
        #expect(rebates.rowLabel == "Sales rebates")
        #expect(rebates.columnPath.last == "2024")
        #expect(!t.cells.contains { $0.raw == "2024" })
    }

    @Test func aCaptionRowNeedsTheUnitsHeaderUnderIt() {
        let caption = GridRow(cells: [GridCell(text: "Interest Expense, Net", span: Span(start: 0, end: 21)), nil, nil],
                              span: Span(start: 0, end: 30))
        let units = GridRow(cells: [GridCell(text: "years ended December 31(in millions)", span: Span(start: 31, end: 67)),
                                    GridCell(text: "2024", span: Span(start: 68, end: 72)), GridCell(text: "2023", span: Span(start: 73, end: 77))],
                            span: Span(start: 31, end: 77))
        let figures = GridRow(cells: [GridCell(text: "Interest expense", span: Span(start: 78, end: 94)),
                                      GridCell(text: "2,808", span: Span(start: 95, end: 100)), GridCell(text: "2,224", span: Span(start: 101, end: 106))],
                              span: Span(start: 78, end: 106))
        #expect(TableBuilder.isCaptionRow(caption, over: units))
        #expect(!TableBuilder.isCaptionRow(caption, over: figures))
        #expect(!TableBuilder.isCaptionRow(figures, over: units))
    }
}

/// A year cut into figures under a units note in the label cell (`GridReader.joinedHeaderRow`),
/// and a month glued to its day (`PeriodClues.monthGluedToDay`).
@Suite struct MarkdownCutYearsAndGluedDatesTests {
    @Test func aYearCutUnderAUnitsNoteIsAHeaderRow() throws {
        let doc = try processed(text: """
            The fair value of derivative instruments:

            |_(in millions)_|**20**|**24**|**2**|**023**|
            |---|---|---|---|---|
            ||**Asset**|**Liability**|**Asset**|**Liability**|
            |Foreign exchange contracts|$ 128|$ 10|$ 43|$ 7|
            |Total derivatives|$ 129|$ 11|$ 52|$ 8|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.raw == "$ 43" })
        #expect(cell.columnPath.first == "2023")
        #expect(!t.cells.contains { $0.raw == "20" || $0.raw == "024" })
        // A row label keeps the row a row of figures.
        #expect(!GridReader.joinedHeaderRow(original: [GridCell(text: "Employees", span: Span(start: 0, end: 9)),
                                                       GridCell(text: "20", span: Span(start: 10, end: 12))],
                                            joined: [GridCell(text: "Employees", span: Span(start: 0, end: 9)),
                                                     GridCell(text: "2024", span: Span(start: 10, end: 12))]))
    }

    @Test func aMonthGluedToItsDayIsADate() {
        #expect(PeriodClues.words("Balance at January1, 2024") == ["balance", "at", "january", "1", "2024"])
        #expect(PeriodClues.words("December31,2024") == ["december", "31", "2024"])
        #expect(PeriodClues.monthGluedToDay("tier1") == nil)
        #expect(PeriodClues.monthGluedToDay("june2024") == nil)
        #expect(PeriodClues.monthGluedToDay("march32") == nil)
        #expect(PeriodClues.monthGluedToDay("q1") == nil)
    }
}

/// `per` and `price` glued to the word before (`WordFacts.gluedTail`).
@Suite struct GluedPerShareWordsTests {
    @Test func aGluedPerBeforeAShareNounIsPerShare() {
        #expect(LabelText.isPerShare("Basic lossper share"))
        #expect(LabelText.isPerShare("Cash dividends declaredper common share"))
        #expect(LabelText.isPerShare("Weighted- average exerciseprice"))
        #expect(!LabelText.isPerShare("Basic loss"))
        #expect(!LabelText.isPerShare("Newspaper and magazine revenue"))
        #expect(!LabelText.isPerShare("Weighted-average shares outstanding"))
    }
}

/// A units note printed across the column headers heads no column (`TableBuilder.build`,
/// `splitCellNote`): the column it exempts by name stays unscaled.
@Suite struct UnitsNoteOverTheColumnsTests {
    @Test func theColumnTheNoteExemptsIsUnscaled() throws {
        let doc = try processed(text: """
            Shares outstanding were as follows:

            ||**Shares**<br>**Outstanding**|**Conversion Rate**<br>**Into Common Stock**|**As-converted**<br>**Common Stock**|
            |---|---|---|---|
            ||**(in**|**millions, excep**|**t conversion rate)**|
            |Series B preferred stock|2|1.0030|2|
            |Series C preferred stock|3|1.7860|6|
            |Class C common stock|10|4.0000|39|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        #expect(t.cells.first { $0.raw == "1.7860" }?.scale == 1)
        #expect(t.cells.first { $0.raw == "39" }?.scale == 1_000_000)
    }
}

/// A year's first digits stranded under the year of the column before (`GridReader.moveStrandedHeads`).
@Suite struct StrandedYearHeadTests {
    @Test func theDigitsGoBackToTheirYear() throws {
        let doc = try processed(text: """
            The amounts and location of derivative instruments:

            ||**Fair value -**<br>**assets**||||
            |---|---|---|---|---|
            |**as of December 31(in millions)**|**Balance sheet**<br>**caption**<br>|**2024**<br>**2**|**023**|**Total**|
            |Designated as cash flow hedges|Prepaid expenses|119|12|131|
            |Designated as net investment hedges|Other assets|148|—|148|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.raw == "12" })
        #expect(cell.columnPath.last == "2023")
        #expect(cell.scale == 1_000_000)
        #expect(t.cells.first { $0.raw == "119" }?.columnPath.last == "2024")
    }

    @Test func digitsThatMakeNoYearStay() {
        var lines = [["Total"], ["2024", "7"], ["15"]]
        #expect(GridReader.moveStrandedHeads(&lines).isEmpty)
        var year = [["Total"], ["2024", "2"], ["023"]]
        #expect(GridReader.moveStrandedHeads(&year) == [1])
        #expect(year[2] == ["2023"])
    }
}
