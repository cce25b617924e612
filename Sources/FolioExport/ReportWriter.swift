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

    /// Writes the site into `out` atomically (a temporary folder renamed when complete); an
    /// existing `out` is replaced only with `force`. Returns each doc_id's page path.
    public func write(to out: String, force: Bool) throws -> Summary {
        let manifest = try store.manifest(version)
        let records = VersionRecords(store: store, version: version)
        var docs: [String: Doc] = [:]
        var order: [String] = []
        for d in try records.decode(DocumentRow.self, .documents) {
            if docs[d.docId] == nil { order.append(d.docId) }
            docs[d.docId] = Doc(document: d)
        }
        for r in try records.decode(SectionRow.self, .sections) { docs[r.docId]?.sections.append(r) }
        for r in try records.decode(BlockRow.self, .blocks) { docs[r.docId]?.blocks.append(r) }
        for r in try records.decode(TableRow.self, .tables) { docs[r.docId]?.tables.append(r) }
        for r in try records.decode(CellRow.self, .cells) { docs[r.docId]?.cells.append(r) }
        for r in try records.decode(FootnoteRow.self, .footnotes) { docs[r.docId]?.footnotes.append(r) }
        for r in try records.decode(FactRow.self, .facts) { docs[r.docId]?.facts.append(r) }
        for r in try records.decode(DiagnosticRow.self, .diagnostics) { docs[r.docId]?.diagnostics.append(r) }

        let slugs = Self.slugs(order)
        let tmp = try AtomicOutput.begin(out, force: force, directory: true)
        var committed = false
        defer { if !committed { try? FileManager.default.removeItem(atPath: tmp) } }
        try Self.makeDirectory(tmp + "/docs")
        try Self.writeFile(tmp + "/index.html", indexPage(manifest, order.compactMap { docs[$0] }, slugs))
        var pages: [String: String] = [:]
        for id in order {
            guard let doc = docs[id], let slug = slugs[id] else { continue }
            let rel = "docs/" + slug + ".html"
            try Self.writeFile(tmp + "/" + rel, DocumentPage(doc: doc, source: sourceLines(doc.document), version: version).render())
            pages[id] = rel
        }
        try AtomicOutput.commit(tmp, to: out)
        committed = true
        return Summary(documents: order.count, pages: pages)
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
        var used: Set<String> = []
        var out: [String: String] = [:]
        for id in ids {
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
            out[id] = candidate
        }
        return out
    }

    /// The original file's bytes when it is under `sourceRoot` with the recorded hash and was
    /// read as UTF-8 text (so byte spans can be shown as lines).
    func sourceLines(_ d: DocumentRow) -> [UInt8]? {
        guard let root = sourceRoot, d.format == "text", d.part == nil, d.encoding == nil || d.encoding == "utf-8",
              let data = FileManager.default.contents(atPath: root + "/" + d.source) else { return nil }
        let bytes = [UInt8](data)
        return Hashing.sha256Hex(bytes) == d.sha256 ? bytes : nil
    }

    func indexPage(_ m: Manifest, _ docs: [Doc], _ slugs: [String: String]) -> String {
        let e = HTML.escape
        var b = "<header class=\"top\"><div>Folio report</div><h1>\(e(m.dataset)) \(e(m.version))</h1>"
        b += "<div class=\"meta\" style=\"color:#cfd8e3\">created \(e(m.createdAt)) · parent \(e(m.parent ?? "none")) · pipeline \(e(m.pipeline.name)) · content \(e(String(m.contentSha256.prefix(16))))</div></header><main>"
        let failedChecks = docs.flatMap { d in d.tables.flatMap { t in t.checks.filter { $0.outcome != .pass }.map { (d, t, $0) } } }
        let notable = docs.flatMap { d in d.diagnostics.filter { $0.severity != "info" }.map { (d, $0) } }
        b += "<p>\(docs.count) documents · \(docs.reduce(0) { $0 + $1.tables.count }) tables · \(docs.reduce(0) { $0 + $1.cells.count }) cells · "
        b += "\(docs.reduce(0) { $0 + $1.footnotes.count }) footnotes · \(docs.reduce(0) { $0 + $1.facts.count }) facts · "
        b += "<span class=\"\(failedChecks.isEmpty ? "good" : "bad")\">\(failedChecks.count) failed checks</span> · \(notable.count) warnings and errors</p>"
        b += "<h2>Documents</h2><table class=\"list\" id=\"documents\"><thead><tr><th>document</th><th>format</th><th>status</th><th>title</th>"
        for h in ["sections", "tables", "cells", "footnotes", "facts", "facts agree / disagree", "checks passed", "warnings", "errors"] {
            b += "<th class=\"num\">\(h)</th>"
        }
        b += "</tr></thead><tbody>"
        for d in docs {
            let checks = d.tables.flatMap(\.checks)
            let passed = checks.filter { $0.outcome == .pass }.count
            let agree = d.facts.filter { $0.check == .agrees }.count
            let disagree = d.facts.filter { $0.check == .disagrees }.count
            let warnings = d.diagnostics.filter { $0.severity == "warning" }.count
            let errors = d.diagnostics.filter { $0.severity == "error" }.count
            let link = slugs[d.document.docId].map { "docs/\($0).html" } ?? "#"
            b += "<tr><td><a href=\"\(e(link))\">\(e(d.document.docId))</a></td><td>\(e(d.document.format))</td>"
            b += "<td class=\"\(d.document.status == "ok" ? "good" : "bad")\">\(e(d.document.status))</td><td>\(e(d.document.title ?? ""))</td>"
            for n in [d.sections.count, d.tables.count, d.cells.count, d.footnotes.count, d.facts.count] { b += "<td class=\"num\">\(n)</td>" }
            b += "<td class=\"num\">\(agree) / <span class=\"\(disagree > 0 ? "bad" : "")\">\(disagree)</span></td>"
            b += "<td class=\"num \(passed < checks.count ? "bad" : "")\">\(passed)/\(checks.count)</td>"
            b += "<td class=\"num\">\(warnings)</td><td class=\"num \(errors > 0 ? "bad" : "")\">\(errors)</td></tr>"
        }
        b += "</tbody></table>"
        b += "<h2 id=\"failed-checks\">Failed checks (\(failedChecks.count))</h2>"
        if failedChecks.isEmpty {
            b += "<p class=\"good\">Every arithmetic check passed.</p>"
        } else {
            b += "<table class=\"list\"><thead><tr><th>document</th><th>table</th><th>check</th><th>column</th><th class=\"num\">expected</th><th class=\"num\">actual</th></tr></thead><tbody>"
            for (d, t, c) in failedChecks {
                let link = slugs[d.document.docId].map { "docs/\($0).html#table-\(t.tableId)" } ?? "#"
                b += "<tr><td>\(e(d.document.docId))</td><td><a href=\"\(e(link))\">\(t.tableId): \(e(t.title ?? "(untitled)"))</a></td>"
                b += "<td>\(e(c.kind)) \(e(c.target))</td><td class=\"num\">\(c.col.map(String.init) ?? "")</td>"
                b += "<td class=\"num\">\(HTML.number(c.expected))</td><td class=\"num\">\(HTML.number(c.actual))</td></tr>"
            }
            b += "</tbody></table>"
        }
        b += "<h2 id=\"diagnostics\">Warnings and errors (\(notable.count))</h2>"
        b += DocumentPage.diagnosticsTable(notable.prefix(1000).map { $0.1 }, withDoc: true)
        if notable.count > 1000 { b += "<p class=\"muted\">\(notable.count - 1000) more in diagnostics.jsonl</p>" }
        b += "</main>"
        return HTML.page(title: "Folio report: \(m.dataset) \(m.version)", body: b)
    }
}
