import FolioModel
@testable import FolioTables
import Testing

/// Row labels and units of tables in text a PDF converter wrote (fixed-width and Markdown).
@Suite struct MarkdownLeadingBreakTests {
    func cells(_ line: String) -> [String?] {
        let text = Array(line.utf8)
        return GridReader.pipeRows(text, [Span(start: 0, end: text.count)]).first?.cells.map { $0?.text } ?? []
    }

    @Test func aCellOpeningWithALineBreakReadsFromItsText() {
        #expect(cells("||**2024**|<br>**2023**|<br>2022|") == [nil, "2024", "2023", "2022"])
        #expect(cells("|Client incentives<br>|13,764|") == ["Client incentives", "13,764"])
        #expect(cells("|<br><br>Net income|<br>1,200|") == ["Net income", "1,200"])
    }

    @Test func yearsDroppedToTheNextLineStayAHeaderAndTheUnitsRowUnderThemCounts() throws {
        let tables = try processed(text: """
            #### **CONSOLIDATED STATEMENTS OF CASH FLOWS**

            ||**For the Years Ended September 30,**|||
            |---|---|---|---|
            ||**2024**|<br>**2023**|<br>**2022**|
            |||**(in millions)**||
            |Net income|$ 19,743|$ 17,273|$ 14,957|
            |Share-based compensation|850|765|602|
            |Depreciation and amortization|1,034|943|861|

            """).tables
        let t = try #require(tables.first)
        #expect(t.units.scale == 1_000_000)
        let net = t.cells.first { $0.rowLabel == "Net income" && $0.col == 0 }
        #expect(net?.scale == 1_000_000)
        #expect(!t.cells.contains { $0.raw.contains("2023") })
    }
}

/// Units and title read from the lines a fixed-width region left above it.
@Suite struct LookbackHeaderLineTests {
    func context(_ s: String, before marker: String) throws -> TableContext {
        let text = Array(s.utf8)
        let at = try #require(s.utf8.firstRange(of: marker.utf8)).lowerBound
        return Lookback.context(text, before: s.utf8.distance(from: s.utf8.startIndex, to: at)).context
    }

    @Test func aUnitsNoteInTheLabelColumnOfAHeaderLineAboveTheRegion() throws {
        let s = """
            The following table lists the categories of property (in years):

            Millions, except estimated useful life                 Accumulated       Net book      Estimated
            As of June 30, 2025                            Cost    depreciation         value    useful life
            Land                                     $    5,450             N/A   $     5,450            N/A
            Rail                                         19,515           7,797        11,718             45

            """
        let c = try context(s, before: "Land")
        #expect(c.units.scale == 1_000_000)
        #expect(c.units.source?.text == "Millions, except estimated useful life")
        // The units line is no part of the title.
        #expect(c.title?.hasPrefix("Millions") == false)
    }

    @Test func aUnitsPhraseAloneOrAWordIsNoUnitsHeader() {
        let line = "Millions, except estimated useful life                 Accumulated       Net book"
        let text = Array(line.utf8)
        #expect(Lookback.unitsNoteCell(text, Span(start: 0, end: text.count))?.note == "Millions, except estimated useful life")
        for other in ["Land and buildings                      Cost       Net", "Millions                Common shares     Total",
                      "Millions, except per share amounts"] {
            let t = Array(other.utf8)
            #expect(Lookback.unitsNoteCell(t, Span(start: 0, end: t.count)) == nil)
        }
    }

    @Test func aNumberStrandedInTheMarginIsNoPartOfTheHeading() throws {
        let pad = String(repeating: " ", count: 60)
        let s = """
                                       Consolidated Statements of Cash Flows
                                                   (in millions)

            4\(pad)Fiscal Year Ended January 31,
                                                                       2025           2024
            Net income                                          $     6,197    $     4,136
            Depreciation                                              3,477          3,959

            """
        let c = try context(s, before: "          2025")
        #expect(c.units.scale == 1_000_000)
        // The period heading, read now, is the title (its period reaches the columns).
        #expect(c.title == "Fiscal Year Ended January 31,")
        #expect(Lookback.withoutMarginNumber("4\(pad)Fiscal Year Ended") == "Fiscal Year Ended")
        // A list number or footnote marker printed close to its text stays.
        #expect(Lookback.withoutMarginNumber("15            Letter from the accountants") == "15            Letter from the accountants")
        #expect(Lookback.withoutMarginNumber("2026\(pad)892") == "2026\(pad)892")
    }
}

