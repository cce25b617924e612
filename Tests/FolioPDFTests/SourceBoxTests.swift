import Foundation
import Testing
import FolioModel
import FolioPDF
import FolioTestSupport

/// `source_box` on the records of a PDF: the union box of the words a record's span covers, on
/// the first page it touches, checked against where `TinyPDF.statement` sets its words.
@Suite("PDF: source_box provenance")
struct SourceBoxTests {
    /// The statement through the default pipeline, emitted as a run writes it.
    static func emitted() throws -> (WorkingDocument, DocumentOutput) {
        let doc = try #require(try TestPipeline.runDefault(bytes: TinyPDF.statement, docId: "co/statement", source: "co/statement.pdf"))
        return (doc, RecordEmitter.emit(doc, failed: false))
    }

    static func rows<T: Decodable>(_ out: DocumentOutput, _ kind: RecordKind, _ type: T.Type) throws -> [T] {
        try StoredRecords.decodeLines(type, from: Data(out.bytes(kind)))
    }

    /// Helvetica's advance widths (per 1000 em) of the characters the statement's figures use.
    static func helveticaWidth(_ s: String, size: Double) -> Double {
        let widths: [Character: Double] = [",": 278, "(": 333, ")": 333]
        return s.reduce(0) { $0 + (widths[$1] ?? 556) } * size / 1000
    }

    /// Top-left y of a baseline set `y` points from the bottom of a 792 pt page.
    static func fromTop(_ y: Double) -> Double { 792 - y }

    @Test func cellsCarryTheBoxOfTheirFigure() throws {
        let (_, out) = try Self.emitted()
        let cells = try Self.rows(out, .cells, CellRow.self)
        #expect(cells.count >= 6, "\(cells.map(\.raw))")
        // Where the page sets each figure: x of its start, baseline from the bottom.
        let set: [String: [(x: Double, y: Double)]] = [
            "1,234": [(300, 665)], "1,000": [(400, 665), (300, 635)], "(234)": [(300, 650)], "(200)": [(400, 650)], "800": [(400, 635)],
        ]
        for c in cells {
            #expect(c.sourceSpan == nil, "a PDF cell has no source_span")
            let box = try #require(c.sourceBox, "cell \(c.raw) has no source_box")
            #expect(box.page == 1)
            let places = try #require(set[c.raw], "unexpected cell \(c.raw)")
            let width = Self.helveticaWidth(c.raw, size: 10)
            let match = places.contains { p in
                abs(box.x0 - p.x) < 0.5 && abs(box.x1 - (p.x + width)) < 0.5
                    && box.y0 < Self.fromTop(p.y) && box.y1 > Self.fromTop(p.y) - 1 && box.y1 < Self.fromTop(p.y) + 4
            }
            #expect(match, "cell \(c.raw) at \(box), expected x \(places.map(\.x)) + \(width)")
            #expect(box.y1 - box.y0 > 5 && box.y1 - box.y0 < 14, "a 10 pt glyph box: \(box)")
        }
    }

    @Test func cellBoxIsTheReadersWordBox() throws {
        let (_, out) = try Self.emitted()
        let words = try PDFReader.read(TinyPDF.statement).pages[0].words
        let revenue = try #require(try Self.rows(out, .cells, CellRow.self).first { $0.raw == "1,234" })
        let word = try #require(words.first { $0.text == "1,234" })
        let box = try #require(revenue.sourceBox)
        // Written to 0.01 pt.
        for (a, b) in [(box.x0, word.box.x0), (box.y0, word.box.y0), (box.x1, word.box.x1), (box.y1, word.box.y1)] {
            #expect(abs(a - b) <= 0.005 + 1e-9, "\(box) vs \(word.box)")
        }
    }

