#if canImport(Glibc)
import Glibc
#endif
/// The record lines one document contributes to each record file of a version.
///
/// A large document's lines are not held in memory: the kinds whose lines outgrow
/// `RecordEmitter.spillThreshold` are streamed into a spill file as they are written
/// (`spill`), and the version writer copies them from there into its parts.
public struct DocumentOutput: Sendable {
    public var lines: [RecordKind: [UInt8]] = [:]
    public var counts: [RecordKind: Int] = [:]
    /// Kinds whose lines are in a spill file, not in `lines`.
    public var spill: Spill?
    public init() {}

    public func bytes(_ kind: RecordKind) -> [UInt8] { lines[kind] ?? [] }
    public func count(_ kind: RecordKind) -> Int { counts[kind] ?? 0 }

    /// A file holding some kinds' lines: kind `k`'s lines are bytes `ranges[k]` of it.
    public struct Spill: Sendable {
        public var path: String
        public var ranges: [RecordKind: Range<Int>] = [:]
        /// Set when writing the file failed (the disk is full): the lines are lost, and the
        /// writer reports this instead of writing a version without them.
        public var error: String?
    }
}

/// Streams a document's lines into a spill file (one `write(2)` per drained buffer).
struct SpillFile {
    let path: String
    var fd: Int32 = -1
    var offset = 0
    var error: String?

    init(path: String) { self.path = path }

    mutating func append(_ b: UnsafeRawBufferPointer) {
        guard error == nil, let base = b.baseAddress, b.count > 0 else { return }
        if fd < 0 {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if fd < 0 {
                error = "cannot create \(path): \(String(cString: strerror(errno)))"
                return
            }
        }
        var done = 0
        while done < b.count {
            let n = write(fd, base + done, b.count - done)
            if n < 0 {
                if errno == EINTR { continue }
                error = "cannot write \(path): \(String(cString: strerror(errno)))"
                return
            }
            done += n
        }
        offset += b.count
    }

    mutating func close() {
        if fd >= 0 { _ = Glibc.close(fd) }
        fd = -1
    }
}

/// Converts byte offsets of a UTF-8 buffer to Unicode scalar offsets.
///
/// ASCII text maps one to one. Otherwise the scalar count before every 64th byte is kept, and
/// a lookup counts the scalar starts (bytes that are not `10xxxxxx`) from that checkpoint, eight
/// bytes at a time.
public struct CodePointIndex: Sendable {
    private let utf8: [UInt8]
    /// `checkpoints[k]`: scalars that start before byte `64 * k`; nil for ASCII text.
    private let checkpoints: [Int32]?

    public init(_ utf8: [UInt8]) {
        self.utf8 = utf8
        let n = utf8.count
        checkpoints = utf8.withUnsafeBufferPointer { b -> [Int32]? in
            guard let base = b.baseAddress, !Self.isASCII(base, n) else { return nil }
            var cps: [Int32] = []
            cps.reserveCapacity(n / 64 + 2)
            var total = 0
            var k = 0
            while k < n {
                cps.append(Int32(truncatingIfNeeded: total))
                let e = min(k + 64, n)
                total += Self.scalarStarts(base, k, e)
                k = e
            }
            cps.append(Int32(truncatingIfNeeded: total))
            return cps
        }
    }

    static func isASCII(_ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            if UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The number of bytes in `s..<e` that start a scalar (are not continuation bytes).
    ///
    /// Eight bytes at a time: each byte's continuation flag is added into its own byte of
    /// `lanes`, and the lanes are summed (one multiply) every 16 words, before any can
    /// overflow; no bit count per word (the baseline x86-64 target has no `popcnt`).
    static func scalarStarts(_ base: UnsafePointer<UInt8>, _ s: Int, _ e: Int) -> Int {
        var i = s
        var continuations = 0
        var lanes: UInt64 = 0
        var words = 0
        while i + 8 <= e {
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            // Bit 7 set and bit 6 clear: a continuation byte (1 in that byte's lane).
            lanes &+= (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7
            words += 1
            if words == 16 {
                continuations += Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
                lanes = 0
                words = 0
            }
            i += 8
        }
        continuations += Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) >> 56)
        var count = (i - s) - continuations
        while i < e {
            if base[i] & 0xC0 != 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    public func codePointOffset(_ byteOffset: Int) -> Int {
        guard let checkpoints else { return byteOffset }
        let i = max(0, min(byteOffset, utf8.count))
        let block = i >> 6
        let before = Int(checkpoints[block])
        return before + utf8.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return 0 }
            return Self.scalarStarts(base, block << 6, i)
        }
    }

