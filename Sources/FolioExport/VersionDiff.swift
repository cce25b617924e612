public import FolioDataset
import FolioModel
import Foundation

/// What changed between two versions of a dataset: documents added, removed and changed, and
/// for each changed document its sections, tables, cells, footnotes, prose blocks and
/// diagnostics. Records are matched by stable keys, never by position or id: a section by its
/// heading path, a table by its title, a cell by its table, row path and column path, a
/// footnote by its label (each with an occurrence number when the key repeats). Everything is
/// in a deterministic order: documents by id, items in document order of the newer version,
/// then what was removed in document order of the older one.
public struct VersionDiff: Codable, Sendable, Equatable {
    public var dataset: String
    public var from: String
    public var to: String
    public var added: [String]
    public var removed: [String]
    public var changed: [DocumentChange]
    public var unchanged: Int

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

public struct FieldChange: Codable, Sendable, Equatable {
    public var field: String
    public var old: String?
    public var new: String?
}

public struct AddedRemoved: Codable, Sendable, Equatable {
    public var added: [String] = []
    public var removed: [String] = []
    var isEmpty: Bool { added.isEmpty && removed.isEmpty }
}

public struct CellValue: Codable, Sendable, Equatable {
    public var raw: String
    public var value: Double?
    public var scale: Int
    public var unit: String?
}

public struct CellChange: Codable, Sendable, Equatable {
    public var rowPath: [String]
    public var columnPath: [String]
    /// Nil when the cell was added.
    public var old: CellValue?
    /// Nil when the cell was removed.
    public var new: CellValue?
}

public struct TableChange: Codable, Sendable, Equatable {
    /// The table's key: its title (or `(untitled)`), with `#n` when the title repeats.
    public var table: String
    public var oldTableId: Int
    public var newTableId: Int
    public var fields: [FieldChange]
    public var cells: [CellChange]
    /// Checks whose outcome changed, as `kind target col N: old -> new` lines.
    public var checks: AddedRemoved
}

public struct FootnoteChange: Codable, Sendable, Equatable {
    public var label: String
    public var old: String
    public var new: String
}

public struct DocumentChange: Codable, Sendable, Equatable {
    public var docId: String
    public var fields: [FieldChange]
    public var counts: [FieldChange]
    public var sections: AddedRemoved
    public var tables: AddedRemoved
    public var changedTables: [TableChange]
    public var footnotes: AddedRemoved
    public var changedFootnotes: [FootnoteChange]
    /// Prose blocks (not tables) whose text appears only in one version.
    public var blocks: AddedRemoved
    public var diagnostics: AddedRemoved
}

extension VersionDiff {
    /// Compares version `from` with version `to` of `store`.
    public static func compute(store: DatasetStore, from: String, to: String) throws -> VersionDiff {
        let a = VersionRecords(store: store, version: from)
        let b = VersionRecords(store: store, version: to)
        var linesA: [RecordKind: [String: [ArraySlice<UInt8>]]] = [:]
        var linesB: [RecordKind: [String: [ArraySlice<UInt8>]]] = [:]
        for kind in RecordKind.allCases {
            linesA[kind] = try a.linesByDocument(kind)
            linesB[kind] = try b.linesByDocument(kind)
        }
        let docsA = Set((linesA[.documents] ?? [:]).keys)
        let docsB = Set((linesB[.documents] ?? [:]).keys)
        var diff = VersionDiff(dataset: store.name, from: from, to: to,
                               added: docsB.subtracting(docsA).sorted(by: DocKey.less),
                               removed: docsA.subtracting(docsB).sorted(by: DocKey.less),
                               changed: [], unchanged: 0)
        for id in docsA.intersection(docsB).sorted(by: DocKey.less) {
            let same = RecordKind.allCases.allSatisfy { kind in
                (linesA[kind]?[id] ?? []).elementsEqual(linesB[kind]?[id] ?? [])
            }
            if same {
                diff.unchanged += 1
                continue
            }
            func load(_ lines: [RecordKind: [String: [ArraySlice<UInt8>]]]) throws -> DocumentRecords {
                func dec<T: Decodable>(_ t: T.Type, _ k: RecordKind) throws -> [T] {
                    var data = Data()
                    for l in lines[k]?[id] ?? [] {
                        data.append(contentsOf: l)
                        data.append(0x0A)
                    }
                    return try StoredRecords.decodeLines(T.self, from: data)
                }
                return DocumentRecords(
                    document: try dec(DocumentRow.self, .documents).first,
                    sections: try dec(SectionRow.self, .sections), blocks: try dec(BlockRow.self, .blocks),
                    tables: try dec(TableRow.self, .tables), cells: try dec(CellRow.self, .cells),
                    footnotes: try dec(FootnoteRow.self, .footnotes), diagnostics: try dec(DiagnosticRow.self, .diagnostics),
                    counts: Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { ($0, lines[$0]?[id]?.count ?? 0) }))
            }
            diff.changed.append(compare(id, try load(linesA), try load(linesB)))
        }
        return diff
    }