    @Test func tableBoxHoldsItsCells() throws {
        let (_, out) = try Self.emitted()
        let tables = try Self.rows(out, .tables, TableRow.self)
        let table = try #require(tables.first)
        let box = try #require(table.sourceBox)
        #expect(table.sourceSpan == nil)
        #expect(box.page == 1)
        for c in try Self.rows(out, .cells, CellRow.self) where c.tableId == table.tableId {
            let b = try #require(c.sourceBox)
            #expect(b.x0 >= box.x0 && b.x1 <= box.x1 && b.y0 >= box.y0 && b.y1 <= box.y1, "cell \(c.raw) \(b) outside table \(box)")
        }
        // The row labels are in it too.
        #expect(box.x0 < 73 && box.x1 > 420)
    }

    @Test func everyRecordKindOfAPDFHasItsBoxAndNoSourceSpan() throws {
        let (_, out) = try Self.emitted()
        let blocks = try Self.rows(out, .blocks, BlockRow.self)
        #expect(!blocks.isEmpty)
        for b in blocks {
            #expect(b.sourceSpan == nil)
            #expect(b.sourceBox != nil, "block \(b.blockId) \(b.text)")
        }
        // Page 2's heading is placed on page 2.
        let notes = try #require(blocks.first { $0.text.hasPrefix("Notes to the Statement") })
        #expect(notes.sourceBox?.page == 2)
        #expect(notes.sourceBox.map { abs($0.x0 - 72) < 0.5 } == true)
        for s in try Self.rows(out, .sections, SectionRow.self) {
            #expect(s.sourceSpan == nil)
            #expect(s.sourceBox != nil, "section \(s.heading)")
        }
        for f in try Self.rows(out, .facts, FactRow.self) where f.span != nil {
            #expect(f.sourceBox?.page == 1, "fact \(f.metric)")
        }
        // Diagnostics and removals of a PDF carry the field (null when they have no span).
        let diagnostics = String(decoding: out.bytes(.diagnostics), as: UTF8.self)
        #expect(diagnostics.split(separator: "\n").allSatisfy { $0.contains("\"source_box\":") })
    }

    @Test func aSectionOverAPageBreakIsBoxedOnItsFirstPage() throws {
        let (doc, _) = try Self.emitted()
        // The whole text runs over both pages: its box is page 1's words only.
        let all = try #require(doc.sourceBox(of: Span(start: 0, end: doc.text.count)))
        #expect(all.page == 1)
        #expect(all.y0 < Self.fromTop(720) && all.y1 > Self.fromTop(600) && all.y1 < Self.fromTop(600) + 5)
    }

    @Test func otherFormatsHaveNoBoxField() throws {
        let doc = try #require(try TestPipeline.runDefault(bytes: Array("Revenue was $5 million in 2024.\n".utf8)))
        let out = RecordEmitter.emit(doc, failed: false)
        for kind in RecordKind.allCases {
            #expect(!String(decoding: out.bytes(kind), as: UTF8.self).contains("source_box"), "\(kind.rawValue)")
        }
    }

    @Test func pageBoxMapTakesTheFirstPage() {
        var map = PageBoxMap()
        map.append(start: 0, end: 5, page: 1, x0: 10, y0: 700, x1: 40, y1: 710)
        map.append(start: 6, end: 9, page: 1, x0: 50, y0: 720, x1: 70, y1: 730)
        map.append(start: 11, end: 15, page: 2, x0: 5, y0: 20, x1: 30, y1: 30)
        #expect(map.box(of: Span(start: 0, end: 15)) == SourceBox(page: 1, x0: 10, y0: 700, x1: 70, y1: 730))
        #expect(map.box(of: Span(start: 7, end: 8)) == SourceBox(page: 1, x0: 50, y0: 720, x1: 70, y1: 730))
        #expect(map.box(of: Span(start: 9, end: 15)) == SourceBox(page: 2, x0: 5, y0: 20, x1: 30, y1: 30))
        // White space between words covers none.
        #expect(map.box(of: Span(start: 9, end: 11)) == nil)
    }
}
