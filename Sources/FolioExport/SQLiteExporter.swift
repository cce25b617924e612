public import FolioDataset
import FolioModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The SQL type of an exported column. `json` columns are TEXT holding a JSON array or object
/// (query them with SQLite's `json_each` / `->>`).
enum ColumnType: String {
    case integer = "INTEGER", real = "REAL", text = "TEXT", json = "JSON"
    var sql: String { self == .json ? "TEXT" : rawValue }
}

/// A column of an exported table and where its value is in a record: `span_start` is
/// `record.span.start`. Objects of the records are flattened one level (`key_subkey`).
struct Column {
    var name: String
    var type: ColumnType
    var path: [String]

    init(_ name: String, _ type: ColumnType, _ path: [String]? = nil) {
        self.name = name
        self.type = type
        self.path = path ?? [name]
    }
}

/// One exported table: a record kind, or the elements of an array field of one (`child`).
struct TableSchema {
    var name: String
    var kind: RecordKind
    /// For a child table: the array field whose elements are its rows, and the parent's key
    /// columns copied into each row.
    var child: (field: String, keys: [String])?
    var columns: [Column]
    var indexes: [[String]]
}

/// Writes one dataset version into a SQLite database: a table per record kind with typed
/// columns, child tables for footnote references and table checks, indexes on the ids, an
/// FTS5 index over block and footnote text, and a `meta` table from the manifest.
public struct SQLiteExporter {
    public let store: DatasetStore
    public let version: String

    public init(store: DatasetStore, version: String) {
        self.store = store
        self.version = version
    }

    public struct Summary: Sendable {
        public var path: String
        public var rows: [(table: String, count: Int)]
        public var searchRows: Int
    }

    static func spanColumns(_ key: String) -> [Column] {
        [Column(key + "_start", .integer, [key, "start"]), Column(key + "_end", .integer, [key, "end"])]
    }

    /// `source_box` as five columns (`source_box_page`, `source_box_x0`, ...): NULL for records
    /// of documents not read from a PDF, which have no such field.
    static let box: [Column] = [Column("source_box_page", .integer, ["source_box", "page"])]
        + ["x0", "y0", "x1", "y1"].map { Column("source_box_" + $0, .real, ["source_box", $0]) }

    static let spans = spanColumns("span") + spanColumns("source_span")
    /// A top-level record's spans and box.
    static let provenance = spans + box

