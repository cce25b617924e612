// libFuzzer target: the PDF reader (poppler's text layer through FolioPDF, the fixed-width
// layout, the rendition-range -> page-box map) as the read stage runs it, then record emission
// with every record's source_box. Limits are small (50 pages, 100,000 words, 10 s) so one
// input stays quick; over them is a diagnostic, not a finding.
// Oracle: the text maps to boxes that are finite and on a page of the document. Built only
// by scripts/fuzz.
import FolioModel
import FolioRead
import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard ReadStage.isPDF(bytes) else { return 0 }
    let stage = ReadStage(options: StageOptions(specs: ReadStage.options, given: [
        "pdf_max_pages": .int(50), "pdf_max_words": .int(100_000), "pdf_max_seconds": .int(10),
    ]))
    var doc = WorkingDocument(docId: "fuzz", source: "fuzz.pdf", bytes: bytes)
    do { try stage.process(&doc) } catch { return 0 }
    guard doc.format == .pdf, doc.pageBoxes != nil else { fatalError("a PDF read without its page boxes") }
    if let box = doc.sourceBox(of: Span(start: 0, end: doc.text.count)) {
        let coordinates = [box.x0, box.y0, box.x1, box.y1]
        if box.page < 1 || box.page > 50 || !coordinates.allSatisfy(\.isFinite) {
            fatalError("a box off the document: \(box)")
        }
    }
    _ = RecordEmitter.emit(doc, failed: false)
    return 0
}

runFuzzer(fuzz)
