import Foundation
import FolioTestSupport
import Testing

/// A PDF's `source_box` where users meet it: `folio show`, the SQLite export and the report,
/// through the real binary.
@Suite("PDF provenance in show, export and report", .serialized)
struct PDFProvenanceTests {
    @Test("show prints a table's page and box; the export has box columns; the report sketches the page region")
    func provenance() throws {
        let s = try Scratch()
        try s.write("In/statement.pdf", Data(TinyPDF.statement))
        try s.write("In/plain.txt", "Revenue was USD 5 million in 2024.\n")
        let run = try FolioProcess.run(["run", "In", "--out", "ds"], in: s.path)
        #expect(run.status == 0, "\(run.stderr)")

        let show = try FolioProcess.run(["show", "statement", "--dataset", "ds", "--table", "1"], in: s.path)
        #expect(show.status == 0, "\(show.stderr)")
        // The table's box: from the row labels at x 72 to past the last figure at x 400.
        #expect(show.stdout.contains("printed at page 1 (72.0, "), "\(show.stdout)")
        let blocks = try FolioProcess.run(["show", "statement", "--dataset", "ds", "--blocks"], in: s.path)
        #expect(blocks.stdout.contains("page 2 (72.0, "), "\(blocks.stdout)")
        // Other formats print no box.
        let plain = try FolioProcess.run(["show", "plain", "--dataset", "ds", "--blocks"], in: s.path)
        #expect(plain.status == 0 && !plain.stdout.contains(" pt"), "\(plain.stdout)")

        let export = try FolioProcess.run(["export", "sqlite", "--dataset", "ds", "--out", "ds.sqlite"], in: s.path)
        #expect(export.status == 0, "\(export.stderr)")
        let db = try Data(contentsOf: URL(fileURLWithPath: s.path + "/ds.sqlite"))
        #expect(db.count > 0)

        let report = try FolioProcess.run(["report", "--dataset", "ds", "--out", "site", "--sources", "In"], in: s.path)
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOfFile: s.path + "/site/docs/statement.html", encoding: .utf8)
        #expect(page.contains("source: page 1 of statement.pdf, x 72–"), "\(page.prefix(200))")
        #expect(page.contains("<svg class=\"page\""))
        #expect(page.contains("no source bytes: laid out from the PDF's text layer"))
        let plainPage = try String(contentsOfFile: s.path + "/site/docs/plain.html", encoding: .utf8)
        #expect(!plainPage.contains("<svg"))
    }
}
