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

