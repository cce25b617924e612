import Foundation
import FolioModel
import FolioTables
import Testing

@Test func debugRecon() throws {
    let doc = try #require(try processed("/tmp/recon.txt"))
    print(render(doc.tables[0]))
}
