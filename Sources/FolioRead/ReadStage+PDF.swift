import FolioModel
import FolioPDF

/// PDF input: the PDF's text layer read through poppler (FolioPDF), laid out as fixed-width
/// text (one line per printed line, words at the column their x position gives), which the
/// rest of the pipeline reads like any plain-text filing. The text map points into that
/// rendition; `pageBoxes` maps rendition ranges to page boxes (records carry `source_box`).
extension ReadStage {
    /// Whether the bytes are a PDF: `%PDF-` within the first 1024 bytes (readers accept junk
    /// before the header).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        let magic: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x2D]
        let n = min(bytes.count, 1024)
        guard n >= magic.count else { return false }
        var i = 0
        while i + magic.count <= n {
            if bytes[i] == 0x25 && bytes[i + 1] == 0x50 && bytes[i + 2] == 0x44 && bytes[i + 3] == 0x46 && bytes[i + 4] == 0x2D {
                return true
            }
            i += 1
        }
        return false
    }

    func readPDF(_ document: inout WorkingDocument) throws(DocumentFailure) {
        let content: PDFDocumentContent
        do {
            content = try PDFReader.read(document.bytes, limits: pdfLimits)
        } catch {
            throw DocumentFailure(code: error.code, message: error.description)
        }
        document.format = .pdf
        if content.wordCount == 0 {
            throw DocumentFailure(code: "read.pdf_no_text",
                                  message: "the PDF's \(content.pages.count) page(s) have no text layer (a scan or images only); Folio does not run OCR")
        }
        let rendition = PDFLayout.render(content)
        var boxes = PageBoxMap()
        for w in rendition.words {
            boxes.append(start: w.start, end: w.end, page: w.page, x0: w.box.x0, y0: w.box.y0, x1: w.box.x1, y1: w.box.y1)
        }
        document.encoding = nil
        document.setText(rendition.text, map: .identity(length: rendition.text.count))
        document.pageBoxes = boxes
        for f in rendition.furniture {
            document.removals.append(Removal(kind: f.kind, text: f.text, sourceSpan: Span(start: 0, end: 0),
                                             sourceBox: SourceBox(page: f.page, x0: f.box.x0, y0: f.box.y0, x1: f.box.x1, y1: f.box.y1)))
        }
        let empty = content.pages.reduce(0) { $0 + ($1.words.isEmpty ? 1 : 0) }
        document.diagnose(Self.name, .info, "read.pdf",
                          "read the PDF: \(content.pages.count) pages, \(rendition.words.count) words, \(rendition.furniture.count) furniture lines removed")
        if empty > 0 {
            document.diagnose(Self.name, .warning, "read.pdf_pages_without_text",
                              "\(empty) of \(content.pages.count) pages have no text layer (scanned or images only); their content is missing")
        }
    }
}
