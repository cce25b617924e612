import FolioModel
@testable import FolioTables
import Testing

/// Rows and header lines a converter spread wider than the others (`pdftotext -layout`
/// setting a long line on a wider pitch): `FixedWidth.withoutStrayDashColumns` and the
/// one-year-a-column rule of `FixedWidth.yearsOnePerColumn`.
@Suite struct StretchedRowTests {
    // The header's years and two rows are printed on a wider pitch than the other rows.
    static let text = """
                                                                                    Three Months Ended                Six Months Ended
                                                                                  June 30,       June 30,         June 30,        June 30,
                                                                                    2025           2024             2025            2024
    Net income                                                                 $ 3,125,413 $ 2,147,306 $ 6,015,764 $ 4,479,515
            Net unrealized gains (losses)                                        (941,572)    123,733  (1,316,744)    300,337
            Reclassification of net losses included in net income                   28,537   (25,722)     (96,624)   (17,208)
             Net change in unrealized gains (losses) excluded from                   (2,540)                —        (5,207)                 —
    Total other comprehensive income (loss)                                        (915,575)     98,011          (1,418,575)    283,129
    """

    func table() throws -> Table {
        let d = try processed(text: Self.text)
        return try #require(d.tables.first)
    }

    @Test func aLoneDashPastTheGridIsNoColumn() throws {
        let t = try table()
        #expect(t.nCols == 5)
        let row = t.cells.filter { $0.rowPath.last == "Net change in unrealized gains (losses) excluded from" }.sorted { $0.col < $1.col }
        #expect(row.map(\.raw) == ["(2,540)", "—", "(5,207)", "—"])
        #expect(row.map(\.col) == [0, 1, 2, 3])
    }

    @Test func asManyYearsAsColumnsHeadOneEach() throws {
        // The header line of years alone is spread wider than the rows: the third year
        // overlaps the fourth column only.
        let d = try processed(text: """
                                                                                        Three Months Ended                Six Months Ended
                                                                                        2025           2024             2025            2024
                Net unrealized gains (losses)                                        (941,572)    123,733  (1,316,744)    300,337
                Reclassification of net losses included in net income                   28,537   (25,722)     (96,624)   (17,208)
        Total                                                                        (913,035)     98,011  (1,413,368)    283,129
        """)
        let t = try #require(d.tables.first)
        let years = (0..<4).map { c in t.cells.first { $0.col == c }?.columnPath.last }
        #expect(years == ["2025", "2024", "2025", "2024"])
    }

    @Test func rowsPushedRightByALongLabelKeepTheGrid() throws {
        let d = try processed(text: """
                                                                        2024       2023       2022
        Dividends paid                                               (4,217)    (3,751)    (3,203)
        Other financing activities                                       170        200       (198)
        Net cash used in financing activities                        (4,047)    (3,551)    (3,401)
        Effect of exchange rate changes on cash, cash equivalents, restricted cash and restricted cash equivalents  382  636  (1,287)
        Increase (decrease) in cash, cash equivalents, restricted cash and restricted cash equivalents  (2,227)  1,613  578
        Cash paid for income taxes, net                              $ 5,775    $ 3,433    $ 3,741
        """)
        let t = try #require(d.tables.first)
        #expect(t.nCols == 4)
        let effect = t.cells.filter { $0.rowLabel.hasPrefix("Effect of exchange") }.sorted { $0.col < $1.col }
        #expect(effect.map(\.raw) == ["382", "636", "(1,287)"])
        #expect(effect.map { $0.columnPath.last } == ["2024", "2023", "2022"])
    }
}
