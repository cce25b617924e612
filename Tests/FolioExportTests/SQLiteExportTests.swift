import FolioDataset
@testable import FolioExport
import FolioModel
import Foundation
import Testing

@Suite("SQLite export")
struct SQLiteExportTests {
    @Test("every record lands in its table with typed columns, ids indexed, text searchable")
    func exportsEveryRecord() throws {
        let w = try CorpusWorkspace()
        let store = w.store
        let version = try #require(store.currentVersion())
        let out = w.path + "/out/corpus.sqlite"
        let summary = try SQLiteExporter(store: store, version: version).export(to: out, force: false)
        let db = try SQLiteDatabase(path: out)
        let manifest = try store.manifest(version)
        for kind in RecordKind.allCases {
            let records = try #require(manifest.output(kind)).records
            let count = try db.query("SELECT count(*) FROM \(kind.rawValue)").rows
            #expect(count == [[.integer(Int64(records))]], "\(kind.rawValue)")
        }
        // Child tables hold one row per array element.
        let refs = try store.records(FootnoteRow.self, .footnotes, version: version).reduce(0) { $0 + $1.references.count }
        #expect(try db.query("SELECT count(*) FROM footnote_references").rows == [[.integer(Int64(refs))]])
        let checks = try store.records(TableRow.self, .tables, version: version).reduce(0) { $0 + $1.checks.count }
        #expect(try db.query("SELECT count(*) FROM table_checks").rows == [[.integer(Int64(checks))]])
        #expect(summary.rows.first { $0.table == "cells" }?.count ?? 0 > 0)

        // Typed columns: the cell of the README's cells.jsonl example.
        let cell = try db.query("""
            SELECT typeof(row), typeof(value), value, scale, unit, row_path, column_path, span_start, source_span_start
            FROM cells WHERE doc_id = 'seeds/003_05f12aa528e47d2d' AND table_id = 1 AND row = 0 AND col = 0
            """).rows
        #expect(cell == [[.text("integer"), .text("real"), .real(7165584), .integer(1000), .text("RMB"),
                          .text(#"["ASSETS","Current assets","Cash and cash equivalents"]"#),
                          .text(#"["December 31,","2022","RMB"]"#), .integer(36524), .integer(36691)]])
        // JSON columns work with SQLite's JSON functions.
        #expect(try db.query("SELECT row_path ->> '$[0]' FROM cells WHERE doc_id LIKE '%003_05f12aa528e47d2d' AND table_id = 1 AND row = 0 AND col = 0").rows
            == [[.text("ASSETS")]])

        // Indexes on the ids.
        let indexes = try db.query("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").rows
        for (table, column) in [("cells", "table_id"), ("sections", "section_id"), ("blocks", "block_id"), ("tables", "table_id"),
                                ("footnotes", "footnote_id"), ("facts", "fact_id"), ("documents", "doc_id")] {
            #expect(indexes.contains { $0[0] == .text(table) && $0[1].description.contains("\"\(column)\"") }, "index on \(table).\(column)")
        }
        // A query by id uses an index, not a scan.
        let plan = try db.query("EXPLAIN QUERY PLAN SELECT * FROM cells WHERE doc_id = 'x' AND table_id = 1").rows
        #expect(plan.contains { $0.last?.description.contains("USING INDEX") == true })

        // FTS5 over blocks and footnotes.
        let blocks = try db.query("SELECT count(*) FROM blocks").rows
        let footnotes = try db.query("SELECT count(*) FROM footnotes").rows
        let fts = try db.query("SELECT count(*) FROM fulltext").rows
        if case .integer(let b) = blocks[0][0], case .integer(let f) = footnotes[0][0] {
            #expect(fts == [[.integer(b + f)]])
        }
        let hits = try db.query("SELECT DISTINCT kind FROM fulltext WHERE fulltext MATCH 'dividend' ORDER BY kind").rows
        #expect(hits == [[.text("block")], [.text("footnote")]])

        // The manifest travels with it.
        #expect(try db.query("SELECT value FROM meta WHERE key = 'content_sha256'").rows == [[.text(manifest.contentSha256)]])
    }

    @Test("the same version exports to the same bytes; an existing file needs --force")
    func deterministicAndSafe() throws {
        let w = try CorpusWorkspace()
        let store = w.store
        let version = try #require(store.currentVersion())
        let exporter = SQLiteExporter(store: store, version: version)
        let a = w.path + "/a.sqlite", b = w.path + "/b.sqlite"
        _ = try exporter.export(to: a, force: false)
        _ = try exporter.export(to: b, force: false)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))