    public func span(_ bytes: Span) -> Span {
        Span(start: codePointOffset(bytes.start), end: codePointOffset(bytes.end))
    }
}

/// Writes a processed (or failed) document as record lines, in the contract's key order.
/// See `docs/dataset.md` for every field.
public enum RecordEmitter {
    /// Lines of one kind beyond this many bytes go to the spill file (when one is given).
    public static let spillThreshold = 1 << 20

    /// The document's record lines. With `spillPath`, the lines of a kind that outgrow
    /// `spillThreshold` are streamed into that file instead of being held (the file is
    /// created only then), so a large document's records never sit in memory whole.
    public static func emit(_ doc: WorkingDocument, failed: Bool, spillPath: String? = nil,
                            spillThreshold: Int = RecordEmitter.spillThreshold) -> DocumentOutput {
        var r = RecordLines(doc: doc, spillPath: spillPath, spillThreshold: spillThreshold)
        r.document(failed: failed)
        if !failed {
            r.sections()
            r.blocks()
            r.tables()
            r.cells()
            r.footnotes()
            r.facts()
        }
        // diagnostics (failed documents keep theirs)
        r.diagnostics()
        return r.close()
    }
}

/// One document's record lines as they are written: the line writer, the spill file, and the
/// span conversions every kind shares; one method a record kind, called in the files' order.
struct RecordLines {
    let doc: WorkingDocument
    let spillThreshold: Int
    var out = DocumentOutput()
    var w = JSONLineWriter(reservingCapacity: 4096)
    var spill: SpillFile?
    /// Where the current kind's lines start in the spill file (nil: none spilled yet).
    var spilledFrom: Int?
    let index: CodePointIndex
    let base: Int
    /// A PDF's text maps into its rendition, not its bytes: no source span (see PageBoxMap).
    let pdf: Bool
    /// `{"doc_id":"<id>"`, which every record line of the document starts with, written once.
    let docIdPrefix: [UInt8]

    init(doc: WorkingDocument, spillPath: String?, spillThreshold: Int) {
        self.doc = doc
        self.spillThreshold = spillThreshold
        spill = spillPath.map { SpillFile(path: $0) }
        index = CodePointIndex(doc.text)
        base = doc.sourceBase
        pdf = doc.pageBoxes != nil
        var prefix = JSONLineWriter(reservingCapacity: 64)
        prefix.beginObject()
        prefix.key("doc_id"); prefix.string(doc.docId)
        docIdPrefix = prefix.take()
    }

    /// Begins a record line: `{` and its `doc_id` (`docIdPrefix`, copied).
    mutating func begin() { w.beginObject(written: docIdPrefix) }

    /// After each line: a buffer past the threshold goes to the spill file.
    mutating func line() {
        guard w.byteCount >= spillThreshold, spill != nil else { return }
        if spilledFrom == nil { spilledFrom = spill?.offset ?? 0 }
        drain()
    }
    /// The writer's buffer into the spill file (a copy of it is appended to, then stored back:
    /// the closure may not reach `self` while `w` is being modified).
    mutating func drain() {
        guard var file = spill else { return }
        w.drain(shrinkingAbove: 2 * spillThreshold) { file.append($0) }
        spill = file
    }
    func span(_ s: Span?) -> Span? { s.map { index.span($0) } }
    func shift(_ s: Span?) -> Span? { s.map { Span(start: $0.start + base, end: $0.end + base) } }
    func src(_ s: Span?) -> Span? { pdf ? nil : shift(s.map { doc.sourceSpan(of: $0) }) }
    /// A record's `span`, `source_span` and (PDF) `source_box` of text span `s`.
    mutating func spans(_ s: Span?) {
        w.key("span"); w.span(span(s))
        w.key("source_span"); w.span(src(s))
        box(s)
    }
    /// A PDF record's `source_box` (after its `source_span`): where the words of its text
    /// span were printed (`WorkingDocument.sourceBox(of:)`). Not written for other formats.
    mutating func box(_ s: Span?) {
        guard pdf else { return }
        w.key("source_box"); w.box(s.flatMap { doc.sourceBox(of: $0) })
    }
    /// The same for a span already mapped to the source (removals, diagnostics); `given` is
    /// a box the reader recorded itself (page furniture).
    mutating func boxOfSource(_ s: Span?, given: SourceBox? = nil) {
        guard pdf else { return }
        w.key("source_box"); w.box(given ?? s.flatMap { doc.sourceBox(ofSource: $0) })
    }
    mutating func finish(_ kind: RecordKind, _ n: Int) {
        out.counts[kind] = n
        if let from = spilledFrom, spill != nil {
            drain()
            let to = spill?.offset ?? from
            if out.spill == nil { out.spill = DocumentOutput.Spill(path: spill?.path ?? "") }
            out.spill?.ranges[kind] = from..<to
            spilledFrom = nil
        } else {
            out.lines[kind] = w.take()
        }
    }
    /// The lines written, with the spill file's error if writing it failed; closes the file.
    mutating func close() -> DocumentOutput {
        if let error = spill?.error { out.spill?.error = error }
        spill?.close()
        return out
    }

