/// A document on its way through the pipeline: its source bytes, its current text with the
/// map back to the source, and the records stages have found so far.
///
/// Each stage takes it `inout` and adds to it. It is a value type: a stage that fails leaves
/// nothing half-done behind for the next document.
public struct WorkingDocument: Sendable {
    /// Stable id (see the dataset contract): relative path without extension.
    public let docId: String
    /// Path relative to the input root it was found under.
    public let source: String
    /// The document's bytes: the whole file, or one part of it (an EDGAR submission's
    /// exhibit), in which case `sourceBase` is where they start in the file.
    public private(set) var bytes: [UInt8]
    /// The size of `bytes`, kept when they are released.
    public let byteCount: Int
    /// Offset of `bytes` in the original file. Source spans held by records are relative to
    /// `bytes`; `RecordEmitter` shifts them by this when it writes them.
    public var sourceBase: Int = 0
    /// SHA-256 of `bytes`, lowercase hex (filled by the runner).
    public var sha256: String

    /// Set when the document is one part of a multi-document file.
    public var part: DocumentPart?

    public var format: DocumentFormat = .unknown
    /// Whether `text` is still raw markup (an XBRL instance, or HTML read with `read.html`
    /// off). Rendered HTML is text like any other and is normalized as such.
    public var textIsMarkup = false
    /// The encoding the bytes were read as (`utf-8`, `utf-16le`, `windows-1252`, ...).
    public var encoding: String?

    /// The current text, UTF-8. After `read` it is the decoded text; after `normalize`, the
    /// normalized text that every span points into.
    public private(set) var text: [UInt8] = []
    /// Maps positions in `text` to byte offsets of `bytes` (for a PDF: of its rendition, see
    /// `pageBoxes`).
    public private(set) var textMap = OffsetMap()
    /// A PDF's words on their pages by rendition range (nil for every other format): records of
    /// a PDF carry a `source_box` from it and no `source_span`.
    public var pageBoxes: PageBoxMap?

    public var metadata = DocumentMetadata()
    public var sections: [Section] = []
    public var blocks: [Block] = []
    public var tables: [Table] = []
    public var footnotes: [Footnote] = []
    public var facts: [Fact] = []
    /// Footnote markers removed from the text, in text order.
    public var markers: [Marker] = []
    /// Whether the strong markers have been decided (by the normalize stage with its
    /// `markers` option, or `MarkerScanner.removeMarkers`): those found are in `markers`,
    /// removed from the text (`MarkerGrammar` says where one may stand). A later stage reads
    /// them from there and does not decide again from the text.
    public var markersDecided = false
    /// Page furniture and other text removed by normalization.
    public var removals: [Removal] = []
    /// Where normalization joined a row label printed over two lines into one line (a run of
    /// row labels printed apart from their figures, in reading-order text): positions in
    /// `text`, ascending, each where the
    /// lower line's text meets the upper's (the space put between them, or the lower line's
    /// first byte). A later stage asks `joinsLines(_:)` and does not decide again from the
    /// text whether a line was printed as two. Emptied by a later rewrite of the text
    /// (`rewriteText`), whose positions they would no longer be.
    public var lineJoins: [Int] = []
    public var diagnostics: [Diagnostic] = []

    public init(docId: String, source: String, bytes: [UInt8], sha256: String = "") {
        self.docId = docId
        self.source = source
        self.bytes = bytes
        byteCount = bytes.count
        self.sha256 = sha256
    }

    /// Drops the source bytes once no stage still to run reads them (`Stage.readsSourceBytes`;
    /// records need only their count and the offset maps), so a large document is not held
    /// twice, as bytes and as text, through the later stages and while its records are written.
    public mutating func releaseBytes() { bytes = [] }

    /// Sets the first text of the document (the read stage does this).
    public mutating func setText(_ text: [UInt8], map: OffsetMap) {
        self.text = text
        self.textMap = map
    }

    /// Replaces the text with one derived from it; `map` maps the new text to the old one.
    /// Spans held by records are not moved: stages that rewrite text run before any stage
    /// that records spans.
    public mutating func rewriteText(_ newText: [UInt8], map: OffsetMap) {
        self.textMap = map.composed(with: textMap)
        self.text = newText
        lineJoins = []
    }

    /// The original-file byte range a span of the current text came from.
    /// Inside the pipeline source spans are relative to `bytes`; the emitter adds `sourceBase`.
    public func sourceSpan(of span: Span) -> Span {
        textMap.origin(of: span)
    }

    /// Whether `span` of the current text was printed on more than one line and joined by
    /// normalization (`lineJoins`).
    public func joinsLines(_ span: Span) -> Bool {
        guard !lineJoins.isEmpty, span.end > span.start else { return false }
        var lo = 0, hi = lineJoins.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lineJoins[mid] < span.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < lineJoins.count && lineJoins[lo] < span.end
    }

    /// Where a span of the current text was printed, for a document read from a PDF: the union
    /// box of the words it covers on the first page it touches (`PageBoxMap.box(of:)`). Nil for
    /// every other format, and for a span that covers no word (white space alone).
    public func sourceBox(of span: Span) -> SourceBox? {
        guard let pageBoxes else { return nil }
        return pageBoxes.box(of: textMap.origin(of: span))
    }

    /// Where a span already mapped to the source (`sourceSpan(of:)`: for a PDF a range of its
    /// rendition, as removals, markers and diagnostics keep them) was printed; nil as above.
    public func sourceBox(ofSource span: Span) -> SourceBox? {
        pageBoxes?.box(of: span)
    }

    /// The current text in `span` as a String.
    public func string(_ span: Span) -> String {
        let lo = max(0, min(span.start, text.count))
        let hi = max(lo, min(span.end, text.count))
        return String(decoding: text[lo..<hi], as: UTF8.self)
    }

    /// Adds a diagnostic.
    public mutating func diagnose(_ stage: String, _ severity: Severity, _ code: String, _ message: String, span: Span? = nil) {
        diagnostics.append(Diagnostic(stage: stage, severity: severity, code: code, message: message,
                                      sourceSpan: span.map { sourceSpan(of: $0) }))
    }
}
