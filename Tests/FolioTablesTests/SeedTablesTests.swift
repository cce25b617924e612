import FolioModel
import FolioTables
import Testing

@Suite struct SeedTablesTests {
    @Test func earningsSeedWholeTables() throws {
        let doc = try #require(try processed(Paths.seeds + "/003_05f12aa528e47d2d.txt"))
        expectGolden("003_earnings.txt", renderAll(doc))
    }

    @Test func esgSeedWholeTables() throws {
        let doc = try #require(try processed(Paths.seeds + "/004_1ba0498fe219ff30.txt"))
        expectGolden("004_esg.txt", renderAll(doc))
    }
}

/// Small filings written for this project (Corpus/samples), whole tables against goldens.
@Suite struct SampleTablesTests {
    @Test(arguments: ["fixed-width-release.txt", "markdown-table.md"]) func wholeTables(_ file: String) throws {
        let doc = try #require(try processed(Paths.samples + "/" + file))
        expectGolden(file + ".golden", renderAll(doc))
    }
}
