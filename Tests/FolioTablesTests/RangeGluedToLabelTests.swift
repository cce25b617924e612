import FolioModel
@testable import FolioTables
import Testing

/// **A range glued to its row's label** (`FixedWidth.splitTrailingRanges`): a label long
/// enough to reach the text column of ranges beside it, printed one space from its range.
@Suite struct RangeGluedToLabelTests {
    static let text = """
                                                                  Stated Interest
                                              Maturities               Rates           2025        2024
    2016 Notes issuance of $5.0 billion          2030 - 2041      4.10% - 4.60%           3,000       3,500
    2018 Notes issuance of $9.0 billion          2026 - 2050      2.15% - 4.20%           8,000       9,000
    2019 Notes issuance of $7.5 billion          2027 - 2059      0.90% - 2.80%           7,500       7,500
    March 2023 Notes issuance of $11.8 billion 2026 - 2063        3.10% - 4.00%          11,750      11,800

    """

    @Test func theRangeIsTheColumnsCellAndTheLabelEndsBeforeIt() throws {
        let t = try #require(try processed(text: Self.text).tables.first)
        let label = "March 2023 Notes issuance of $11.8 billion"
        #expect(t.cells.first { $0.value == 11_750 }?.rowLabel == label)
        #expect(t.cells.contains { $0.rowLabel == label && $0.raw == "2026 - 2063" })
        #expect(!t.cells.contains { $0.rowLabel.hasSuffix("2063") })
    }

    @Test func onlyARangeReachingIntoTheColumnIsCut() {
        func line(_ s: String) -> (Span, [FixedWidth.Token], Bool) {
            let b = Array(s.utf8)
            return (Span(start: 0, end: b.count), FixedWidth.tokens(b, Span(start: 0, end: b.count)), false)
        }
        var glued = [line("Notes issuance of $11.8 billion 2026 - 2063")]
        FixedWidth.splitTrailingRanges(&glued, textColumn: (33, 44))
        #expect(glued[0].1.map(\.text) == ["Notes issuance of $11.8 billion", "2026 - 2063"])
        #expect(glued[0].1.last?.x0 == 32)
        // A label ending in a range left of the column (a name that holds years), or words: as it is.
        var before = [line("Notes due 2026 - 2063 issued in 2019")]
        FixedWidth.splitTrailingRanges(&before, textColumn: (33, 44))
        #expect(before[0].1.count == 1)
    }
}
