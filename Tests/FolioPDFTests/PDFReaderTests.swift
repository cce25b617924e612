import Testing
import FolioModel
import FolioPDF
import FolioRead
import FolioTestSupport

private func read(_ bytes: [UInt8]) throws(DocumentFailure) -> WorkingDocument {
    var doc = WorkingDocument(docId: "doc", source: "doc.pdf", bytes: bytes)
    try ReadStage(options: StageOptions(specs: ReadStage.options, given: [:])).process(&doc)
    return doc
}

private func failure(_ bytes: [UInt8]) -> DocumentFailure? {
    do { _ = try read(bytes); return nil } catch { return error }
}

@Suite("PDF: reading with poppler")
struct PDFReaderTests {
    static let statement = TinyPDF.text(pages: [[
        (72, 700, 12, true, "Statement of Income"),
        (300, 680, 10, false, "2025"), (400, 680, 10, false, "2024"),
        (72, 665, 10, false, "Revenue"), (300, 665, 10, false, "1,234"), (400, 665, 10, false, "987"),
    ]])

    @Test func wordsWithBoxesAndFonts() throws {
        let content = try PDFReader.read(Self.statement)
        #expect(content.pages.count == 1)
        let page = try #require(content.pages.first)
        #expect(page.width == 612 && page.height == 792)
        // In poppler's reading order (columns may come before or after their rows' labels).
        #expect(page.words.map(\.text).sorted() == ["1,234", "2024", "2025", "987", "Income", "Revenue", "Statement", "of"])
        let revenue = try #require(page.words.first { $0.text == "Revenue" })
        // Top-left origin: baseline 665 from the bottom is 127 from the top.
        #expect(abs(revenue.box.x0 - 72) < 0.5)
        #expect(revenue.box.y1 > 125 && revenue.box.y1 < 131)
        #expect(revenue.size == 10)
        #expect(page.words.first.map { content.isBold($0) } == true)
        #expect(!content.isBold(revenue))
    }

    @Test func readStageRendersAPDF() throws {
        let doc = try read(Self.statement)
        #expect(doc.format == .pdf)
        let text = String(decoding: doc.text, as: UTF8.self)
        #expect(text.contains("Revenue"))
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Revenue") })
        #expect(line.split(separator: " ") == ["Revenue", "1,234", "987"])
        // The text maps to page boxes.
        let boxes = try #require(doc.pageBoxes)
        let at = try #require(text.utf8.firstIndex(of: UInt8(ascii: "R")))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: at)
        let box = try #require(boxes.box(of: Span(start: start, end: start + 7)))
        #expect(box.page == 1 && abs(box.x0 - 72) < 0.5)
    }

