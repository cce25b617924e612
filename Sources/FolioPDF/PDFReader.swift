import CPoppler

/// poppler (GLib binding), behind value types. Every call into the C library lives in this file.
///
/// - poppler creates its global parameters on the first document it opens, unguarded: the
///   first open happens once, thread-safely, in a `static let`; documents may then be read on
///   any thread, one document per call.
/// - The document is read from memory (`g_bytes_new` copies the bytes; no temporary file).
/// - Every GObject, GList and g_malloc'd buffer is released before the call returns.
public enum PDFReader {
    /// Up to this many pages by default (the read stage's `pdf_max_pages`).
    public static let defaultMaxPages = PDFLimits.defaultMaxPages

    private static let initialised: Bool = {
        // Opening anything makes poppler create its global parameters; the result is dropped.
        let probe: [UInt8] = Array("%PDF-1.0\n".utf8)
        probe.withUnsafeBytes { raw in
            let bytes = g_bytes_new(raw.baseAddress, gsize(raw.count))
            var error: UnsafeMutablePointer<GError>?
            let doc = poppler_document_new_from_bytes(bytes, nil, &error)
            if let error { g_error_free(error) }
            cpoppler_unref(UnsafeMutableRawPointer(doc))
            g_bytes_unref(bytes)
        }
        return true
    }()

    /// The words of every page, with boxes and fonts, within `limits` (checked before the first
    /// page, then after each page: a document over one stops with its `PDFReadError`).
    public static func read(_ bytes: [UInt8], limits: PDFLimits = PDFLimits()) throws(PDFReadError) -> PDFDocumentContent {
        _ = initialised
        guard bytes.count < Int(Int32.max) else { throw .tooLarge(bytes.count) }
        var error: UnsafeMutablePointer<GError>?
        let doc: OpaquePointer? = bytes.withUnsafeBytes { raw in
            let gb = g_bytes_new(raw.baseAddress, gsize(raw.count))
            defer { g_bytes_unref(gb) }
            return poppler_document_new_from_bytes(gb, nil, &error)
        }
        guard let doc else {
            let code = cpoppler_error_code(error)
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "poppler gave no reason"
            if let error { g_error_free(error) }
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) { throw .encrypted }
            throw .damaged(message)
        }
        if let error { g_error_free(error) }
        defer { cpoppler_unref(UnsafeMutableRawPointer(doc)) }
        let n = Int(poppler_document_get_n_pages(doc))
        if n <= 0 { throw .noPages }
        if n > limits.maxPages { throw .tooManyPages(n, limit: limits.maxPages) }
        let clock = ContinuousClock()
        let start = clock.now
        let seconds = limits.maxSeconds.isNaN ? 0 : max(0, min(limits.maxSeconds, 1e9))
        let budget = Duration.milliseconds(Int64(seconds * 1000))
        var fonts = FontTable()
        var pages: [PDFPage] = []
        pages.reserveCapacity(n)
        var words = 0
        var glyphs = 0
        var readable = 0
        for i in 0..<n {
            if i > 0, clock.now - start > budget {
                throw .timeLimit(seconds: limits.maxSeconds, pagesRead: i, of: n)
            }
            guard let page = poppler_document_get_page(doc, Int32(i)) else {
                pages.append(PDFPage(number: i + 1, width: 0, height: 0, words: []))
                continue
            }
            defer { cpoppler_unref(UnsafeMutableRawPointer(page)) }
            readable += 1
            var width = 0.0
            var height = 0.0
            poppler_page_get_size(page, &width, &height)
            // Over the glyph budget: stop before the page's characters become values.
            guard let chars = characters(page, width: width, height: height, fonts: &fonts, budget: limits.maxGlyphs - glyphs) else {
                throw .tooMuchText(limit: limits.maxWords, page: i + 1)
            }
            glyphs += chars.count
            let pageWords = PDFWords.split(chars)
            words += pageWords.count
            if words > limits.maxWords { throw .tooMuchText(limit: limits.maxWords, page: i + 1) }
            pages.append(PDFPage(number: i + 1, width: width, height: height, words: pageWords))
        }
        // A page tree that loops or points nowhere: poppler counts pages it cannot give.
        if readable == 0 { throw .noPages }
        return PDFDocumentContent(pages: pages, fonts: fonts.fonts)
    }

    /// Fonts interned by name, in order of first use.
    struct FontTable {
        var fonts: [PDFFont] = []
        var index: [String: Int] = [:]
        mutating func intern(_ name: String) -> Int {
            if let i = index[name] { return i }
            fonts.append(PDFFont(name: name))
            index[name] = fonts.count - 1
            return fonts.count - 1
        }
    }

    /// The page's characters with their boxes (placed on the page: `PDFBox.placed`), font and
    /// size; nil when it has more than `budget`.
    private static func characters(_ page: OpaquePointer, width: Double, height: Double, fonts: inout FontTable, budget: Int) -> [PDFChar]? {
        guard let cText = poppler_page_get_text(page) else { return [] }
        defer { g_free(cText) }
        var rects: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rects, &count) != 0, let rects else { return [] }
        defer { g_free(rects) }
        if Int(count) > budget { return nil }
        // Font runs: [start, end] character ranges (inclusive), in order.
        var runs: [(start: Int, end: Int, font: Int, size: Double)] = []
        if let list = poppler_page_get_text_attributes(page) {
            var node: UnsafeMutablePointer<GList>? = list
            while let n = node {
                if let a = n.pointee.data?.assumingMemoryBound(to: PopplerTextAttributes.self) {
                    let name = a.pointee.font_name.map { String(cString: $0) } ?? ""
                    runs.append((Int(a.pointee.start_index), Int(a.pointee.end_index), fonts.intern(name), a.pointee.font_size))
                }
                node = n.pointee.next
            }
            poppler_page_free_text_attributes(list)
        }
        let total = Int(count)
        var chars: [PDFChar] = []
        chars.reserveCapacity(total)
        var k = 0
        var run = 0
        let length = strlen(cText)
        let buffer = UnsafeBufferPointer(start: UnsafeRawPointer(cText).assumingMemoryBound(to: UInt8.self), count: length)
        var decoder = UTF8()
        var iterator = buffer.makeIterator()
        loop: while k < total {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): scalar = s
            case .emptyInput: break loop
            case .error: scalar = "\u{FFFD}"
            }
            let r = rects[k]
            let index = k
            k += 1
            while run < runs.count && runs[run].end < index { run += 1 }
            guard let box = PDFBox(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2).placed(onPageWidth: width, height: height) else { continue }
            var font = -1
            var size = box.height
            if run < runs.count && runs[run].start <= index {
                font = runs[run].font
                let given = runs[run].size
                if given > 0 && given.isFinite { size = min(given, PDFBox.maxPageSide) }
            }
            chars.append(PDFChar(scalar, box, font: font, size: size))
        }
        return chars
    }
}
