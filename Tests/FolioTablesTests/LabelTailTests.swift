import FolioModel
import FolioNormalize
import FolioRead
import FolioSegment
@testable import FolioTables
import FolioTestSupport
import Testing

/// **A label's tail under its figures** (`LabelTail`, `Normalizer.markLabelTails`, `TableBuilder.continuesLabel`): a long
/// row label wrapped after the row's figures keeps the statement one table, and the row its
/// whole label. Through the default pipeline's stages, where the tail read as prose.
@Suite struct LabelTailTests {
    func statement(_ text: String) throws -> WorkingDocument {
        try TestPipeline.run([ReadStage(options: StageOptions()), NormalizeStage(options: StageOptions()),
                              SegmentStage(options: StageOptions()), TablesStage(options: StageOptions())], text: text)
    }

    func label(of raw: String, in t: Table) -> String? {
        t.cells.first { $0.raw == raw }?.rowPath.last
    }

    @Test func tailsPrintingFiguresKeepTheStatementWhole() throws {
        let d = try statement("""
                                      Example Widgets, Inc.
                          Consolidated Statements of Comprehensive Income
                                          (in thousands)
                                                                        2025          2024
        Net income                                                  $ 3,125,413   $ 2,147,306
        Other comprehensive income (loss):
            Translation adjustments, net of income tax benefit            97,341       (75,246)
            of $21 million and $1 million, respectively
            Net change in unrealized gains (losses) on available-for-sale   (699)             —
            securities, net of income tax benefit of $0.2 million and $0,
            respectively
            Cash flow hedges:
                Net unrealized gains (losses)                           (941,572)       123,733
                Reclassification of net losses included in net income     28,537       (25,722)
        Total other comprehensive income (loss)                         (816,393)        22,765
        Comprehensive income                                        $ 2,309,020   $ 2,170,071

        The accompanying notes are an integral part of these consolidated financial statements.
        """)
        #expect(d.tables.count == 1)
        let t = try #require(d.tables.first)
        #expect(t.title == "Consolidated Statements of Comprehensive Income")
        #expect(label(of: "(699)", in: t)
            == "Net change in unrealized gains (losses) on available-for-sale securities, net of income tax benefit of $0.2 million and $0, respectively")
        #expect(label(of: "97,341", in: t) == "Translation adjustments, net of income tax benefit of $21 million and $1 million, respectively")
        let total = try #require(t.cells.first { $0.raw == "(816,393)" })
        #expect(total.scale == 1000)
        #expect(t.checks.allSatisfy { $0.outcome != .fail })
    }

    @Test func aTailAfterAnOpenLabelEndJoinsItsRow() throws {
        let d = try statement("""
                                               Product      Services        Other
        Total amounts presented in the       $ 11,079      $ 5,325      $    39
        Consolidated Statements of Operations

        Gains (losses) on derivatives
            Foreign exchange contracts            (37)           3            —
            Interest rate contracts                 12           1            4
        """)
        let t = try #require(d.tables.first)
        #expect(label(of: "$ 11,079", in: t) == "Total amounts presented in the Consolidated Statements of Operations")
    }

    @Test func proseAfterATableIsNoTail() throws {
        let d = try statement("""
                                                   2025          2024
        Revenue                                  1,000           900
        Cost of revenue                            600           500
        Gross profit                               400           400
        See Note 5 for the cost of revenue.

        The Company recorded revenue of $1,000 million in 2025, and management expects growth to continue.
        """)
        let t = try #require(d.tables.first)
        #expect(label(of: "400", in: t) == "Gross profit")
        #expect(t.nRows == 3)
    }
}
