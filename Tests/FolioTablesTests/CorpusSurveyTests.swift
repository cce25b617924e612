import Foundation
import FolioModel
import FolioTables
import FolioTestSupport
import Testing

/// Fixed-width EDGAR releases from the shared corpus (disabled when it is absent).
@Suite(.enabled(if: TestPaths.sharedHas("earnings-releases") && TestPaths.sharedHas("edgar-sgml"),
                TestPaths.sharedAbsent("earnings-releases, edgar-sgml")))
struct FixedWidthCorpusTests {
    static let files = [
        "earnings-releases/SEARS_EX-99_2004-07-22_Q2-2004.txt",
        "earnings-releases/SO_EX-99.04_2005-01-25_Q4-2004-consolidated-earnings.txt",
        "earnings-releases/SO_EX-99.02_2007-01-25_Q4-2006-financial-highlights.txt",
        "edgar-sgml/AMZN_8-K_1998-08-27_0000891020-98-001352.txt",
    ]

    @Test(arguments: files) func wholeTables(_ file: String) throws {
        let path = TestPaths.shared(file)
        let doc = try #require(try pipelined(path))
        let name = (file.split(separator: "/").last.map(String.init) ?? file) + ".golden"
        expectGolden(name, renderAll(doc))
    }

    /// The tables stage reads the same tables whether segmentation ran before it or not
    /// (it finds a plain-text filing's statements in the text, not in segment's blocks).
    @Test(arguments: files) func sameTablesWithOrWithoutSegmentation(_ file: String) throws {
        let path = TestPaths.shared(file)
        let alone = try #require(try processed(path))
        let piped = try #require(try pipelined(path))
        func values(_ d: WorkingDocument) -> [String] {
            d.tables.flatMap { t in t.cells.map { "\(t.id)|\($0.row)|\($0.col)|\(num($0.value))|\($0.scale)|\($0.unit ?? "-")" } }
        }
        #expect(alone.tables.count == piped.tables.count)
        #expect(values(alone) == values(piped))
    }
}

/// Every document of the corpus through read, normalize, segment and tables: no crash, one
/// line per document of what was found (printed for the report; the summary diagnostic
/// carries the same figures), no table made of prose, and the number of tables of each
/// plain-text document pinned (each was checked by hand: its goldens, or `folio show`).
@Suite struct CorpusSurveyTests {
    /// Tables per plain-text document. The PDF-extracted ESG reports print their tables as
    /// running text (no tabs, no column gaps): none is recovered, and none must be made of
    /// their prose.
    static let pinned: [String: Int] = [
        "seeds/000_8c057db36f5667ab.txt": 0,
        "seeds/003_05f12aa528e47d2d.txt": 7,
        "seeds/004_1ba0498fe219ff30.txt": 13,
        "earnings-releases/SEARS_EX-99_2004-07-22_Q2-2004.txt": 10,
        "earnings-releases/SO_EX-99.02_2007-01-25_Q4-2006-financial-highlights.txt": 2,
        "earnings-releases/SO_EX-99.04_2005-01-25_Q4-2004-consolidated-earnings.txt": 1,
        "edgar-sgml/AMZN_8-K_1998-08-27_0000891020-98-001352.txt": 12,
        "pdf-text/Intel_ESG-report_2023.txt": 0,
        "pdf-text/Shell_ESG-report_2023.txt": 0,
    ]

    static func filesIn(_ dir: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: dir))?.sorted().map { dir + "/" + $0 } ?? []
    }

    @Test func seedsSurvey() throws {
        let seen = try Self.survey(Self.filesIn(TestPaths.seeds))
        #expect(seen == 3)
    }

    @Test(.enabled(if: TestPaths.sharedCorpusPresent, TestPaths.sharedCorpusAbsent))
    func sharedCorpusSurvey() throws {
        let files = ["pdf-text", "earnings-releases", "edgar-sgml", "edgar-html"].flatMap { Self.filesIn(TestPaths.shared($0)) }
        let seen = try Self.survey(files)
        #expect(seen == Self.pinned.count - 3)
    }

    /// Surveys `files`; returns how many of them have a pinned table count.
    static func survey(_ files: [String]) throws -> Int {
        var seen = 0
        for f in files {
            guard let doc = try pipelined(f) else { continue }
            let name = f.split(separator: "/").suffix(2).joined(separator: "/")
            let summary = doc.diagnostics.first { $0.code == "tables.summary" }?.message ?? "-"
            print("SURVEY \(name) [\(doc.format.rawValue)]: \(summary)")
            for t in doc.tables { print("SURVEY   table \(t.id): \(t.title ?? "-") rows=\(t.nRows) cols=\(t.nCols)") }
            #expect(doc.diagnostics.filter { $0.code == "tables.summary" }.count == 1)
            if let n = Self.pinned[name] { #expect(doc.tables.count == n, "\(name): \(doc.tables.count) tables"); seen += 1 }
            // Prose is not a table: a table without figures has short labels in most rows
            // (a fee table that explains each fee in its label still holds amounts).
            for t in doc.tables where !t.cells.contains(where: { $0.value != nil }) {
                var long = Set<Int>(), rows = Set<Int>()
                for c in t.cells {
                    rows.insert(c.row)
                    if c.rowLabel.split(separator: " ").count > 30 { long.insert(c.row) }
                }
                #expect(long.count * 2 <= rows.count, "\(name) table \(t.id) reads like prose")
            }
        }
        return seen
    }
}
