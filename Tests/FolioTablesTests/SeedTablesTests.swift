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