    struct DocumentRecords {
        var document: DocumentRow?
        var sections: [SectionRow]
        var blocks: [BlockRow]
        var tables: [TableRow]
        var cells: [CellRow]
        var footnotes: [FootnoteRow]
        var diagnostics: [DiagnosticRow]
        var counts: [RecordKind: Int]
    }

    static func compare(_ id: String, _ a: DocumentRecords, _ b: DocumentRecords) -> DocumentChange {
        var change = DocumentChange(docId: id, fields: [], counts: [], sections: AddedRemoved(), tables: AddedRemoved(),
                                    changedTables: [], footnotes: AddedRemoved(), changedFootnotes: [],
                                    blocks: AddedRemoved(), diagnostics: AddedRemoved())
        if let da = a.document, let db = b.document {
            let fields: [(String, (DocumentRow) -> String?)] = [
                ("source", { $0.source }), ("sha256", { $0.sha256 }), ("bytes", { String($0.bytes) }), ("format", { $0.format }),
                ("encoding", { $0.encoding }), ("status", { $0.status }), ("title", { $0.title }), ("issuer", { $0.issuer }),
                ("form_type", { $0.formType }), ("period", { $0.period }), ("date", { $0.date }), ("text_sha256", { $0.textSha256 }),
            ]
            for (name, get) in fields where get(da) != get(db) {
                change.fields.append(FieldChange(field: name, old: get(da), new: get(db)))
            }
        }
        for kind in RecordKind.allCases where kind != .documents && a.counts[kind] != b.counts[kind] {
            change.counts.append(FieldChange(field: kind.rawValue, old: a.counts[kind].map(String.init), new: b.counts[kind].map(String.init)))
        }
        change.sections = addedRemoved(keyed(a.sections.map { sectionPath($0, a.sections) }),
                                       keyed(b.sections.map { sectionPath($0, b.sections) }))

        // Tables, by title and occurrence.
        let keysA = keyed(a.tables.map { $0.title ?? "(untitled)" })
        let keysB = keyed(b.tables.map { $0.title ?? "(untitled)" })
        change.tables = addedRemoved(keysA, keysB)
        let tableA = Dictionary(zip(keysA, a.tables), uniquingKeysWith: { x, _ in x })
        for (key, tb) in zip(keysB, b.tables) {
            guard let ta = tableA[key] else { continue }
            let t = compareTables(key, ta, tb, a.cells.filter { $0.tableId == ta.tableId }, b.cells.filter { $0.tableId == tb.tableId })
            if !t.fields.isEmpty || !t.cells.isEmpty || !t.checks.isEmpty { change.changedTables.append(t) }
        }

        // Footnotes, by label and occurrence.
        let fkA = keyed(a.footnotes.map(\.label))
        let fkB = keyed(b.footnotes.map(\.label))
        change.footnotes = addedRemoved(fkA, fkB)
        let fnA = Dictionary(zip(fkA, a.footnotes), uniquingKeysWith: { x, _ in x })
        for (key, fb) in zip(fkB, b.footnotes) {
            if let fa = fnA[key], fa.text != fb.text { change.changedFootnotes.append(FootnoteChange(label: key, old: fa.text, new: fb.text)) }
        }

        let prose = { (r: DocumentRecords) in r.blocks.filter { $0.kind != "table" }.map { "\($0.kind): \($0.text)" } }
        change.blocks = multisetDiff(prose(a), prose(b))
        let diag = { (r: DocumentRecords) in r.diagnostics.map { "\($0.severity) \($0.code): \($0.message)" } }
        change.diagnostics = multisetDiff(diag(a), diag(b))
        return change
    }

