import FolioModel
import FolioTestSupport
import Foundation
import Testing

/// The schema is declared once (`RecordSchema`); the emitter, the stored-row types and
/// docs/dataset.md are checked against it here (the SQLite export in FolioExportTests).
@Suite struct RecordSchemaTests {
    /// Records of every kind: the default pipeline over every input of Corpus/.
    static let records: [RecordKind: [[UInt8]]] = {
        var out: [RecordKind: [[UInt8]]] = [:]
        let fm = FileManager.default
        for dir in [TestPaths.seeds, TestPaths.samples] {
            for name in ((try? fm.contentsOfDirectory(atPath: dir)) ?? []).sorted() {
                guard let doc = try? TestPipeline.runDefault(file: dir + "/" + name) else { continue }
                let emitted = RecordEmitter.emit(doc, failed: false)
                for kind in RecordKind.allCases {
                    out[kind, default: []] += emitted.bytes(kind).split(separator: 0x0A).map(Array.init)
                }
            }
        }
        return out
    }()

    /// Records of every kind of a document read from a PDF (`TinyPDF.statement`), which have
    /// the `pdfOnly` fields.
    static let pdfRecords: [RecordKind: [[UInt8]]] = {
        var out: [RecordKind: [[UInt8]]] = [:]
        guard let doc = try? TestPipeline.runDefault(bytes: TinyPDF.statement, docId: "pdf/statement", source: "pdf/statement.pdf") else { return out }
        let emitted = RecordEmitter.emit(doc, failed: false)
        for kind in RecordKind.allCases {
            out[kind, default: []] += emitted.bytes(kind).split(separator: 0x0A).map(Array.init)
        }
        return out
    }()

    /// The keys of the top-level object of a JSON line, in order (a small scanner: strings
    /// are skipped with their escapes, depth counted by brackets).
    static func topLevelKeys(_ line: [UInt8]) -> [String] {
        var keys: [String] = []
        var depth = 0
        var i = 0
        while i < line.count {
            let b = line[i]
            if b == 0x22 {
                var j = i + 1
                while j < line.count, line[j] != 0x22 { j += line[j] == 0x5C ? 2 : 1 }
                var k = j + 1
                while k < line.count, line[k] == 0x20 { k += 1 }
                if depth == 1, k < line.count, line[k] == 0x3A { keys.append(String(decoding: line[(i + 1)..<min(j, line.count)], as: UTF8.self)) }
                i = j + 1
                continue
            }
            if b == 0x7B || b == 0x5B { depth += 1 } else if b == 0x7D || b == 0x5D { depth -= 1 }
            i += 1
        }
        return keys
    }

    /// Problems of `value` against `field` (its type, nullability and nested fields).
    static func check(_ value: Any, _ field: RecordSchema.Field, _ path: String, pdf: Bool) -> [String] {
        let at = path + field.name
        if value is NSNull { return field.nullable ? [] : ["\(at) is null"] }
        switch field.type {
        case .string: return value is String ? [] : ["\(at) is not a string"]
        case .int, .number: return value is NSNumber ? [] : ["\(at) is not a number"]
        case .span:
            guard let o = value as? [String: Any], Set(o.keys) == ["start", "end"] else { return ["\(at) is not a span"] }
            return []
        case .strings: return value is [String] ? [] : ["\(at) is not an array of strings"]
        case .ints: return value is [NSNumber] ? [] : ["\(at) is not an array of integers"]
        case .stringRows: return value is [[String]] ? [] : ["\(at) is not an array of arrays of strings"]
        case let .object(fields):
            guard let o = value as? [String: Any] else { return ["\(at) is not an object"] }
            return checkObject(o, fields, at + ".", pdf: pdf)
        case let .objects(fields):
            guard let a = value as? [[String: Any]] else { return ["\(at) is not an array of objects"] }
            return a.flatMap { checkObject($0, fields, at + "[].", pdf: pdf) }
        case let .oneOf(variants):
            guard let o = value as? [String: Any] else { return ["\(at) is not an object"] }
            guard let fields = variants.first(where: { Set($0.map(\.name)) == Set(o.keys) }) else {
                return ["\(at) has keys \(o.keys.sorted()), none of the declared variants"]
            }
            return checkObject(o, fields, at + ".", pdf: pdf)
        case .box:
            guard let o = value as? [String: Any], Set(o.keys) == Set(RecordSchema.boxFields) else { return ["\(at) is not a box"] }
            return o.values.allSatisfy { $0 is NSNumber } ? [] : ["\(at) has a coordinate that is not a number"]
        }
    }

    static func checkObject(_ o: [String: Any], _ fields: [RecordSchema.Field], _ path: String, pdf: Bool) -> [String] {
        var problems: [String] = []
        let written = fields.filter { pdf || !$0.pdfOnly }
        let declared = Set(written.map(\.name))
        for k in o.keys.sorted() where !declared.contains(k) { problems.append("\(path)\(k) is not declared\(pdf ? "" : " (or only for a PDF)")") }
        for f in written {
            guard let v = o[f.name] else { problems.append("\(path)\(f.name) is missing"); continue }
            problems += check(v, f, path, pdf: pdf)
        }
        return problems
    }

    @Test("the emitter writes every declared field, in the declared order, with its type", arguments: RecordKind.allCases)
    func emitterWritesTheSchema(_ kind: RecordKind) throws {
        let lines = Self.records[kind] ?? []
        #expect(!lines.isEmpty, "Corpus/ gives no \(kind.rawValue) record to check")
        for line in lines.prefix(200) {
            #expect(Self.topLevelKeys(line) == RecordSchema.names(kind, pdf: false), "\(kind.rawValue): \(String(decoding: line.prefix(120), as: UTF8.self))")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) as? [String: Any])
            let problems = Self.checkObject(object, RecordSchema.fields(kind), kind.rawValue + ".", pdf: false)
            #expect(problems.isEmpty, "\(problems.prefix(5))")
        }
    }

