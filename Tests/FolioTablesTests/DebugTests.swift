import Foundation
import FolioModel
@testable import FolioTables
import Testing

@Test func debugDump() throws {
    let doc = try #require(try processed(Paths.shared + "/edgar-sgml/AMZN_8-K_1998-08-27_0000891020-98-001352.txt"))
    Files.write("/tmp/amzn.txt", renderAll(doc))
    for d in doc.diagnostics where d.code == "tables.check_failed" { print("DIAG", d.message) }
}