        let before = FileManager.default.contents(atPath: a)
        #expect(throws: StoreError.self) { try exporter.export(to: a, force: false) }
        #expect(FileManager.default.contents(atPath: a) == before, "a refused export leaves the file alone")
        _ = try exporter.export(to: a, force: true)
        // Nothing temporary is left beside it.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: w.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
        // A folder where the file should go is an error, not a crash.
        try FileManager.default.createDirectory(atPath: w.path + "/dir.sqlite", withIntermediateDirectories: true)
        #expect(throws: StoreError.self) { try exporter.export(to: w.path + "/dir.sqlite", force: true) }
    }

    @Test("a damaged record file is a clear error and writes nothing")
    func damagedInput() throws {
        let w = try CorpusWorkspace()
        let store = w.store
        let version = try #require(store.currentVersion())
        let cells = try #require(try store.recordFiles(.cells, version: version).first)
        try Data("{\"doc_id\":\"x\",\"table_id\":1\nnot json\n".utf8).write(to: URL(fileURLWithPath: cells))
        let out = w.path + "/bad.sqlite"
        do {
            _ = try SQLiteExporter(store: store, version: version).export(to: out, force: false)
            Issue.record("export of a damaged file succeeded")
        } catch let error as StoreError {
            #expect(error.message.contains("cells.jsonl line 1"))
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}

/// The SQLite queries of README.md (blocks starting `-- sqlite:`) give exactly the output the
/// README shows beneath them, on an export of a run over Corpus/.
@Suite("README queries")
struct ReadmeQueryTests {
    struct Example {
        var title: String
        var sql: String
        var expected: String
    }

    /// Each ```sql block whose first line starts `-- sqlite:`, with the ```text block after it.
    static func examples(_ readme: String) -> [Example] {
        var out: [Example] = []
        let lines = readme.components(separatedBy: "\n")
        var i = 0
        func block(from start: Int) -> (body: [String], end: Int) {
            var j = start
            var body: [String] = []
            while j < lines.count, lines[j] != "```" { body.append(lines[j]); j += 1 }
            return (body, j)
        }
        while i < lines.count {
            if lines[i] == "```sql", i + 1 < lines.count, lines[i + 1].hasPrefix("-- sqlite:") {
                let (sql, end) = block(from: i + 1)
                var k = end + 1
                while k < lines.count, lines[k].trimmingCharacters(in: .whitespaces).isEmpty { k += 1 }
                if k < lines.count, lines[k] == "```text" {
                    let (expected, textEnd) = block(from: k + 1)
                    out.append(Example(title: String(sql[0].dropFirst("-- sqlite:".count)).trimmingCharacters(in: .whitespaces),
                                       sql: sql.joined(separator: "\n"), expected: expected.joined(separator: "\n")))
                    i = textEnd
                }
            }
            i += 1
        }
        return out
    }

    @Test("README has three SQLite examples, and each prints what the README shows")
    func readmeQueries() throws {
        let readme = try String(contentsOfFile: CorpusWorkspace.packageRoot + "/README.md", encoding: .utf8)
        let examples = Self.examples(readme)
        #expect(examples.count == 3, "README should hold three `-- sqlite:` examples, found \(examples.count)")
        let w = try CorpusWorkspace()
        let out = w.path + "/corpus.sqlite"
        _ = try SQLiteExporter(store: w.store, version: try #require(w.store.currentVersion())).export(to: out, force: false)
        let db = try SQLiteDatabase(path: out)
        for e in examples {
            // sqlite3's default list mode: columns joined by `|`, NULL empty, no header.
            let rows = try db.query(e.sql).rows
            let printed = rows.map { $0.map(\.description).joined(separator: "|") }.joined(separator: "\n")
            #expect(!rows.isEmpty, "\(e.title) returns rows")
            #expect(printed == e.expected, "README example '\(e.title)' prints:\n\(printed)")
        }
    }
}