    @Test("a PDF's records have the PDF-only fields too, in the declared order", arguments: RecordKind.allCases)
    func emitterWritesTheSchemaForAPDF(_ kind: RecordKind) throws {
        let lines = Self.pdfRecords[kind] ?? []
        // The small statement has no footnotes; every other kind is checked.
        if kind != .footnotes { #expect(!lines.isEmpty, "the PDF gives no \(kind.rawValue) record to check") }
        for line in lines {
            #expect(Self.topLevelKeys(line) == RecordSchema.names(kind, pdf: true), "\(kind.rawValue): \(String(decoding: line.prefix(160), as: UTF8.self))")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed]) as? [String: Any])
            let problems = Self.checkObject(object, RecordSchema.fields(kind), kind.rawValue + ".", pdf: true)
            #expect(problems.isEmpty, "\(problems.prefix(5))")
        }
    }

    /// `docId` -> `doc_id`, as `StoredRecords.decoder` maps keys.
    static func snakeCase(_ s: String) -> String {
        var out = ""
        for c in s {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    static func rowFields(_ kind: RecordKind, _ line: [UInt8]) throws -> [String] {
        let d = StoredRecords.decoder
        let data = Data(line)
        let row: Any
        switch kind {
        case .documents: row = try d.decode(DocumentRow.self, from: data)
        case .sections: row = try d.decode(SectionRow.self, from: data)
        case .blocks: row = try d.decode(BlockRow.self, from: data)
        case .tables: row = try d.decode(TableRow.self, from: data)
        case .cells: row = try d.decode(CellRow.self, from: data)
        case .footnotes: row = try d.decode(FootnoteRow.self, from: data)
        case .facts: row = try d.decode(FactRow.self, from: data)
        case .diagnostics: row = try d.decode(DiagnosticRow.self, from: data)
        }
        return Mirror(reflecting: row).children.compactMap { $0.label.map(snakeCase) }
    }

    @Test("every field of a stored-row type is a declared field of its kind, and rows decode", arguments: RecordKind.allCases)
    func storedRowsReadDeclaredFields(_ kind: RecordKind) throws {
        let line = try #require(Self.records[kind]?.first, "Corpus/ gives no \(kind.rawValue) record")
        let declared = Set(RecordSchema.names(kind))
        let fields = try Self.rowFields(kind, line)
        #expect(fields.filter { !declared.contains($0) }.isEmpty, "\(kind.rawValue) row fields not in RecordSchema: \(fields.filter { !declared.contains($0) })")
    }

    /// Declared fields a stored-row type does not read back: a document's `counts` and
    /// `removed` (no reader in Folio needs them as rows; the SQLite export reads every field
    /// from the lines, `SQLiteSchemaTests`).
    static let unreadByRows: [RecordKind: Set<String>] = [.documents: ["counts", "removed"]]

    @Test("a stored-row type reads every declared field of its kind, but those listed as unread", arguments: RecordKind.allCases)
    func storedRowsReadEveryField(_ kind: RecordKind) throws {
        let line = try #require(Self.records[kind]?.first, "Corpus/ gives no \(kind.rawValue) record")
        let fields = Set(try Self.rowFields(kind, line))
        let unread = Self.unreadByRows[kind] ?? []
        let missing = RecordSchema.names(kind).filter { !fields.contains($0) && !unread.contains($0) }
        #expect(missing.isEmpty, "\(kind.rawValue) fields its row type does not read: \(missing)")
        #expect(unread.allSatisfy { !fields.contains($0) }, "\(kind.rawValue): a field listed as unread is read")
    }

    /// The field names docs/dataset.md lists under `### <kind>.jsonl`: the backquoted names of
    /// the first column of its table.
    static func documentedFields(_ kind: RecordKind) throws -> [String] {
        let doc = try #require(TestFiles.text(TestPaths.packageRoot + "/docs/dataset.md"), "docs/dataset.md is missing")
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0 == "### \(kind.fileName)" }) else { return [] }
        var names: [String] = []
        var inTable = false
        for line in lines[(start + 1)...] {
            if line.hasPrefix("## ") || line.hasPrefix("### ") { break }
            if line.hasPrefix("| field |") { inTable = true; continue }
            guard inTable else { continue }
            guard line.hasPrefix("|") else { inTable = false; continue }
            let cols = line.split(separator: "|", omittingEmptySubsequences: false)
            guard cols.count > 2 else { continue }
            let parts = cols[1].split(separator: "`")
            for (i, p) in parts.enumerated() where i % 2 == 1 { names.append(String(p)) }
        }
        return names
    }

    @Test("docs/dataset.md lists every field of every record kind, and no other", arguments: RecordKind.allCases)
    func docsListEveryField(_ kind: RecordKind) throws {
        let documented = try Self.documentedFields(kind)
        let declared = RecordSchema.names(kind)
        #expect(declared.filter { !documented.contains($0) }.isEmpty,
                "docs/dataset.md, ### \(kind.fileName): missing \(declared.filter { !documented.contains($0) })")
        #expect(documented.filter { !declared.contains($0) }.isEmpty,
                "docs/dataset.md, ### \(kind.fileName): not in RecordSchema \(documented.filter { !declared.contains($0) })")
    }
}