    /// The document's one `documents` line (a failed document's too).
    mutating func document(failed: Bool) {
        begin()
        w.key("source"); w.string(doc.source)
        w.key("sha256"); w.string(doc.sha256)
        w.key("bytes"); w.int(doc.byteCount)
        w.key("format"); w.string(doc.format.rawValue)
        w.key("encoding"); w.string(doc.encoding)
        w.key("part")
        if let p = doc.part {
            w.beginObject()
            w.key("type"); w.string(p.type)
            w.key("sequence"); w.int(p.sequence)
            w.key("filename"); w.string(p.filename)
            w.key("description"); w.string(p.description)
            w.endObject()
        } else { w.null() }
        w.key("status"); w.string(failed ? "failed" : "ok")
        w.key("title"); w.string(doc.metadata.title)
        w.key("issuer"); w.string(doc.metadata.issuer)
        w.key("form_type"); w.string(doc.metadata.formType)
        w.key("period"); w.string(doc.metadata.period)
        w.key("date"); w.string(doc.metadata.date)
        let md = doc.metadata
        w.key("cik"); w.string(md.cik)
        w.key("ticker"); w.string(md.ticker)
        w.key("accession_number"); w.string(md.accessionNumber)
        w.key("filing_date"); w.string(md.filingDate)
        w.key("period_end"); w.string(md.periodEnd)
        w.key("fiscal_year"); w.int(md.fiscalYear)
        w.key("fiscal_period"); w.string(md.fiscalPeriod)
        w.key("metadata_sources"); w.beginObject()
        for field in MetadataField.allCases {
            w.key(field.jsonKey); w.string(md.sources[field]?.rawValue)
        }
        w.endObject()
        w.key("counts"); w.beginObject()
        w.key("sections"); w.int(failed ? 0 : doc.sections.count)
        w.key("blocks"); w.int(failed ? 0 : doc.blocks.count)
        w.key("tables"); w.int(failed ? 0 : doc.tables.count)
        w.key("footnotes"); w.int(failed ? 0 : doc.footnotes.count)
        w.key("facts"); w.int(failed ? 0 : doc.facts.count)
        w.endObject()
        w.key("removed"); w.beginArray()
        if !failed {
            for r in doc.removals {
                w.beginObject()
                w.key("kind"); w.string(r.kind)
                w.key("text"); w.string(r.text)
                w.key("source_span"); w.span(pdf ? nil : shift(r.sourceSpan))
                boxOfSource(r.sourceSpan, given: r.sourceBox)
                w.endObject()
            }
        }
        w.endArray()
        w.key("text_sha256"); w.string(failed ? nil : Hashing.sha256Hex(doc.text))
        w.key("text")
        if failed { w.null() } else { text() }
        w.endObject(); w.endLine(); line()
        finish(.documents, 1)
    }

