public import FolioDataset
import FolioModel
import Foundation

/// Writes a static HTML site for one version: `index.html` (documents with counts, failed
/// checks, diagnostics) and `docs/<slug>.html` per document (section outline, the text with
/// each table as a grid beside the source lines it came from, footnotes linked both ways,
/// facts with their cross-check status). Inline CSS only, no scripts, nothing fetched.
public struct ReportWriter {
    public let store: DatasetStore
    public let version: String
    /// Folder the dataset's inputs were read from (`Corpus`): when a document's file is there
    /// with the recorded hash, tables are shown beside its original lines; otherwise beside
    /// the normalized text.
    public let sourceRoot: String?

    public init(store: DatasetStore, version: String, sourceRoot: String?) {
        self.store = store
        self.version = version
        self.sourceRoot = sourceRoot
    }

    public struct Summary: Sendable {
        public var documents: Int
        public var pages: [String: String]
    }

    struct Doc {
        var document: DocumentRow
        var sections: [SectionRow] = []
        var blocks: [BlockRow] = []
        var tables: [TableRow] = []
        var cells: [CellRow] = []
        var footnotes: [FootnoteRow] = []
        var facts: [FactRow] = []
        var diagnostics: [DiagnosticRow] = []
    }

    /// What the index page needs of a document, kept while its page is written and its
    /// records are let go: the report's memory is one document plus this per document.
    struct IndexEntry {
        var document: DocumentRow
        var sections = 0, tables = 0, cells = 0, footnotes = 0, facts = 0
        var agree = 0, disagree = 0, checksPassed = 0, checks = 0, warnings = 0, errors = 0
        var failedChecks: [(table: TableRow, check: TableCheck)] = []

        init(_ d: Doc) {
            document = d.document
            document.text = nil
            sections = d.sections.count
            tables = d.tables.count
            cells = d.cells.count
            footnotes = d.footnotes.count
            facts = d.facts.count
            agree = d.facts.filter { $0.check == .agrees }.count
            disagree = d.facts.filter { $0.check == .disagrees }.count
            let all = d.tables.flatMap(\.checks).filter { $0.outcome != .skipped }
            checks = all.count
            checksPassed = all.filter { $0.outcome == .pass }.count
            warnings = d.diagnostics.filter { $0.severity == "warning" }.count
            errors = d.diagnostics.filter { $0.severity == "error" }.count
            for t in d.tables {
                var bare = t
                bare.checks = []
                for c in t.checks where c.outcome == .fail { failedChecks.append((bare, c)) }
            }
        }
    }

    /// The index page's list of warnings and errors: the first `shown`, and how many in all.
    static let notableShown = 1000

