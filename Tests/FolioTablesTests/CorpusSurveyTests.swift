import Foundation
import FolioModel
import FolioTables
import Testing

/// Fixed-width EDGAR releases from the shared corpus (skipped when it is absent).
@Suite struct FixedWidthCorpusTests {
    static let files = [
        "earnings-releases/SEARS_EX-99_2004-07-22_Q2-2004.txt",
        "earnings-releases/SO_EX-99.04_2005-01-25_Q4-2004-consolidated-earnings.txt",
        "earnings-releases/SO_EX-99.02_2007-01-25_Q4-2006-financial-highlights.txt",
    ]

    @Test(arguments: files) func wholeTables(_ file: String) throws {
        let path = Paths.shared + "/" + file
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipped: shared corpus file \(path) is absent")
            return
        }
        let doc = try #require(try processed(path))
        let name = (file.split(separator: "/").last.map(String.init) ?? file) + ".golden"
        expectGolden(name, renderAll(doc))
    }
}

/// Every text document of the corpus: no crash, and a per-document line of what was found
/// (printed for the report; the summary diagnostic carries the same figures).
@Suite struct CorpusSurveyTests {
    @Test func survey() throws {
        var files: [String] = []
        for dir in [Paths.seeds] { files += (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted().map { dir + "/" + $0 } ?? [] }
        for sub in ["pdf-text", "earnings-releases", "edgar-sgml", "edgar-html"] {
            let dir = Paths.shared + "/" + sub
            files += (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted().map { dir + "/" + $0 } ?? []
        }
        for f in files {
            guard let doc = try processed(f) else { continue }
            let summary = doc.diagnostics.first { $0.code == "tables.summary" }?.message ?? "-"
            print("SURVEY \(f.split(separator: "/").suffix(2).joined(separator: "/")) [\(doc.format.rawValue)]: \(summary)")
            for t in doc.tables { print("SURVEY   table \(t.id): \(t.title ?? "-") rows=\(t.nRows) cols=\(t.nCols)") }
            #expect(doc.diagnostics.filter { $0.code == "tables.summary" }.count == 1)
        }
    }
}