    static let schemas: [TableSchema] = [
        TableSchema(name: "documents", kind: .documents, columns: [
            Column("doc_id", .text), Column("source", .text), Column("sha256", .text), Column("bytes", .integer),
            Column("format", .text), Column("encoding", .text),
            Column("part_type", .text, ["part", "type"]), Column("part_sequence", .integer, ["part", "sequence"]),
            Column("part_filename", .text, ["part", "filename"]), Column("part_description", .text, ["part", "description"]),
            Column("status", .text), Column("title", .text), Column("issuer", .text), Column("form_type", .text),
            Column("period", .text), Column("date", .text),
            Column("cik", .text), Column("ticker", .text), Column("accession_number", .text), Column("filing_date", .text),
            Column("period_end", .text), Column("fiscal_year", .integer), Column("fiscal_period", .text),
            Column("metadata_sources", .json),
            Column("n_sections", .integer, ["counts", "sections"]), Column("n_blocks", .integer, ["counts", "blocks"]),
            Column("n_tables", .integer, ["counts", "tables"]), Column("n_footnotes", .integer, ["counts", "footnotes"]),
            Column("n_facts", .integer, ["counts", "facts"]),
            Column("removed", .json), Column("text_sha256", .text), Column("text", .text),
        ], indexes: [["doc_id"]]),
        TableSchema(name: "sections", kind: .sections, columns: [
            Column("doc_id", .text), Column("section_id", .integer), Column("parent_id", .integer), Column("level", .integer),
            Column("ordinal", .integer), Column("heading", .text), Column("heading_rule", .text),
        ] + provenance, indexes: [["doc_id", "section_id"]]),
        TableSchema(name: "blocks", kind: .blocks, columns: [
            Column("doc_id", .text), Column("block_id", .integer), Column("section_id", .integer), Column("kind", .text),
            Column("table_id", .integer), Column("text", .text),
        ] + provenance, indexes: [["doc_id", "block_id"], ["doc_id", "section_id"], ["doc_id", "table_id"]]),
        TableSchema(name: "tables", kind: .tables, columns: [
            Column("doc_id", .text), Column("table_id", .integer), Column("section_id", .integer), Column("title", .text),
            Column("statement", .text),
            Column("units_scale", .integer, ["units", "scale"]), Column("units_currency", .text, ["units", "currency"]),
            Column("header", .json), Column("n_rows", .integer), Column("n_cols", .integer),
        ] + provenance + [Column("checks", .json),
            Column("units_source_kind", .text, ["units", "source", "kind"]),
            Column("units_source_text", .text, ["units", "source", "text"]),
            Column("units_source_span_start", .integer, ["units", "source", "span", "start"]),
            Column("units_source_span_end", .integer, ["units", "source", "span", "end"]),
            Column("units_source_source_span_start", .integer, ["units", "source", "source_span", "start"]),
            Column("units_source_source_span_end", .integer, ["units", "source", "source_span", "end"]),
        ], indexes: [["doc_id", "table_id"], ["doc_id", "section_id"]]),
        TableSchema(name: "table_checks", kind: .tables, child: ("checks", ["doc_id", "table_id"]), columns: [
            Column("doc_id", .text), Column("table_id", .integer), Column("kind", .text), Column("target", .text),
            Column("col", .integer), Column("expected", .real), Column("actual", .real), Column("outcome", .text),
            Column("rows", .json), Column("reason", .text),
        ], indexes: [["doc_id", "table_id"], ["outcome"]]),
        TableSchema(name: "cells", kind: .cells, columns: [
            Column("doc_id", .text), Column("table_id", .integer), Column("row", .integer), Column("col", .integer),
            Column("row_label", .text), Column("row_path", .json), Column("column_path", .json), Column("raw", .text),
            Column("value", .real), Column("scale", .integer), Column("unit", .text),
        ] + provenance + [
            Column("period_start", .text, ["period", "start"]), Column("period_end", .text, ["period", "end"]),
            Column("period_instant", .text, ["period", "instant"]), Column("period_reason", .text),
            Column("concept", .text), Column("concept_source", .text), Column("context", .text), Column("scale_reason", .text), Column("bounds", .json),
            Column("row_path_rule", .text), Column("label_rule", .text),
        ], indexes: [["doc_id", "table_id", "row", "col"], ["row_label"], ["concept"]]),
        TableSchema(name: "footnotes", kind: .footnotes, columns: [
            Column("doc_id", .text), Column("footnote_id", .integer), Column("label", .text), Column("text", .text),
            Column("section_id", .integer),
        ] + provenance + [Column("references", .json)], indexes: [["doc_id", "footnote_id"]]),
        TableSchema(name: "footnote_references", kind: .footnotes, child: ("references", ["doc_id", "footnote_id"]), columns: [
            Column("doc_id", .text), Column("footnote_id", .integer), Column("block_id", .integer),
        ] + spans + [Column("table_id", .integer), Column("row", .integer), Column("col", .integer)],
        indexes: [["doc_id", "footnote_id"], ["doc_id", "table_id", "row", "col"], ["doc_id", "block_id"]]),
        TableSchema(name: "facts", kind: .facts, columns: [
            Column("doc_id", .text), Column("fact_id", .integer), Column("origin", .text), Column("metric", .text),
            Column("value", .real), Column("scale", .integer), Column("unit", .text),
            Column("period_start", .text, ["period", "start"]), Column("period_end", .text, ["period", "end"]),
            Column("period_instant", .text, ["period", "instant"]), Column("period_text", .text, ["period", "text"]),
        ] + provenance + [
            Column("cell_table_id", .integer, ["cell", "table_id"]), Column("cell_row", .integer, ["cell", "row"]),
            Column("cell_col", .integer, ["cell", "col"]), Column("check", .text), Column("compared_value", .real),
            Column("role", .text), Column("comparative_of", .integer),
        ], indexes: [["doc_id", "fact_id"], ["metric"], ["doc_id", "cell_table_id"]]),
        TableSchema(name: "diagnostics", kind: .diagnostics, columns: [
            Column("doc_id", .text), Column("stage", .text), Column("severity", .text), Column("code", .text),
            Column("message", .text),
        ] + spanColumns("source_span") + box, indexes: [["doc_id"], ["code"]]),
    ]

