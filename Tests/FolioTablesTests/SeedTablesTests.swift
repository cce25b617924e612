import FolioModel
import FolioTables
import FolioTestSupport
import Testing

@Suite struct SeedTablesTests {
    @Test func earningsSeedWholeTables() throws {
        let doc = try #require(try pipelined(TestPaths.seeds + "/003_05f12aa528e47d2d.txt"))
        expectGolden("003_earnings.txt", renderAll(doc))
    }

    @Test func esgSeedWholeTables() throws {
        let doc = try #require(try pipelined(TestPaths.seeds + "/004_1ba0498fe219ff30.txt"))
        expectGolden("004_esg.txt", renderAll(doc))
    }
}

/// Small filings written for this project (Corpus/samples), whole tables against goldens.
@Suite struct SampleTablesTests {
    @Test(arguments: ["fixed-width-release.txt", "markdown-table.md", "fixed-width-continued.txt", "tab-board-operations.txt",
                            "fixed-width-narrow-columns.txt", "markdown-pdf-converter.md", "fixed-width-equity.txt",
                            "markdown-split-header.md"]) func wholeTables(_ file: String) throws {
        let doc = try #require(try pipelined(TestPaths.samples + "/" + file))
        expectGolden(file + ".golden", renderAll(doc))
    }
}

@Suite struct SeedInvariantTests {
    @Test(arguments: ["003_05f12aa528e47d2d.txt", "004_1ba0498fe219ff30.txt"]) func cellsPointAtTheirText(_ file: String) throws {
        let doc = try #require(try processed(TestPaths.seeds + "/" + file))
        #expect(!doc.tables.isEmpty)
        for t in doc.tables {
            #expect(t.cells.count <= t.nRows * (t.nCols - 1))
            for c in t.cells {
                let span = try #require(c.span)
                #expect(doc.string(span) == c.raw)
                #expect(t.span.start <= span.start && span.end <= t.span.end)
                #expect(c.row < t.nRows && c.col < t.nCols - 1)
                #expect(c.rowPath.last == c.rowLabel)
                #expect(c.columnPath.count <= t.header.count)
            }
        }
        // Checks never change values: every check's expected figure is a printed cell value.
        for t in doc.tables {
            for k in t.checks where k.kind == "sum" {
                #expect(t.cells.contains { $0.col == k.col && $0.value == k.expected && $0.rowLabel == k.target })
            }
        }
    }
}
