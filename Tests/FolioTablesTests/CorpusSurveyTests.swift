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
