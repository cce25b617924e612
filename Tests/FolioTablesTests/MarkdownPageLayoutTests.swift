import FolioModel
@testable import FolioTables
import Testing

/// Layouts of a Markdown rendition of a paged filing: a page's running footer left between
/// two tables (`RunningLines`), emphasis around each line of a stacked cell
/// (`GridReader.dropLineEmphasis`), a units note beside the first group label
/// (`TableBuilder.unitsBesideGroupLabel`), a date's year in the next header piece
/// (`GridReader.endsWithMonthAndDay`), and a group's date stacked over a column's name
/// (`GridReader.groupDatesOverNames`).
@Suite struct MarkdownPageLayoutTests {
    func plain(_ s: String) -> String {
        let b = Array(s.utf8)
        return String(decoding: GridReader.plainMarkdown(b, 0..<b.count), as: UTF8.self)
    }

    func rows(_ lines: [String]) -> [GridRow] { markdownRows(lines) }

    // MARK: Emphasis around each line

    @Test func eachLineOfAStackedCellDropsItsOwnEmphasis() {
        #expect(plain("**Net**<br>**Carrying**<br>**Amount**<br>_(In milli_") == "Net Carrying Amount (In milli")
        #expect(plain("_Common_<br>_shares_") == "Common shares")
        #expect(plain("_Treasury_<br>_stock A _") == "Treasury stock A")
        // A marker inside a line stays; a whole cell's pair goes as before.
        #expect(plain("Total<br>2024*") == "Total 2024*")
        #expect(plain("**_in millions_**") == "in millions")
    }

