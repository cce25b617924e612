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
        #expect(f != nil)
        #expect(f.map { $0.code.hasPrefix("read.pdf_") } == true)
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
