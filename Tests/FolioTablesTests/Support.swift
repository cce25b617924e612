import Foundation
import FolioModel
import FolioNormalize
import FolioRead
import FolioSegment
import FolioTables
import Testing

/// Paths relative to this file: package root is 3 levels up.
enum Paths {
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()
    static var seeds: String { packageRoot + "/Corpus/seeds" }
    static var samples: String { packageRoot + "/Corpus/samples" }
    static var shared: String { packageRoot + "/../shared/corpus" }
    static var golden: String { packageRoot + "/Tests/FolioTablesTests/Golden" }
}

enum Files {
    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            out += buf[0..<n]
        }
        return out
    }

    static func write(_ path: String, _ s: String) {
        guard let f = fopen(path, "wb") else { return }
        defer { fclose(f) }
        let b = Array(s.utf8)
        _ = b.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, b.count, f) }
    }
}

/// Runs read + tables on a file (the tables stage finding its regions itself).
func processed(_ path: String, docId: String = "doc") throws -> WorkingDocument? {
    guard let bytes = Files.read(path) else { return nil }
    var doc = WorkingDocument(docId: docId, source: path, bytes: bytes)
    try ReadStage(options: StageOptions()).process(&doc)
    try TablesStage(options: StageOptions()).process(&doc)
    return doc
}

/// Runs the stages of the default pipeline up to tables (read, normalize, segment, tables):
/// the tables a dataset holds, read from segment's table blocks.
func pipelined(_ path: String, docId: String = "doc") throws -> WorkingDocument? {
    guard let bytes = Files.read(path) else { return nil }
    var doc = WorkingDocument(docId: docId, source: path, bytes: bytes)
    try ReadStage(options: StageOptions()).process(&doc)
    try NormalizeStage(options: StageOptions()).process(&doc)
    try SegmentStage(options: StageOptions()).process(&doc)
    try TablesStage(options: StageOptions()).process(&doc)
    return doc
}

func processed(text: String) throws -> WorkingDocument {
    var doc = WorkingDocument(docId: "t", source: "t.txt", bytes: Array(text.utf8))
    try ReadStage(options: StageOptions()).process(&doc)
    try TablesStage(options: StageOptions()).process(&doc)
    return doc
}

/// Canonical text of a table: a head block, then one line per cell
/// `row|col|row_path|column_path|raw|value|scale|unit`, then one line per check.
func render(_ t: Table) -> String {
    var out = "## table \(t.id): \(t.title ?? "-")\n"
    out += "units: scale=\(t.units.scale.map(String.init) ?? "null") currency=\(t.units.currency ?? "null") n_rows=\(t.nRows) n_cols=\(t.nCols)\n"
    for h in t.header { out += "header: " + h.joined(separator: " ¦ ") + "\n" }
    for c in t.cells {
        out += "\(c.row)|\(c.col)|\(c.rowPath.joined(separator: " > "))|\(c.columnPath.joined(separator: " > "))|\(c.raw)|\(num(c.value))|\(c.scale)|\(c.unit ?? "null")\n"
    }
    for k in t.checks {
        out += "check: \(k.kind) \(k.target) col=\(k.col.map(String.init) ?? "-") expected=\(num(k.expected)) actual=\(num(k.actual)) \(k.outcome)\n"
    }
    out += renderPeriods(t)
    return out
}

/// One line of the cells' periods by column: `col=start..end`, `col=@instant` or
/// `col=-reason`; the distinct values of a column's cells in row order, joined by `|`.
func renderPeriods(_ t: Table) -> String {
    var byCol: [Int: [String]] = [:]
    for c in t.cells {
        let p: String
        switch c.period {
        case let .duration(s, e)?: p = "\(s)..\(e)"
        case let .instant(d)?: p = "@\(d)"
        case nil: p = "-" + (c.periodReason ?? "?")
        }
        if !(byCol[c.col]?.contains(p) ?? false) { byCol[c.col, default: []].append(p) }
    }
    guard !byCol.isEmpty else { return "" }
    return "periods: " + byCol.keys.sorted().map { "\($0)=" + (byCol[$0] ?? []).joined(separator: "|") }.joined(separator: " ") + "\n"
}

func num(_ v: Double?) -> String {
    guard let v else { return "null" }
    if v == v.rounded() && abs(v) < 1e15 { return String(Int(v)) }
    return String(v)
}

func renderAll(_ doc: WorkingDocument) -> String {
    doc.tables.map(render).joined(separator: "\n")
}

/// Compares with a golden file; writes `<name>.actual` next to it when they differ.
func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let path = Paths.golden + "/" + name
    guard let expected = Files.read(path).map({ String(decoding: $0, as: UTF8.self) }) else {
        Files.write(path + ".actual", actual)
        Issue.record("golden file \(name) missing; wrote \(name).actual", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Files.write(path + ".actual", actual)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < min(e.count, a.count) && e[first] == a[first] { first += 1 }
        let el = first < e.count ? String(e[first]) : "<end>"
        let al = first < a.count ? String(a[first]) : "<end>"
        Issue.record("golden \(name) differs at line \(first + 1):\n expected: \(el)\n actual:   \(al)", sourceLocation: sourceLocation)
    }
}

enum ReadStageShim {
    static func read(_ doc: inout WorkingDocument) throws {
        try ReadStage(options: StageOptions()).process(&doc)
    }
}