    /// Writes the site into `out` atomically (a temporary folder renamed when complete); an
    /// existing `out` is replaced only with `force`. Returns each doc_id's page path.
    ///
    /// Streams: the record files are read side by side in `doc_id` order (`RecordCursor`),
    /// one document's records at a time, its page written before the next is read.
    public func write(to out: String, force: Bool) throws -> Summary {
        // The header is all they use: the inputs are not exported (nor needed under schema 2).
        let manifest = try store.manifestHeader(version)
        let records = VersionRecords(store: store, version: version)
        let decoder = StoredRecords.decoder
        let sections = try records.cursor(.sections), blocks = try records.cursor(.blocks), tables = try records.cursor(.tables)
        let cells = try records.cursor(.cells), footnotes = try records.cursor(.footnotes), facts = try records.cursor(.facts)
        let diagnostics = try records.cursor(.diagnostics)

        let tmp = try AtomicOutput.begin(out, force: force, directory: true)
        var committed = false
        defer { if !committed { try? FileManager.default.removeItem(atPath: tmp) } }
        try Self.makeDirectory(tmp + "/docs")
        var slugs = SlugMaker()
        var entries: [IndexEntry] = []
        var notable: [DiagnosticRow] = []
        var notableCount = 0
        var pages: [String: String] = [:]
        var seen = Set<String>()
        var previous: String?
        try records.forEachLine(.documents) { line, number in
            let d: DocumentRow
            do { d = try decoder.decode(DocumentRow.self, from: Data(line)) } catch {
                throw StoreError("\(version)/documents.jsonl line \(number): \(error)")
            }
            guard !seen.contains(d.docId) else { return }
            seen.insert(d.docId)
            if let previous, !DocOrder.less(previous, d.docId) {
                throw StoreError("\(version)/documents.jsonl line \(number): \(d.docId) is out of doc_id order (after \(previous))")
            }
            previous = d.docId
            var doc = Doc(document: d)
            doc.sections = try sections.take(SectionRow.self, docId: d.docId, decoder: decoder)
            doc.blocks = try blocks.take(BlockRow.self, docId: d.docId, decoder: decoder)
            doc.tables = try tables.take(TableRow.self, docId: d.docId, decoder: decoder)
            doc.cells = try cells.take(CellRow.self, docId: d.docId, decoder: decoder)
            doc.footnotes = try footnotes.take(FootnoteRow.self, docId: d.docId, decoder: decoder)
            doc.facts = try facts.take(FactRow.self, docId: d.docId, decoder: decoder)
            doc.diagnostics = try diagnostics.take(DiagnosticRow.self, docId: d.docId, decoder: decoder)
            let slug = slugs.next(d.docId)
            let rel = "docs/" + slug + ".html"
            try Self.writeFile(tmp + "/" + rel, DocumentPage(doc: doc, source: sourceLines(doc.document), version: version).render())
            pages[d.docId] = rel
            for g in doc.diagnostics where g.severity != "info" {
                notableCount += 1
                if notable.count < Self.notableShown { notable.append(g) }
            }
            entries.append(IndexEntry(doc))
        }
        try Self.writeFile(tmp + "/index.html", indexPage(manifest, entries, pages, notable: notable, notableCount: notableCount))
        try AtomicOutput.commit(tmp, to: out)
        committed = true
        return Summary(documents: entries.count, pages: pages)
    }

