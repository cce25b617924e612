import Foundation
import FolioTestSupport
import Testing

/// The default pipeline over the project's own corpus, end to end through the binary: the
/// stages work together (segment's blocks feed tables; normalize's markers feed footnotes).
@Suite("pipeline integration", .serialized)
struct PipelineIntegrationTests {
    struct Expect {
        var tables: Int
        var cells: Int
        var footnotes: Int
    }

    static let expected: [String: Expect] = [
        "seeds/000_8c057db36f5667ab": Expect(tables: 0, cells: 0, footnotes: 0),
        "seeds/003_05f12aa528e47d2d": Expect(tables: 7, cells: 505, footnotes: 15),
        // The staff table whose label column extraction printed apart from its figures is
        // rebuilt (13th table, 26 cells).
        "seeds/004_1ba0498fe219ff30": Expect(tables: 13, cells: 223, footnotes: 0),
        // A statement continued over a page break is one table; group and header lines cut
        // into separate blocks by segmentation are read as part of their statement.
        "samples/fixed-width-release": Expect(tables: 2, cells: 118, footnotes: 0),
        // Pipe rows are table rows, not a table of contents.
        "samples/markdown-table": Expect(tables: 4, cells: 58, footnotes: 0),
        // A cash-flow statement continued after a repeated header and `(continued)` title.
        "samples/fixed-width-continued": Expect(tables: 1, cells: 32, footnotes: 1),
        // Board list, a table with a Unit column, and a statement whose group labels have no tab.
        "samples/tab-board-operations": Expect(tables: 3, cells: 78, footnotes: 0),
        // `pdftotext -layout` text: figures one space apart, `$` after the figure to its left,
        // a long group label line, a year-labelled schedule; four statements, four tables.
        "samples/fixed-width-narrow-columns": Expect(tables: 4, cells: 63, footnotes: 0),
        // PDF-to-Markdown text: bold headings and units, `<br>` and broken header cells.
        "samples/markdown-pdf-converter": Expect(tables: 2, cells: 26, footnotes: 0),
    ]

    func records(_ s: Scratch, _ file: String) throws -> [[String: Any]] {
        try s.text("ds/versions/v000001/\(file)").split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }

    @Test("tables, cells, footnotes and checks per document of Corpus/")
    func corpus() throws {
        let s = try Scratch()
        try FileManager.default.copyItem(atPath: TestPaths.corpus, toPath: s.path + "/Corpus")
        let r = try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path)
        #expect(r.status == 0, "\(r.stderr)")
        let tables = try records(s, "tables.jsonl")
        let cells = try records(s, "cells.jsonl")
        let footnotes = try records(s, "footnotes.jsonl")
        func count(_ rows: [[String: Any]], _ doc: String) -> Int { rows.filter { ($0["doc_id"] as? String) == doc }.count }
        for (doc, e) in Self.expected.sorted(by: { $0.key < $1.key }) {
            #expect(count(tables, doc) == e.tables, "\(doc) tables")
            #expect(count(cells, doc) == e.cells, "\(doc) cells")
            #expect(count(footnotes, doc) == e.footnotes, "\(doc) footnotes")
        }
        // Every arithmetic check made on these documents passes (their printed numbers agree);
        // a total whose components the table does not state is `skipped`.
        var checks = 0
        for t in tables {
            for c in (t["checks"] as? [[String: Any]]) ?? [] where c["outcome"] as? String != "skipped" {
                checks += 1
                #expect(c["outcome"] as? String == "pass", "\(t["doc_id"] ?? "") table \(t["table_id"] ?? ""): \(c)")
            }
        }
        #expect(checks >= 170)
        #expect(r.stdout.contains("table checks: \(checks)/\(checks) passed (100.0%)"))
        // Every table block names its table, and every table has at least one block.
        let blocks = try records(s, "blocks.jsonl")
        for b in blocks where (b["kind"] as? String) == "table" {
            #expect(b["table_id"] is Int, "\(b["doc_id"] ?? "") block \(b["block_id"] ?? "")")
        }
    }

    @Test("folio show prints the earnings seed's sections and its balance sheet as a table")
    func show() throws {
        let s = try Scratch()
        try s.copySeeds()
        #expect(try FolioProcess.run(["run", "Corpus", "--out", "ds"], in: s.path).status == 0)
        let r = try FolioProcess.run(["show", "003_05f12aa528e47d2d", "--dataset", "ds"], in: s.path)
        #expect(r.status == 0)
        let out = r.stdout
        #expect(out.contains("Sections (23)"))
        #expect(out.contains("  Fourth Quarter 2023 Financial Highlights  [3]"))
        #expect(out.contains("Table 1: Unaudited Condensed Consolidated Balance Sheets  (thousands)  41 rows x 4 cols"))
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("Cash and cash equivalents") && $0.hasSuffix("7,165,584    4,177,890      588,443") })
        #expect(lines.contains { $0.contains("TOTAL LIABILITIES AND EQUITY") && $0.hasSuffix("40,343,170   45,818,572    6,453,411") })
        #expect(out.contains("Footnotes (15)"))
    }
}