    @Test func aNoteCutUnderStackedHeadingsScalesTheTable() throws {
        let doc = try processed(text: """
            The components of our intangible assets are as follows:

            ||**Gross**<br>**Amount**|**Net**<br>**Amount**<br>_(In milli_|**Gross**<br>**Amount**<br>_ons)_|**Net**<br>**Amount**|
            |---|---|---|---|---|
            |Patents|446|197|446|225|
            |Licenses|100|50|100|60|
            |Total|546|247|546|285|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.raw == "197" })
        #expect(cell.scale == 1_000_000)
    }

    // MARK: Units note beside a group label

    @Test func aNoteBesideTheFirstGroupLabelIsTheTablesUnits() throws {
        let doc = try processed(text: """
            The following table presents long-lived assets by country.

            ||**March 31,**<br>**2025**|**March 31,**<br>**2024**|
            |---|---|---|
            |**Long-lived assets:**|_(In m_|_illions)_|
            |Freedonia|$ 2,587|$ 2,023|
            |Other countries|235|191|
            |Total long-lived assets|$ 2,822|$ 2,214|

            """)
        let t = try #require(doc.tables.first)
        #expect(t.units.scale == 1_000_000)
        let cell = try #require(t.cells.first { $0.raw == "$ 2,587" })
        #expect(cell.scale == 1_000_000)
        #expect(cell.rowLabel == "Freedonia")
        #expect(!t.cells.contains { $0.rowLabel.contains("millions") || $0.rowPath.contains { $0.contains("millions") } })
    }

    @Test func aNoteWholeInOneCellBesideAGroupLabel() throws {
        let h = rows(["|||**Year Ended**||",
                      "|---|---|---|---|",
                      "||**March 31,**<br>**2025**|**March 31,**<br>**2024**|**March 31,**<br>**2023**|",
                      "|**Revenue:**||_(In millions)_||",
                      "|Freedonia|$ 8,292|$ 4,349|$ 3,214|",
                      "|Total revenue|$ 8,292|$ 4,349|$ 3,214|"])
        let note = TableBuilder.unitsBesideGroupLabel(h[2])
        #expect(note?.text == "(In millions)")
        let split = try #require(TableBuilder.splitHeader(h))
        #expect(split.cellUnits?.text == "(In millions)")
        #expect(split.body[0].label == "Revenue:")
        #expect(split.body[0].dataColumns.isEmpty)
    }

    @Test func aGroupLabelBesideWordsOrFiguresKeepsThem() {
        let words = rows(["||**2025**|**2024**|",
                          "|---|---|---|",
                          "|**Revenue:**|(see Note 4)||"])
        #expect(TableBuilder.unitsBesideGroupLabel(words[1]) == nil)
        let figures = rows(["||**2025**|**2024**|",
                            "|---|---|---|",
                            "|Revenue|$ 12|$ 10|"])
        #expect(TableBuilder.unitsBesideGroupLabel(figures[1]) == nil)
    }

    // MARK: A date's year in the next piece

    @Test func aDateCutBeforeItsYearIsOneHeading() {
        #expect(GridReader.headerJoin("September 28,", "2024") == .space)
        #expect(GridReader.headerJoin("eptember 28,", "2024") == .space)
        // Two columns' dates, each with its year, stay two headings.
        #expect(GridReader.headerJoin("March 29, 2025", "2024") == nil)
        #expect(GridReader.headerJoin("Total,", "2024") == nil)
        #expect(GridReader.headerJoin("Notes 28,", "2024") == nil)
    }

    @Test func aHeadingCutAtTheMonthAndTheYearSpansTheColumns() throws {
        let doc = try processed(text: """
            Cash and marketable securities as of the dates shown (in millions):

            ||||**S**|**eptember 28,**|**2024**|
            |---|---|---|---|---|---|
            ||**Adjusted**<br>**Cost**|**Unrealized**<br>**Gains**|**Unrealized**<br>**Losses**|**Fair**<br>**Value**|**Cash**|
            |Money market funds|778|1|(3)|776|776|
            |Mutual funds|515|105|(3)|617|—|
            |Total|1,293|106|(6)|1,393|776|

            """)
        let t = try #require(doc.tables.first)
        let cell = try #require(t.cells.first { $0.raw == "105" })
        #expect(cell.columnPath.first == "September 28, 2024")
        let first = try #require(t.cells.first { $0.raw == "778" })
        #expect(first.columnPath.first == "September 28, 2024")
        #expect(first.period == CalendarDate(year: 2024, month: 9, day: 28).map { Period.instant($0) })
    }

    // MARK: Running page lines

    static let pagedText = """
        Cash and marketable securities by category as of March 29, 2025 (in millions):

        ||**March 29,**<br>**2025**|**March 29,**<br>**2024**|
        |---|---|---|
        |Money market funds|1,132|778|
        |Mutual funds|612|515|
        |Total|1,744|1,293|

        Example Corp. | Q2 2025 Form 10-Q | 7

        ||**Fair**<br>**Value**|**Cost**|
        |---|---|---|
        |Money market funds|1,130|1,132|
        |Mutual funds|682|612|
        |Total|1,812|1,744|

        Some text of the next page.

        Example Corp. | Q2 2025 Form 10-Q | 8

        More text.

        Example Corp. | Q2 2025 Form 10-Q | 9

        """

    @Test func aFooterPrintedOnEveryPageWithItsNumberIsARunningLine() {
        let text = Array(Self.pagedText.utf8)
        let running = RunningLines.find(text)
        #expect(running.keys == [Array("example corp. | q2 2025 form 10-q | #".utf8)])
        for line in TableRegionFinder.lines(text) {
            let s = String(decoding: text[line.range], as: UTF8.self)
            #expect(running.contains(text, line) == s.hasPrefix("Example Corp."))
        }
    }

    @Test func aLineWithoutPageNumbersOrPrintedTwiceIsNoRunningLine() {
        let same = Array("Fiscal 2024 Form 10-K\n\ntext\n\nFiscal 2024 Form 10-K\n\nFiscal 2024 Form 10-K\n\nFiscal 2024 Form 10-K\n".utf8)
        #expect(RunningLines.find(same).keys.isEmpty)
        let twice = Array("EXAMPLE CORPORATION   4\n\ntext\n\nEXAMPLE CORPORATION   5\n".utf8)
        #expect(RunningLines.find(twice).keys.isEmpty)
        let leading = Array("4   EXAMPLE CORPORATION\n\n5   EXAMPLE CORPORATION\n\n6   EXAMPLE CORPORATION\n".utf8)
        #expect(RunningLines.find(leading).keys == [Array("# example corporation".utf8)])
        let rows = Array("|Note|4|\n|Note|5|\n|Note|6|\n## Note 7\n## Note 8\n## Note 9\n".utf8)
        #expect(RunningLines.find(rows).keys.isEmpty)
    }

    @Test func aTableAfterAFooterTakesTheTitleOfTheTableBeforeIt() throws {
        let doc = try processed(text: Self.pagedText)
        #expect(doc.tables.count == 2)
        let second = try #require(doc.tables.last)
        #expect(second.title == doc.tables.first?.title)
        #expect(second.title?.contains("Form 10-Q") == false)
        #expect(second.units.scale == 1_000_000)
    }

    // MARK: A group's date stacked over a column's name

    @Test func aDateStackedInTheMiddleCellHeadsItsGroup() throws {
        let doc = try processed(text: """
            The components of our intangible assets are as follows (in millions):

            ||**Gross**<br>**Amount**|**March 31, 2025**<br>**Accumulated**<br>**Amortization**|**Net**<br>**Amount**|**Gross**<br>**Amount**|**March 31, 2024**<br>**Accumulated**<br>**Amortization**|**Net**<br>**Amount**|
            |---|---|---|---|---|---|---|
            |Patents|446|(249)|197|446|(221)|225|
            |Licenses|100|(50)|50|100|(40)|60|
            |Total|546|(299)|247|546|(261)|285|

            """)
        let t = try #require(doc.tables.first)
        for (raw, date, name) in [("446", "March 31, 2025", "Gross Amount"), ("197", "March 31, 2025", "Net Amount"),
                                  ("(221)", "March 31, 2024", "Accumulated Amortization"), ("225", "March 31, 2024", "Net Amount")] {
            let cell = try #require(t.cells.first { $0.raw == raw && $0.row == 0 })
            #expect(cell.columnPath == [date, name])
        }
        let later = try #require(t.cells.last { $0.raw == "446" && $0.row == 0 })
        #expect(later.columnPath == ["March 31, 2024", "Gross Amount"])
        #expect(later.period == CalendarDate(year: 2024, month: 3, day: 31).map { Period.instant($0) })
    }

    @Test func columnsThatEachPrintTheirOwnDateAreNoGroup() {
        let own = rows(["||**June 30, 2025**<br>**(unaudited)**|**December 31, 2024**<br>**Amount**|",
                        "|---|---|---|",
                        "|Total|$ 1|$ 2|"])
        #expect(own[0].text(1) == "June 30, 2025 (unaudited)")
        #expect(own[0].text(2) == "December 31, 2024 Amount")
        #expect(own[1].label == "Total")
    }
}
