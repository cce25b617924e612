import FolioDataset
@testable import FolioExport
import FolioModel
import FolioPipeline
import FolioRunner
import FolioTestSupport
import Foundation
import Testing

/// `source_box` in the SQLite export: five columns, set for the records of a PDF and NULL for
/// every other document's.
@Suite("SQLite export: PDF boxes")
struct PDFBoxExportTests {
    @Test func boxColumns() throws {
        let root = NSTemporaryDirectory() + "folio-pdfbox-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let input = root + "/In"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try Data(TinyPDF.statement).write(to: URL(fileURLWithPath: input + "/statement.pdf"))
        try Data("Revenue was USD 5 million in 2024.\n".utf8).write(to: URL(fileURLWithPath: input + "/plain.txt"))
        let definition = try PipelineDefinition.load(path: TestPaths.packageRoot + "/" + DefaultPipeline.path)
        let summary = try BatchRunner(pipeline: Pipeline(definition), toolVersion: "test")
            .run(RunOptions(inputs: [input], datasetRoot: root + "/ds", jobs: 1))
        let store = DatasetStore(root: root + "/ds")
        let out = root + "/ds.sqlite"
        _ = try SQLiteExporter(store: store, version: try #require(summary.version)).export(to: out, force: false)
        let db = try SQLiteDatabase(path: out)

        let cell = try db.query("SELECT source_box_page, source_box_x0, source_span_start FROM cells WHERE doc_id = 'statement' AND raw = '1,234'").rows
        #expect(cell.count == 1)
        if let row = cell.first, row.count == 3 {
            #expect(row[0] == .integer(1))
            if case let .real(x0) = row[1] { #expect(abs(x0 - 300) < 0.5) } else { Issue.record("source_box_x0 is \(row[1])") }
            #expect(row[2] == .null)
        }
        #expect(try db.query("SELECT count(*) FROM blocks WHERE doc_id = 'statement' AND source_box_page IS NULL").rows == [[.integer(0)]])
        #expect(try db.query("SELECT count(*) FROM blocks WHERE doc_id = 'plain' AND source_box_page IS NOT NULL").rows == [[.integer(0)]])
        #expect(try db.query("SELECT count(*) FROM blocks WHERE doc_id = 'plain'").rows != [[.integer(0)]])
    }
}
