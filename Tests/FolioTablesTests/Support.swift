import Foundation
import FolioModel
import FolioNormalize
import FolioRead
import FolioSegment
import FolioTables
import FolioTestSupport
import Testing

/// The goldens of this target (whole tables, one file per input).
let goldenDir = TestPaths.packageRoot + "/Tests/FolioTablesTests/Golden"

/// Runs read + tables on a file (the tables stage finding its regions itself).
func processed(_ path: String, docId: String = "doc") throws -> WorkingDocument? {
    guard let bytes = TestFiles.read(path) else { return nil }
    return try TestPipeline.run([ReadStage(options: StageOptions()), TablesStage(options: StageOptions())],
                                bytes: bytes, docId: docId, source: path)
}

/// Runs the stages of the default pipeline up to tables (read, normalize, segment, tables):
/// the tables a dataset holds, read from segment's table blocks.
func pipelined(_ path: String, docId: String = "doc") throws -> WorkingDocument? {
    guard let bytes = TestFiles.read(path) else { return nil }
    return try TestPipeline.run([ReadStage(options: StageOptions()), NormalizeStage(options: StageOptions()),
                                 SegmentStage(options: StageOptions()), TablesStage(options: StageOptions())],
                                bytes: bytes, docId: docId, source: path)
}

func processed(text: String) throws -> WorkingDocument {
    try TestPipeline.run([ReadStage(options: StageOptions()), TablesStage(options: StageOptions())], text: text)
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

/// Compares with the golden `name` of this target (Golden/); writes `<name>.actual` next to it when they differ.
func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) {
    Golden.expect(path: goldenDir + "/" + name, actual, sourceLocation: sourceLocation)
}

enum ReadStageShim {
    static func read(_ doc: inout WorkingDocument) throws {
        try ReadStage(options: StageOptions()).process(&doc)
    }
}