    /// The document's text as the `text` value. A text longer than the spill threshold, with a
    /// spill file, is streamed into that file a piece at a time as it is escaped, so the line
    /// never holds a second copy of the text (`docs/reliability.md`, memory); the bytes are
    /// those of `string(decoding:)`. Invalid UTF-8 (never from the stages, which decode) takes
    /// that path.
    mutating func text() {
        let t = doc.text
        guard spill != nil, t.count > spillThreshold,
              t.withUnsafeBufferPointer({ JSONLineWriter.isValidUTF8($0) }) else {
            w.string(decoding: t)
            return
        }
        w.beginString()
        var from = 0
        while from < t.count {
            let to = min(from + spillThreshold, t.count)
            t.withUnsafeBufferPointer { b in
                w.stringPiece(UnsafeBufferPointer(rebasing: b[from..<to]))
            }
            from = to
            if w.byteCount >= spillThreshold { flushPiece() }
        }
        w.endString()
    }

    /// The writer's bytes so far into the spill file, in the middle of a line.
    mutating func flushPiece() {
        guard var file = spill else { return }
        if spilledFrom == nil { spilledFrom = file.offset }
        w.flush { file.append($0) }
        spill = file
    }

    mutating func sections() {
        for (i, s) in doc.sections.enumerated() {
            begin()
            w.key("section_id"); w.int(s.id)
            w.key("parent_id"); w.int(s.parentId)
            w.key("level"); w.int(s.level)
            w.key("ordinal"); w.int(i + 1)
            w.key("heading"); w.string(s.heading)
            w.key("heading_rule"); w.string(s.headingRule?.rawValue)
            spans(s.span)
            w.endObject(); w.endLine(); line()
        }
        finish(.sections, doc.sections.count)
    }

    mutating func blocks() {
        for b in doc.blocks {
            begin()
            w.key("block_id"); w.int(b.id)
            w.key("section_id"); w.int(b.sectionId)
            w.key("kind"); w.string(b.kind.rawValue)
            w.key("table_id"); w.int(b.tableId)
            w.key("text"); b.textBytes.withUnsafeBufferPointer { w.string(decoding: $0) }
            spans(b.span)
            w.endObject(); w.endLine(); line()
        }
        finish(.blocks, doc.blocks.count)
    }

    mutating func tables() {
        for t in doc.tables {
            begin()
            w.key("table_id"); w.int(t.id)
            w.key("section_id"); w.int(t.sectionId)
            w.key("title"); w.string(t.title)
            w.key("statement"); w.string(t.statement?.rawValue)
            w.key("units"); w.beginObject()
            w.key("scale"); w.int(t.units.scale)
            w.key("currency"); w.string(t.units.currency)
            let source = t.units.source ?? UnitsSource(kind: .default)
            w.key("source"); w.beginObject()
            w.key("kind"); w.string(source.kind.rawValue)
            w.key("text"); w.string(source.text)
            w.key("span"); w.span(span(source.span))
            w.key("source_span"); w.span(src(source.span))
            w.endObject()
            w.endObject()
            w.key("header"); w.beginArray()
            for row in t.header { w.strings(row) }
            w.endArray()
            w.key("n_rows"); w.int(t.nRows)
            w.key("n_cols"); w.int(t.nCols)
            spans(t.span)
            w.key("checks"); w.beginArray()
            for c in t.checks {
                w.beginObject()
                w.key("kind"); w.string(c.kind)
                w.key("target"); w.string(c.target)
                w.key("col"); w.int(c.col)
                w.key("expected"); w.number(c.expected)
                w.key("actual"); w.number(c.actual)
                w.key("outcome"); w.string(c.outcome.rawValue)
                w.key("rows"); w.beginArray()
                for r in c.rows { w.int(r) }
                w.endArray()
                w.key("reason"); w.string(c.reason)
                w.endObject()
            }
            w.endArray()
            w.endObject(); w.endLine(); line()
        }
        finish(.tables, doc.tables.count)
    }

