import FolioModel
@testable import FolioTables
import Testing

/// **A column of stars** (`FixedWidth.isStarsCell`): a column printed with `**` in every row
/// (a footnote says it has no figures), between columns of figures.
@Suite struct StarsColumnTests {
    static let text = """
                                                   2025              2024              2023
                                                                (in millions)
    Cash and cash equivalents               $       270                **   $           11
    Goodwill                                      1,736                **              200
    Other assets                                     20                **                9
    Total assets                                  2,026                **              220
    ** No material acquisitions in 2024.

    """

    @Test func theStarsMakeAColumnOfTheirOwn() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let cash = try #require(t.cells.first { $0.rowLabel == "Cash and cash equivalents" && $0.value == 11 })
        #expect(cash.col == 2 && cash.scale == 1_000_000)
        #expect(t.cells.first { $0.rowLabel == "Goodwill" && $0.col == 2 }?.value == 200)
        #expect(t.cells.first { $0.rowLabel == "Goodwill" && $0.col == 0 }?.value == 1_736)
        #expect(!t.cells.contains { $0.raw.hasPrefix("**") && $0.raw.count > 2 })
    }

    @Test func onlyStarsAlone() {
        func tok(_ s: String) -> FixedWidth.Token { FixedWidth.Token(start: 0, end: s.utf8.count, x0: 0, x1: s.utf8.count, text: s) }
        #expect(FixedWidth.isStarsCell(tok("**")) && FixedWidth.isStarsCell(tok("*")))
        #expect(!FixedWidth.isStarsCell(tok("** 11")) && !FixedWidth.isStarsCell(tok("n/a")) && !FixedWidth.isStarsCell(tok("****")))
    }
}