    /// Writes the database to `out` atomically (a temporary file in the same folder, renamed
    /// when complete). An existing `out` is replaced only with `force`.
    public func export(to out: String, force: Bool) throws -> Summary {
        guard SQLiteDatabase.hasFTS5 else {
            throw StoreError("this SQLite library (\(SQLiteDatabase.libraryVersion)) was built without FTS5; install Debian's libsqlite3")
        }
        // The header is all they use: the inputs are not exported (nor needed under schema 2).
        let manifest = try store.manifestHeader(version)
        let records = VersionRecords(store: store, version: version)
        let tmp = try AtomicOutput.begin(out, force: force, directory: false)
        var committed = false
        defer { if !committed { try? FileManager.default.removeItem(atPath: tmp) } }

        var summary = Summary(path: out, rows: [], searchRows: 0)
        do {
            let db = try SQLiteDatabase(path: tmp, create: true)
            try db.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA page_size = 4096; BEGIN;")
            try writeMeta(db, manifest)
            // One pass over each record kind's lines, inserting each record into every table
            // made from that kind (tables and table_checks, footnotes and footnote_references,
            // blocks and fulltext): memory stays at one record, however large the version.
            var i = 0
            while i < Self.schemas.count {
                let kind = Self.schemas[i].kind
                var group: [TableSchema] = []
                while i < Self.schemas.count, Self.schemas[i].kind == kind {
                    group.append(Self.schemas[i])
                    i += 1
                }
                let inserts = try group.map { try createTable(db, $0) }
                let search = kind == .blocks || kind == .footnotes ? try searchInsert(db, kind) : nil
                var counts = Array(repeating: 0, count: group.count)
                try records.forEachLine(kind) { line, number in
                    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                        throw StoreError("\(version)/\(kind.fileName) line \(number) is not a JSON object")
                    }
                    for (k, schema) in group.enumerated() {
                        counts[k] += try insertRows(inserts[k], schema, object)
                    }
                    if let search {
                        try insertSearch(search, kind, object)
                        summary.searchRows += 1
                    }
                }
                for (k, schema) in group.enumerated() {
                    try createIndexes(db, schema)
                    summary.rows.append((schema.name, counts[k]))
                }
            }
            try db.execute("COMMIT; INSERT INTO fulltext(fulltext) VALUES('optimize'); ANALYZE;")
            db.close()
        } catch let error as SQLiteError {
            throw StoreError("export to \(out) failed: \(error.message)")
        }
        try Self.syncFile(tmp)
        try AtomicOutput.commit(tmp, to: out)
        committed = true
        return summary
    }

    private func writeMeta(_ db: SQLiteDatabase, _ m: Manifest) throws(SQLiteError) {
        try db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        let insert = try db.prepare("INSERT INTO meta VALUES (?, ?)")
        let pairs: [(String, String?)] = [
            ("schema_version", m.schemaVersion), ("dataset", m.dataset), ("version", m.version), ("parent", m.parent),
            ("created_at", m.createdAt), ("tool_version", m.toolVersion), ("pipeline_name", m.pipeline.name),
            ("pipeline_sha256", m.pipeline.sha256), ("content_sha256", m.contentSha256),
        ]
        for (k, v) in pairs { try insert.run([.text(k), v.map { .text($0) } ?? .null]) }
    }

    static func quoted(_ name: String) -> String { "\"" + name + "\"" }

    private func createTable(_ db: SQLiteDatabase, _ schema: TableSchema) throws -> SQLiteDatabase.Statement {
        let cols = schema.columns
        let defs = cols.map { Self.quoted($0.name) + " " + $0.type.sql }.joined(separator: ", ")
        try db.execute("CREATE TABLE \(schema.name) (\(defs))")
        let names = cols.map { Self.quoted($0.name) }.joined(separator: ", ")
        let marks = Array(repeating: "?", count: cols.count).joined(separator: ", ")
        return try db.prepare("INSERT INTO \(schema.name) (\(names)) VALUES (\(marks))")
    }

    /// Inserts a record's rows into one table (one row, or one per element of a child table's
    /// array); returns how many.
    private func insertRows(_ insert: SQLiteDatabase.Statement, _ schema: TableSchema, _ object: [String: Any]) throws -> Int {
        let cols = schema.columns
        guard let child = schema.child else {
            try insert.run(cols.map { Self.value(object, $0) })
            return 1
        }
        var n = 0
        for element in (object[child.field] as? [Any]) ?? [] {
            guard var row = element as? [String: Any] else { continue }
            for k in child.keys { row[k] = object[k] }
            try insert.run(cols.map { Self.value(row, $0) })
            n += 1
        }
        return n
    }

    private func createIndexes(_ db: SQLiteDatabase, _ schema: TableSchema) throws {
        for (i, index) in schema.indexes.enumerated() {
            let on = index.map(Self.quoted).joined(separator: ", ")
            try db.execute("CREATE INDEX \(schema.name)_by_\(i) ON \(schema.name) (\(on))")
        }
    }

    /// The full-text index (made with the blocks) and its insert statement.
    private func searchInsert(_ db: SQLiteDatabase, _ kind: RecordKind) throws -> SQLiteDatabase.Statement {
        if kind == .blocks {
            try db.execute("""
                CREATE VIRTUAL TABLE fulltext USING fts5(text, doc_id UNINDEXED, kind UNINDEXED, \
                item_id UNINDEXED, section_id UNINDEXED, tokenize = 'unicode61')
                """)
        }
        return try db.prepare("INSERT INTO fulltext (text, doc_id, kind, item_id, section_id) VALUES (?, ?, ?, ?, ?)")
    }

    private func insertSearch(_ insert: SQLiteDatabase.Statement, _ kind: RecordKind, _ o: [String: Any]) throws {
        let idKey = kind == .blocks ? "block_id" : "footnote_id"
        try insert.run([
            Self.value(o, Column("text", .text)), Self.value(o, Column("doc_id", .text)), .text(kind == .blocks ? "block" : "footnote"),
            Self.value(o, Column(idKey, .integer)), Self.value(o, Column("section_id", .integer)),
        ])
    }

    /// A record's value at a column's path, converted to the column's type.
    static func value(_ object: [String: Any], _ column: Column) -> SQLValue {
        var current: Any? = object
        for key in column.path {
            current = (current as? [String: Any])?[key]
        }
        guard let v = current, !(v is NSNull) else { return .null }
        switch column.type {
        case .json:
            guard JSONSerialization.isValidJSONObject(v),
                  let data = try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys, .withoutEscapingSlashes])
            else { return .null }
            return .text(String(decoding: data, as: UTF8.self))
        case .text:
            if let s = v as? String { return .text(s) }
            return .text("\(v)")
        case .integer:
            if let n = v as? NSNumber {
                let d = n.doubleValue
                if d == d.rounded(), abs(d) < 9.2e18 { return .integer(n.int64Value) }
                return .real(d)
            }
            return .null
        case .real:
            if let n = v as? NSNumber { return .real(n.doubleValue) }
            return .null
        }
    }

    static func syncFile(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw StoreError("cannot open \(path) to sync it: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        if fsync(fd) != 0 { throw StoreError("cannot sync \(path): \(String(cString: strerror(errno)))") }
    }
}