    static func makeDirectory(_ path: String) throws(StoreError) {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw StoreError("cannot create \(path): \(error.localizedDescription)")
        }
    }

    static func writeFile(_ path: String, _ text: String) throws(StoreError) {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw StoreError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// File-name-safe, unique page names in document order.
    static func slugs(_ ids: [String]) -> [String: String] {
        var maker = SlugMaker()
        var out: [String: String] = [:]
        for id in ids { out[id] = maker.next(id) }
        return out
    }

    /// Gives each document, in order, a file-name-safe page name not given before.
    struct SlugMaker {
        private var used: Set<String> = []

        mutating func next(_ id: String) -> String {
            var s = String(String.UnicodeScalarView(id.unicodeScalars.map { c in
                (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == ".")) ? c : "_"
            }))
            if s.hasPrefix(".") { s = "_" + s }
            var candidate = s
            var n = 2
            while used.contains(candidate) {
                candidate = s + "-\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }
    }

    /// The original file's bytes when it is under `sourceRoot` with the recorded hash and was
    /// read as UTF-8 text (so byte spans can be shown as lines).
    func sourceLines(_ d: DocumentRow) -> [UInt8]? {
        guard let root = sourceRoot, d.format == "text", d.part == nil, d.encoding == nil || d.encoding == "utf-8",
              let data = FileManager.default.contents(atPath: root + "/" + d.source) else { return nil }
        let bytes = [UInt8](data)
        return Hashing.sha256Hex(bytes) == d.sha256 ? bytes : nil
    }

    func indexPage(_ m: Manifest, _ docs: [IndexEntry], _ pages: [String: String], notable: [DiagnosticRow], notableCount: Int) -> String {
        let e = HTML.escape
        var b = "<header class=\"top\"><div>Folio report</div><h1>\(e(m.dataset)) \(e(m.version))</h1>"
        b += "<div class=\"meta\" style=\"color:#cfd8e3\">created \(e(m.createdAt)) · parent \(e(m.parent ?? "none")) · pipeline \(e(m.pipeline.name)) · content \(e(String(m.contentSha256.prefix(16))))</div></header><main>"
        let failedChecks = docs.flatMap { d in d.failedChecks.map { (d, $0.table, $0.check) } }
        b += "<p>\(docs.count) documents · \(docs.reduce(0) { $0 + $1.tables }) tables · \(docs.reduce(0) { $0 + $1.cells }) cells · "
        b += "\(docs.reduce(0) { $0 + $1.footnotes }) footnotes · \(docs.reduce(0) { $0 + $1.facts }) facts · "
        b += "<span class=\"\(failedChecks.isEmpty ? "good" : "bad")\">\(failedChecks.count) failed checks</span> · \(notableCount) warnings and errors</p>"
        b += "<h2>Documents</h2><table class=\"list\" id=\"documents\"><thead><tr><th>document</th><th>format</th><th>status</th><th>title</th><th>issuer</th><th>form</th><th>period end</th>"
        for h in ["sections", "tables", "cells", "footnotes", "facts", "facts agree / disagree", "checks passed", "warnings", "errors"] {
            b += "<th class=\"num\">\(h)</th>"
        }
        b += "</tr></thead><tbody>"
        for d in docs {
            let link = pages[d.document.docId] ?? "#"
            b += "<tr><td><a href=\"\(e(link))\">\(e(d.document.docId))</a></td><td>\(e(d.document.format))</td>"
            b += "<td class=\"\(d.document.status == "ok" ? "good" : "bad")\">\(e(d.document.status))</td><td>\(e(d.document.title ?? ""))</td>"
            b += "<td>\(e(d.document.issuer ?? ""))</td><td>\(e(d.document.formType ?? ""))</td><td>\(e(d.document.periodEnd ?? d.document.period ?? ""))</td>"
            for n in [d.sections, d.tables, d.cells, d.footnotes, d.facts] { b += "<td class=\"num\">\(n)</td>" }
            b += "<td class=\"num\">\(d.agree) / <span class=\"\(d.disagree > 0 ? "bad" : "")\">\(d.disagree)</span></td>"
            b += "<td class=\"num \(d.checksPassed < d.checks ? "bad" : "")\">\(d.checksPassed)/\(d.checks)</td>"
            b += "<td class=\"num\">\(d.warnings)</td><td class=\"num \(d.errors > 0 ? "bad" : "")\">\(d.errors)</td></tr>"
        }
        b += "</tbody></table>"
        b += "<h2 id=\"failed-checks\">Failed checks (\(failedChecks.count))</h2>"
        if failedChecks.isEmpty {
            b += "<p class=\"good\">Every arithmetic check passed.</p>"
        } else {
            b += "<table class=\"list\"><thead><tr><th>document</th><th>table</th><th>check</th><th>column</th><th class=\"num\">expected</th><th class=\"num\">actual</th></tr></thead><tbody>"
            for (d, t, c) in failedChecks {
                let link = pages[d.document.docId].map { "\($0)#table-\(t.tableId)" } ?? "#"
                b += "<tr><td>\(e(d.document.docId))</td><td><a href=\"\(e(link))\">\(t.tableId): \(e(t.title ?? "(untitled)"))</a></td>"
                b += "<td>\(e(c.kind)) \(e(c.target))</td><td class=\"num\">\(c.col.map(String.init) ?? "")</td>"
                b += "<td class=\"num\">\(HTML.number(c.expected))</td><td class=\"num\">\(HTML.number(c.actual))</td></tr>"
            }
            b += "</tbody></table>"
        }
        b += "<h2 id=\"diagnostics\">Warnings and errors (\(notableCount))</h2>"
        b += DocumentPage.diagnosticsTable(notable, withDoc: true)
        if notableCount > notable.count { b += "<p class=\"muted\">\(notableCount - notable.count) more in diagnostics.jsonl</p>" }
        b += "</main>"
        return HTML.page(title: "Folio report: \(m.dataset) \(m.version)", body: b)
    }
}
