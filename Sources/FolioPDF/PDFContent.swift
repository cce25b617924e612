/// A PDF's text layer as value types: pages, and on each page the words poppler found, with
/// their boxes and fonts. No C type leaves this module (`PDFReader` is the only file that calls
/// poppler).

/// A rectangle on a page, in PDF points, origin at the page's top-left corner, y growing
/// downwards (poppler's text coordinates).
public struct PDFBox: Sendable, Hashable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }

    /// The longest page side a PDF may have (ISO 32000-1, Annex C: 14,400 units, 200 inches).
    public static let maxPageSide = 14_400.0

    /// This box on a page of `width` by `height` points: each corner clamped to the page (a
    /// side that is not a number, not positive or over `maxPageSide` counts as
    /// `maxPageSide`), corners in order. nil when a corner is not a finite number: such a
    /// glyph has no place to be printed. The reader places every glyph with it, so every box
    /// after reading is finite, ordered and within 0...maxPageSide, and the layout's column
    /// and line-height arithmetic cannot overflow on a content stream's extreme matrix.
    public func placed(onPageWidth width: Double, height: Double) -> PDFBox? {
        guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite else { return nil }
        let w = PDFBox.side(width)
        let h = PDFBox.side(height)
        let a = min(max(x0, 0), w), b = min(max(x1, 0), w)
        let c = min(max(y0, 0), h), d = min(max(y1, 0), h)
        return PDFBox(x0: min(a, b), y0: min(c, d), x1: max(a, b), y1: max(c, d))
    }

    private static func side(_ s: Double) -> Double {
        s.isFinite && s > 0 ? min(s, maxPageSide) : maxPageSide
    }

    /// The smallest box holding both.
    public func union(_ o: PDFBox) -> PDFBox {
        PDFBox(x0: min(x0, o.x0), y0: min(y0, o.y0), x1: max(x1, o.x1), y1: max(y1, o.y1))
    }
}

/// A font as the page names it (`ABCDEF+Arial-BoldMT`), with the weight read from the name.
public struct PDFFont: Sendable, Hashable {
    public var name: String
    /// Whether the name says bold (`Bold`, `Black`, `Heavy`, `Semibold`, `Demi`).
    public var bold: Bool

    public init(name: String) {
        self.name = name
        self.bold = PDFFont.nameSaysBold(name)
    }

    /// Font names carry their weight as a word of the PostScript name; case-insensitive.
    static func nameSaysBold(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.contains("bold") || lower.contains("black") || lower.contains("heavy") || lower.contains("demi")
            || lower.contains("semibold")
    }
}

/// One word: characters poppler placed next to each other on one baseline, split on spaces and
/// on gaps wider than a fraction of the font size (see `PDFWords`).
public struct PDFWord: Sendable, Hashable {
    public var text: String
    public var box: PDFBox
    /// Index into `PDFDocumentContent.fonts`, or -1 when the page gave no font for it.
    public var font: Int
    /// Font size in points.
    public var size: Double

    public init(text: String, box: PDFBox, font: Int = -1, size: Double) {
        self.text = text
        self.box = box
        self.font = font
        self.size = size
    }
}

/// One page: its size in points and its words in poppler's reading order.
public struct PDFPage: Sendable, Hashable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var words: [PDFWord]

    public init(number: Int, width: Double, height: Double, words: [PDFWord]) {
        self.number = number
        self.width = width
        self.height = height
        self.words = words
    }
}

/// A whole document's text layer.
public struct PDFDocumentContent: Sendable, Hashable {
    public var pages: [PDFPage]
    public var fonts: [PDFFont]

    public init(pages: [PDFPage], fonts: [PDFFont]) {
        self.pages = pages
        self.fonts = fonts
    }

    /// Whether the word's font is bold.
    public func isBold(_ word: PDFWord) -> Bool {
        word.font >= 0 && word.font < fonts.count && fonts[word.font].bold
    }

    public var wordCount: Int { pages.reduce(0) { $0 + $1.words.count } }
}

/// What reading one PDF may cost, so a hostile document cannot stall or exhaust the batch (the
/// read stage's `pdf_max_pages`, `pdf_max_words`, `pdf_max_seconds`; docs/reliability.md).
public struct PDFLimits: Sendable, Hashable {
    public static let defaultMaxPages = 5_000
    public static let defaultMaxWords = 2_000_000
    public static let defaultMaxSeconds = 120.0

    /// More pages than this: refused before any page is read.
    public var maxPages: Int
    /// More words than this (or more glyphs than `maxGlyphs`) in the pages read so far: the
    /// reading stops after the page that went over. Bounds the memory the text layer takes.
    public var maxWords: Int
    /// Wall-clock seconds, checked between pages (a single page poppler takes longer on is not
    /// interrupted: poppler's text API cannot be cancelled).
    public var maxSeconds: Double

    /// Glyphs allowed: ten per allowed word (a text layer of single-glyph words, or of glyphs
    /// with no spaces, is bounded too).
    public var maxGlyphs: Int { maxWords > Int.max / 10 ? Int.max : maxWords * 10 }

    public init(maxPages: Int = defaultMaxPages, maxWords: Int = defaultMaxWords, maxSeconds: Double = defaultMaxSeconds) {
        self.maxPages = maxPages
        self.maxWords = maxWords
        self.maxSeconds = maxSeconds
    }
}

/// Why a PDF could not be read; each is one per-document diagnostic.
public enum PDFReadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document needs a password.
    case encrypted
    /// poppler could not open it (truncated, damaged, not a PDF at all).
    case damaged(String)
    /// poppler opened it but found no page (an empty, broken or looping page tree).
    case noPages
    /// More pages than the reader's limit.
    case tooManyPages(Int, limit: Int)
    /// More words (or glyphs) than the limit by the end of `page`.
    case tooMuchText(limit: Int, page: Int)
    /// The wall-clock budget ran out after `pagesRead` of the document's pages.
    case timeLimit(seconds: Double, pagesRead: Int, of: Int)
    /// Too large for poppler's API (it takes sizes as C ints).
    case tooLarge(Int)

    public var code: String {
        switch self {
        case .encrypted: "read.pdf_encrypted"
        case .damaged, .noPages: "read.pdf_damaged"
        case .tooManyPages: "read.pdf_too_many_pages"
        case .tooMuchText: "read.pdf_too_much_text"
        case .timeLimit: "read.pdf_time_limit"
        case .tooLarge: "read.too_large"
        }
    }

    public var description: String {
        switch self {
        case .encrypted: "the PDF is encrypted (it needs a password); Folio does not read encrypted PDFs"
        case .damaged(let why): "the PDF is damaged or truncated and could not be opened: \(why)"
        case .noPages: "the PDF has no readable page: its page tree is empty, broken or loops"
        case .tooManyPages(let n, let limit): "the PDF has \(n) pages, over the limit of \(limit) (read.pdf_max_pages)"
        case .tooMuchText(let limit, let page): "the PDF's text layer is over the limit of \(limit) words, or ten times as many glyphs, by page \(page) (read.pdf_max_words)"
        case .timeLimit(let seconds, let read, let n): "reading the PDF took longer than \(Self.seconds(seconds)) s (read.pdf_max_seconds); stopped after \(read) of \(n) pages"
        case .tooLarge(let n): "the PDF is \(n) bytes, too large for the PDF reader"
        }
    }

    /// `120`, `0.5`: whole seconds without a fraction.
    static func seconds(_ s: Double) -> String {
        s == s.rounded() && abs(s) < 1e15 ? String(Int64(s)) : String(s)
    }
}