    mutating func cells() {
        var nCells = 0
        for t in doc.tables {
            nCells += t.cells.count
            for c in t.cells {
                begin()
                w.key("table_id"); w.int(t.id)
                w.key("row"); w.int(c.row)
                w.key("col"); w.int(c.col)
                w.key("row_label"); w.string(c.rowLabel)
                w.key("row_path"); w.strings(c.rowPath)
                w.key("column_path"); w.strings(c.columnPath)
                w.key("raw"); w.string(c.raw)
                w.key("value"); w.number(c.value)
                w.key("scale"); w.int(c.scale)
                w.key("unit"); w.string(c.unit)
                spans(c.span)
                w.key("period")
                switch c.period {
                case let .duration(start, end)?:
                    w.beginObject()
                    w.key("start"); w.string(start.iso)
                    w.key("end"); w.string(end.iso)
                    w.endObject()
                case let .instant(d)?:
                    w.beginObject()
                    w.key("instant"); w.string(d.iso)
                    w.endObject()
                case nil:
                    w.null()
                }
                w.key("period_reason"); w.string(c.periodReason)
                w.key("concept"); w.string(c.concept)
                w.key("concept_source"); w.string(c.conceptSource?.rawValue)
                w.key("context"); w.string(c.context)
                w.key("scale_reason"); w.string(c.scaleReason?.rawValue)
                w.key("bounds")
                if let bounds = c.bounds {
                    w.beginArray()
                    for b in bounds {
                        w.beginObject()
                        w.key("value"); w.number(b.value)
                        w.key("span"); w.span(span(b.span))
                        w.key("source_span"); w.span(src(b.span))
                        w.endObject()
                    }
                    w.endArray()
                } else {
                    w.null()
                }
                w.key("row_path_rule"); w.string(c.rowPathRule?.rawValue)
                w.key("label_rule"); w.string(c.labelRule?.rawValue)
                w.endObject(); w.endLine(); line()
            }
        }
        finish(.cells, nCells)
    }

    mutating func footnotes() {
        for f in doc.footnotes {
            begin()
            w.key("footnote_id"); w.int(f.id)
            w.key("label"); w.string(f.label)
            w.key("text"); w.string(f.text)
            w.key("section_id"); w.int(f.sectionId)
            spans(f.span)
            w.key("references"); w.beginArray()
            for r in f.references {
                w.beginObject()
                w.key("block_id"); w.int(r.blockId)
                w.key("span"); w.span(span(r.span))
                w.key("source_span"); w.span(shift(r.sourceSpan))
                w.key("table_id"); w.int(r.tableId)
                w.key("row"); w.int(r.row)
                w.key("col"); w.int(r.col)
                w.endObject()
            }
            w.endArray()
            w.endObject(); w.endLine(); line()
        }
        finish(.footnotes, doc.footnotes.count)
    }

    mutating func facts() {
        for f in doc.facts {
            begin()
            w.key("fact_id"); w.int(f.id)
            w.key("origin"); w.string(f.origin.rawValue)
            w.key("metric"); w.string(f.metric)
            w.key("value"); w.number(f.value)
            w.key("scale"); w.int(f.scale)
            w.key("unit"); w.string(f.unit)
            w.key("period")
            if let p = f.period {
                w.beginObject()
                w.key("start"); w.string(p.start)
                w.key("end"); w.string(p.end)
                w.key("instant"); w.string(p.instant)
                w.key("text"); w.string(p.text)
                w.endObject()
            } else { w.null() }
            w.key("span"); w.span(span(f.span))
            w.key("source_span"); w.span(f.sourceSpan.map { shift($0) } ?? src(f.span))
            box(f.span)
            w.key("cell")
            if let c = f.cell {
                w.beginObject()
                w.key("table_id"); w.int(c.tableId)
                w.key("row"); w.int(c.row)
                w.key("col"); w.int(c.col)
                w.endObject()
            } else { w.null() }
            w.key("check"); w.string(f.check.rawValue)
            w.key("compared_value"); w.number(f.comparedValue)
            w.key("role"); w.string(f.role)
            w.key("comparative_of"); w.int(f.comparativeOf)
            w.endObject(); w.endLine(); line()
        }
        finish(.facts, doc.facts.count)
    }

    mutating func diagnostics() {
        for d in doc.diagnostics {
            begin()
            w.key("stage"); w.string(d.stage)
            w.key("severity"); w.string(d.severity.rawValue)
            w.key("code"); w.string(d.code)
            w.key("message"); w.string(d.message)
            w.key("source_span"); w.span(pdf ? nil : shift(d.sourceSpan))
            boxOfSource(d.sourceSpan)
            w.endObject(); w.endLine(); line()
        }
        finish(.diagnostics, doc.diagnostics.count)
    }
}
