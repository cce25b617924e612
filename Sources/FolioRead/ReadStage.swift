public import FolioModel
import FolioPDF

/// Decodes the document's bytes into UTF-8 text and decides its format.
///
/// UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (or without one, when the NUL pattern
/// shows it), and Windows-1252 as the fallback for bytes that are not valid UTF-8. Binary
/// files (PDF, images, archives, or NUL-laden bytes) fail the document with a clear
/// diagnostic. The text keeps a map back to the source bytes.
public struct ReadStage: Stage {
    public static let name = "read"
    public static let summary = "decode bytes (UTF-8, UTF-16 with BOM, Windows-1252 fallback) or read a PDF's text layer; reject other binary input"
    public static let options: [OptionSpec] = [Option.maxBytes, Option.fallbackEncoding, Option.html, Option.maxDepth, Option.pdfMaxPages,
                                               Option.pdfMaxWords, Option.pdfMaxSeconds]

    /// The stage's options, each declared once with its type, default and help.
    public enum Option {
        public static let maxBytes = OptionSpec("max_bytes", .int(min: 1, max: Int(Int32.max)), default: .int(268_435_456),
            help: "documents larger than this fail with read.too_large")
        public static let fallbackEncoding = OptionSpec("fallback_encoding", .choice(["windows-1252", "latin-1", "fail"]), default: .string("windows-1252"),
            help: "how bytes that are not valid UTF-8 are read")
        public static let html = OptionSpec("html", .bool, default: .bool(true),
            help: "render HTML and inline XBRL through libxml2 into text, tables and facts (false: read the markup as text)")
        public static let maxDepth = OptionSpec("max_depth", .int(min: 16, max: 1_000_000), default: .int(10_000),
            help: "HTML nested deeper than this many elements fails with read.too_deep")
        public static let pdfMaxPages = OptionSpec("pdf_max_pages", .int(min: 1, max: 1_000_000), default: .int(PDFLimits.defaultMaxPages),
            help: "PDFs with more pages than this fail with read.pdf_too_many_pages")
        public static let pdfMaxWords = OptionSpec("pdf_max_words", .int(min: 1, max: 1_000_000_000), default: .int(PDFLimits.defaultMaxWords),
            help: "PDFs whose text layer has more words than this (or ten times as many glyphs) fail with read.pdf_too_much_text")
        public static let pdfMaxSeconds = OptionSpec("pdf_max_seconds", .int(min: 1, max: 86_400), default: .int(Int(PDFLimits.defaultMaxSeconds)),
            help: "reading a PDF's pages stops after this many seconds (checked between pages) with read.pdf_time_limit")
    }

    let maxBytes: Int
    let fallback: String
    let html: Bool
    let maxDepth: Int
    /// What one PDF may cost (`pdf_max_pages`, `pdf_max_words`, `pdf_max_seconds`).
    let pdfLimits: PDFLimits

    public init(options: StageOptions) {
        maxBytes = options.int(ReadStage.Option.maxBytes)
        fallback = options.string(ReadStage.Option.fallbackEncoding)
        html = options.bool(ReadStage.Option.html)
        maxDepth = options.int(ReadStage.Option.maxDepth)
        pdfLimits = PDFLimits(maxPages: options.int(ReadStage.Option.pdfMaxPages), maxWords: options.int(ReadStage.Option.pdfMaxWords),
                              maxSeconds: Double(options.int(ReadStage.Option.pdfMaxSeconds)))
    }

    /// The read stage reads the bytes of every document (it makes the text from them).
    public func readsSourceBytes(of format: DocumentFormat) -> Bool { true }

    public func process(_ document: inout WorkingDocument) throws(DocumentFailure) {
        let bytes = document.bytes
        if bytes.count > maxBytes {
            throw DocumentFailure(code: "read.too_large",
                                  message: "document is \(bytes.count) bytes, over the limit of \(maxBytes) (read.max_bytes)")
        }
        if bytes.isEmpty {
            document.format = .text
            document.encoding = "utf-8"
            document.setText([], map: OffsetMap())
            document.diagnose(Self.name, .warning, "read.empty", "document is empty")
            return
        }
        if Self.isPDF(bytes) {
            try readPDF(&document)
            return
        }
        if let kind = BinarySniffer.binaryKind(bytes) {
            throw DocumentFailure(code: "read.binary",
                                  message: "not a text document: looks like \(kind); Folio reads text, HTML and XML filings",
                                  sourceSpan: Span(start: 0, end: min(bytes.count, 8)))
        }
        let decoded: Decoded
        do {
            decoded = try TextDecoder.decode(bytes, fallback: fallback)
        } catch {
            throw error
        }
        document.encoding = decoded.encoding
        if decoded.replacedInvalid > 0 {
            document.diagnose(Self.name, .warning, "read.invalid_bytes",
                              "\(decoded.replacedInvalid) byte(s) could not be decoded as \(decoded.encoding) and were replaced by U+FFFD")
        }
        if decoded.encoding != "utf-8" {
            document.diagnose(Self.name, .info, "read.encoding", "read as \(decoded.encoding)")
        }
        if decoded.text.isEmpty {
            document.diagnose(Self.name, .warning, "read.empty", "document is empty (only a byte order mark)")
        }
        document.setText(decoded.text, map: decoded.map)
        document.format = FormatSniffer.format(source: document.source, text: decoded.text)
        document.textIsMarkup = [.html, .ixbrl, .xbrl].contains(document.format)
        if html && (document.format == .html || document.format == .ixbrl) {
            // libxml2 reads the original bytes (it honours <meta charset>); the rendered text
            // maps straight back to them.
            let rendered = try HTMLReader.render(bytes, xhtml: document.format == .ixbrl, maxDepth: maxDepth)
            document.setText(rendered.text, map: rendered.map)
            document.textIsMarkup = false
            document.metadata.propose(.title, rendered.title, from: .text)
            DEIMetadata.apply(rendered.dei, to: &document.metadata)
            let first = document.facts.count
            for (k, var fact) in rendered.facts.enumerated() {
                fact.id = first + k + 1
                document.facts.append(fact)
            }
            document.diagnose(Self.name, .info, "read.html",
                              "rendered HTML: \(rendered.tables) tables, \(rendered.facts.count) inline XBRL facts")
            if rendered.approximateTexts > 0 {
                document.diagnose(Self.name, .info, "read.html_spans_approximate",
                                  "\(rendered.approximateTexts) text(s) not found byte for byte in the HTML (markup the parser rewrote); their source spans are approximate")
            }
            if rendered.text.isEmpty && !decoded.text.isEmpty {
                document.diagnose(Self.name, .warning, "read.no_text",
                                  "the HTML renders to no text (hidden, or swallowed by an unclosed <title>, <script> or <style>)")
            }
        }
    }
}