    /// `PDFLayout.maxColumns`: a page 14,400 points wide (the most a PDF may have) whose
    /// 200 one-glyph lines sit at its right edge, one word at its left: each line is padded
    /// to at most `maxColumns` columns, not the 2,300 its x position gives at 6 points a
    /// character, so the text stays in proportion to the words.
    @Test func wordsAtTheRightEdgeOfAHugePage() throws {
        let stream = "BT /F3 10 Tf 0 14300 Td (a) Tj ET\nBT /F3 10 Tf 14000 14200 Td (w) Tj"
            + String(repeating: " 0 -12 Td (w) Tj", count: 199) + " ET\n"
        var pdf = TinyPDF()
        pdf.objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        pdf.objects.append("<< /Type /Pages /Kids [5 0 R] /Count 1 >>")
        pdf.objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>")
        pdf.objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream")
        pdf.objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] /Resources << /Font << /F3 3 0 R >> >> /Contents 4 0 R >>")
        let doc = try read(pdf.bytes())
        let text = String(decoding: doc.text, as: UTF8.self)
        #expect(text.filter { $0 == "w" }.count == 200)
        #expect(doc.text.count < 201 * (PDFLayout.maxColumns + 4))
    }

    // Hostile and unreadable PDFs: each a clear per-document failure, never a crash.

    @Test func encrypted() {
        let f = failure(TinyPDF.text(pages: [[(72, 700, 10, false, "Secret")]], encrypt: true))
        #expect(f?.code == "read.pdf_encrypted")
        #expect(f?.message.contains("encrypted") == true)
    }

    @Test func truncatedAtEveryTenth() {
        let whole = Self.statement
        for k in 1..<10 {
            let cut = Array(whole.prefix(whole.count * k / 10))
            let f = failure(cut)
            // Either poppler rebuilds what it can, or the document fails as damaged/no text.
            if let f { #expect(["read.pdf_damaged", "read.pdf_no_text"].contains(f.code), "\(k)/10: \(f.code)") }
        }
    }

    @Test func noTextLayer() {
        var pdf = TinyPDF()
        pdf.objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 20 >>\nstream\n0 0 100 100 re f\n\nendstream",
        ]
        let f = failure(pdf.bytes())
        #expect(f?.code == "read.pdf_no_text")
        #expect(f?.message.contains("no text layer") == true)
    }

    @Test func pageTreeLoop() {
        var pdf = TinyPDF()
        pdf.objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
        ]
        let f = failure(pdf.bytes())
        #expect(f?.code == "read.pdf_damaged")
        #expect(f?.message.contains("no readable page") == true)
    }

    /// A page tree whose root lists a real page and itself: the page is read, the loop is not
    /// followed, and the page poppler cannot give is reported as empty.
    @Test func pageTreeLoopBesideARealPage() throws {
        var pdf = TinyPDF()
        let stream = "BT /F1 10 Tf 72 700 Td (Looped) Tj ET\n"
        pdf.objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)endstream",
        ]
        let doc = try read(pdf.bytes())
        #expect(String(decoding: doc.text, as: UTF8.self).contains("Looped"))
    }

    /// 10,000 small pages: refused at once under the default page limit, read whole (one word a
    /// page, 10,000 pages in the rendition) with the limit raised.
    @Test func tenThousandPages() throws {
        let bytes = TinyPDF.pages(Array(repeating: "BT /F1 10 Tf 72 700 Td (Page) Tj ET\n", count: 10_000))
        #expect(bytes.count < 2_000_000)
        #expect(failure(bytes)?.code == "read.pdf_too_many_pages")
        let content = try PDFReader.read(bytes, limits: PDFLimits(maxPages: 10_000))
        #expect(content.pages.count == 10_000)
        #expect(content.wordCount == 10_000)
        #expect(content.pages.last?.words.first?.text == "Page")
    }

    /// Text matrices that scale a glyph to 10^30 points or move it 10^30 points away: the
    /// document reads, every box is finite and on its page, and the ordinary word keeps its
    /// place.
    @Test func extremeTextMatrices() throws {
        let huge = "1" + String(repeating: "0", count: 30)
        let stream = """
            BT /F1 10 Tf 1 0 0 \(huge) 72 400 Tm (Tall) Tj ET
            BT /F1 10 Tf \(huge) 0 0 1 72 500 Tm (Wide) Tj ET
            BT /F1 10 Tf 1 0 0 1 \(huge) 600 Tm (Far) Tj ET
            BT /F1 10 Tf 1 0 0 1 -\(huge) 600 Tm (Before) Tj ET
            BT /F1 10 Tf 72 700 Td (Revenue) Tj ET

            """
        let bytes = TinyPDF.pages([stream])
        let content = try PDFReader.read(bytes)
        for w in content.pages.flatMap(\.words) {
            #expect([w.box.x0, w.box.y0, w.box.x1, w.box.y1].allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 792 }, "\(w.text) \(w.box)")
            #expect(w.box.x0 <= w.box.x1 && w.box.y0 <= w.box.y1)
        }
        let doc = try read(bytes)
        #expect(String(decoding: doc.text, as: UTF8.self).contains("Revenue"))
    }

    /// A text layer of one glyph per text object reads as words.
    @Test func oneGlyphPerTextObject() throws {
        let lines = ["Revenue 1,234 (987)", "Total assets 5,678"]
        let doc = try read(TinyPDF.pages([TinyPDF.glyphPerObject(lines)]))
        let text = String(decoding: doc.text, as: UTF8.self)
        #expect(text.contains("Revenue 1,234 (987)"), "\(text)")
        #expect(text.contains("Total assets 5,678"), "\(text)")
    }

    // Per-document limits (docs/reliability.md, "Limits").

    @Test func wordLimit() {
        #expect(throws: PDFReadError.tooMuchText(limit: 5, page: 1)) { try PDFReader.read(Self.statement, limits: PDFLimits(maxWords: 5)) }
        var doc = WorkingDocument(docId: "doc", source: "doc.pdf", bytes: Self.statement)
        let stage = ReadStage(options: StageOptions(specs: ReadStage.options, given: ["pdf_max_words": .int(3)]))
        var failure: DocumentFailure?
        do { try stage.process(&doc) } catch { failure = error }
        #expect(failure?.code == "read.pdf_too_much_text")
        #expect(failure?.message.contains("read.pdf_max_words") == true)
    }

    @Test func glyphLimit() {
        // One word of 60 glyphs against a limit of 5 words (50 glyphs).
        let long = TinyPDF.text(pages: [[(72, 700, 8, false, String(repeating: "x", count: 60))]])
        #expect(throws: PDFReadError.tooMuchText(limit: 5, page: 1)) { try PDFReader.read(long, limits: PDFLimits(maxWords: 5)) }
    }

    @Test func timeLimitIsCheckedBetweenPages() {
        let three = TinyPDF.text(pages: Array(repeating: [(72, 700, 10, false, "x")], count: 3))
        // A budget of nothing: the first page is read, the check before the second stops it.
        #expect(throws: PDFReadError.timeLimit(seconds: 0, pagesRead: 1, of: 3)) { try PDFReader.read(three, limits: PDFLimits(maxSeconds: 0)) }
        #expect(PDFReadError.timeLimit(seconds: 120, pagesRead: 1, of: 3).description
            == "reading the PDF took longer than 120 s (read.pdf_max_seconds); stopped after 1 of 3 pages")
        #expect(PDFReadError.timeLimit(seconds: 0, pagesRead: 1, of: 3).code == "read.pdf_time_limit")
    }

    @Test func tooManyPages() {
        var doc = WorkingDocument(docId: "doc", source: "doc.pdf", bytes: TinyPDF.text(pages: Array(repeating: [(72, 700, 10, false, "x")], count: 3)))
        let stage = ReadStage(options: StageOptions(specs: ReadStage.options, given: ["pdf_max_pages": .int(2)]))
        var code: String?
        do { try stage.process(&doc) } catch { code = error.code }
        #expect(code == "read.pdf_too_many_pages")
    }

    @Test func garbageAfterMagic() {
        let f = failure(Array("%PDF-1.7\n".utf8) + (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        #expect(f.map { ["read.pdf_damaged", "read.pdf_no_text"].contains($0.code) } == true)
    }
}