    static func compareTables(_ key: String, _ a: TableRow, _ b: TableRow, _ cellsA: [CellRow], _ cellsB: [CellRow]) -> TableChange {
        var t = TableChange(table: key, oldTableId: a.tableId, newTableId: b.tableId, fields: [], cells: [], checks: AddedRemoved())
        func add(_ name: String, _ x: String?, _ y: String?) {
            if x != y { t.fields.append(FieldChange(field: name, old: x, new: y)) }
        }
        add("title", a.title, b.title)
        add("header", a.header.map { $0.joined(separator: " | ") }.joined(separator: " / "),
            b.header.map { $0.joined(separator: " | ") }.joined(separator: " / "))
        add("n_rows", String(a.nRows), String(b.nRows))
        add("n_cols", String(a.nCols), String(b.nCols))
        add("units", "\(a.units.scale.map(String.init) ?? "-") \(a.units.currency ?? "-")", "\(b.units.scale.map(String.init) ?? "-") \(b.units.currency ?? "-")")

        let order = { (c: [CellRow]) in c.sorted { ($0.row, $0.col) < ($1.row, $1.col) } }
        let sa = order(cellsA), sb = order(cellsB)
        let cellKey = { (c: CellRow) in c.rowPath.joined(separator: "\u{1F}") + "\u{1E}" + c.columnPath.joined(separator: "\u{1F}") }
        let ka = keyed(sa.map(cellKey)), kb = keyed(sb.map(cellKey))
        let value = { (c: CellRow) in CellValue(raw: c.raw, value: c.value, scale: c.scale, unit: c.unit) }
        let byKeyA = Dictionary(zip(ka, sa), uniquingKeysWith: { x, _ in x })
        let keysB = Set(kb)
        for (k, cb) in zip(kb, sb) {
            if let ca = byKeyA[k] {
                if value(ca) != value(cb) { t.cells.append(CellChange(rowPath: cb.rowPath, columnPath: cb.columnPath, old: value(ca), new: value(cb))) }
            } else {
                t.cells.append(CellChange(rowPath: cb.rowPath, columnPath: cb.columnPath, old: nil, new: value(cb)))
            }
        }
        for (k, ca) in zip(ka, sa) where !keysB.contains(k) {
            t.cells.append(CellChange(rowPath: ca.rowPath, columnPath: ca.columnPath, old: value(ca), new: nil))
        }
        let check = { (c: TableCheck) in "\(c.outcome) \(c.kind) \(c.target)\(c.col.map { " col \($0)" } ?? "")" }
        t.checks = multisetDiff(a.checks.map(check), b.checks.map(check))
        return t
    }

    /// A section's heading path from the top, `Results > Revenue`.
    static func sectionPath(_ s: SectionRow, _ all: [SectionRow]) -> String {
        let byId = Dictionary(all.map { ($0.sectionId, $0) }, uniquingKeysWith: { x, _ in x })
        var parts = [s.heading]
        var parent = s.parentId
        var guardCount = 0
        while let p = parent, let ps = byId[p], guardCount < 64 {
            parts.insert(ps.heading, at: 0)
            parent = ps.parentId
            guardCount += 1
        }
        return parts.joined(separator: " > ")
    }

    /// Keys made unique by numbering repeats in order: `a`, `b`, `a #2`.
    static func keyed(_ keys: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return keys.map { k in
            let n = (seen[k] ?? 0) + 1
            seen[k] = n
            return n == 1 ? k : "\(k) #\(n)"
        }
    }

    static func addedRemoved(_ a: [String], _ b: [String]) -> AddedRemoved {
        let sa = Set(a), sb = Set(b)
        return AddedRemoved(added: b.filter { !sa.contains($0) }, removed: a.filter { !sb.contains($0) })
    }

    /// Items whose count differs between the two lists, in each list's order.
    static func multisetDiff(_ a: [String], _ b: [String]) -> AddedRemoved {
        var count: [String: Int] = [:]
        for x in a { count[x, default: 0] += 1 }
        var added: [String] = []
        for y in b {
            if let n = count[y], n > 0 { count[y] = n - 1 } else { added.append(y) }
        }
        var removed: [String] = []
        for x in a where (count[x] ?? 0) > 0 {
            removed.append(x)
            count[x, default: 0] -= 1
        }
        return AddedRemoved(added: added, removed: removed)
    }
}

/// Document ids ordered by their UTF-8 bytes, as the record files are.
enum DocKey {
    static func less(_ x: String, _ y: String) -> Bool { x.utf8.lexicographicallyPrecedes(y.utf8) }
}
